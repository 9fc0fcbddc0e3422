using System.Text;
using Parley.Text;
using Parley.Time;

namespace Parley.Tests.Text;

public class HtmlArticleReaderTests
{
    private const string Page = """
        <!DOCTYPE html><html><head><title>Envoys meet in Muscat</title>
        <meta property="article:published_time" content="2025-04-12T08:00:00Z">
        <script>var tracking = "should never be read";</script></head>
        <body><nav>Home | World | Subscribe</nav>
        <article><h1>Envoys meet in Muscat</h1>
        <p>Iranian and American envoys met in Muscat on Saturday for indirect talks mediated by Oman, officials from both sides said after the meeting ended late in the afternoon.</p>
        <p>The Omani foreign minister carried messages between the two delegations, which sat in separate rooms throughout the session, according to a statement issued by his ministry.</p>
        <p>Both sides described the talks as constructive and agreed to meet again the following week, although neither gave details of the proposals that were exchanged during the day.</p>
        </article></body></html>
        """;

    [Fact]
    public void ReadsTitleMetadataDateAndMainText()
    {
        var raw = HtmlArticleReader.Read(Page, "page.html");
        Assert.Equal("Envoys meet in Muscat", raw.Title);
        Assert.Equal(PartialDate.OfDay(2025, 4, 12), raw.MetadataDate);
        Assert.Contains("indirect talks mediated by Oman", raw.Text);
        Assert.DoesNotContain("tracking", raw.Text);
    }

    [Fact]
    public void ReadsExtremelyDeepMarkupFlatWithoutCrashing()
    {
        var sb = new StringBuilder();
        for (var i = 0; i < 100_000; i++) sb.Append("<div>");
        sb.Append("Deep text about a ceasefire.");
        for (var i = 0; i < 100_000; i++) sb.Append("</div>");
        var raw = HtmlArticleReader.Read(sb.ToString(), "deep.html");
        Assert.Contains("Deep text about a ceasefire.", raw.Text);
        Assert.Contains(raw.Warnings, w => w.Contains("nested"));
    }

    [Fact]
    public void PageOfOnlyScriptAndStyleIsRefused() =>
        Assert.Throws<ParleyInputException>(() => HtmlArticleReader.Read("<html><head><style>p{}</style><script>x()</script></head><body></body></html>", "empty.html"));
}

public class HtmlArticleReaderDateTests
{
    [Fact]
    public void PageWithoutAnyDateHasNoMetadataDate()
    {
        var raw = HtmlArticleReader.Read("<html><head><title>Talks</title></head><body><article><p>Russia offered on Tuesday to host talks between the two governments, diplomats said.</p></article></body></html>", "nodate.html");
        Assert.Null(raw.MetadataDate);
    }
}
