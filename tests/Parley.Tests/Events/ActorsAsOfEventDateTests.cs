using Parley.Tests.Support;
using Parley.Text;
using Parley.Time;

namespace Parley.Tests.Events;

/// <summary>People in an event dated by the text act under the office they held on that date.</summary>
public class ActorsAsOfEventDateTests
{
    private static readonly Lazy<Pipeline> SharedPipeline = new(() => Pipeline.Load(RepoPaths.Resources));

    private static string? TargetCode(string text) =>
        SharedPipeline.Value.Analyze(ArticleReader.ReadPlainText(text, "test.txt"), PartialDate.Parse("2025-03-14"))
            .Document.Events.FirstOrDefault(e => e.Root == "19")?.Target?.Code;

    [Fact]
    public void A_commander_killed_in_2020_is_coded_as_the_commander_he_then_was()
    {
        Assert.Equal("IRNMIL", TargetCode("In January 2020, the U.S. killed Qasem Soleimani in Baghdad."));
    }

    [Fact]
    public void Without_a_date_in_the_text_the_publication_date_decides()
    {
        Assert.Equal("IRNELI", TargetCode("The U.S. killed Qasem Soleimani in Baghdad."));
    }

    [Fact]
    public void Leaders_of_the_nineteen_nineties_resolve_in_news_of_their_time()
    {
        var events = CodedSentences.Code("King Hussein of Jordan on Monday praised Chancellor Helmut Kohl for his support.", "1995-05-10");
        var praise = CodedSentences.HasEvent(events, "JOR", "DEU", "05");
        Assert.Equal(("JORGOV", "DEUGOV"), (praise.Source?.Code, praise.Target?.Code));
    }
}
