using Parley.Text;

namespace Parley.Tests.Text;

public class FootnoteMarkersTests
{
    private static List<string> Markers(string line) => FootnoteMarkers.Find(line).Select(m => line[m.Start..m.End]).ToList();

    [Theory]
    [InlineData("any deal must prevent future withdrawals6.", "6")]
    [InlineData("the ceasefire held for weeks12, officials said", "12")]
    [InlineData("as reported earlier[3] by the agency", "[3]")]
    [InlineData("the treaty was signed²", "²")]
    public void FindsMarkersGluedToWords(string line, string marker) => Assert.Equal([marker], Markers(line));

    [Theory]
    [InlineData("The G20 summit opened in Delhi.")]
    [InlineData("It bought F16 jets and A320 aircraft.")]
    [InlineData("Growth was 3.5 percent in 2024.")]
    [InlineData("The COVID19 rules ended.")]
    [InlineData("Resolution 2231 endorsed the deal.")]
    public void LeavesCodesAndNumbersAlone(string line) => Assert.Empty(Markers(line));
}
