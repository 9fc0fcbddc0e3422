using Parley.Time;

namespace Parley.Tests.Time;

public class PartialDateTests
{
    [Theory]
    [InlineData("2025", DatePrecision.Year)]
    [InlineData("2020-01", DatePrecision.Month)]
    [InlineData("2024-07-28", DatePrecision.Day)]
    public void ParsesEachPrecisionAndPrintsItBack(string text, DatePrecision precision)
    {
        var date = PartialDate.Parse(text);
        Assert.Equal(precision, date.Precision);
        Assert.Equal(text, date.ToString());
    }

    [Theory]
    [InlineData("2025-02-30")]
    [InlineData("2025-13")]
    [InlineData("25")]
    [InlineData("yesterday")]
    [InlineData("")]
    public void RejectsWhatIsNotADate(string text) => Assert.False(PartialDate.TryParse(text, out _));

    [Fact]
    public void MonthCoversItsWholeRangeWithoutInventingADay()
    {
        var february = PartialDate.OfMonth(2024, 2);
        Assert.Equal(new DateOnly(2024, 2, 1), february.FirstDay);
        Assert.Equal(new DateOnly(2024, 2, 29), february.LastDay);
    }

    [Fact]
    public void UnknownDateHasNoDays()
    {
        PartialDate unknown = default;
        Assert.False(unknown.IsKnown);
        Assert.Throws<InvalidOperationException>(() => unknown.FirstDay);
    }
}
