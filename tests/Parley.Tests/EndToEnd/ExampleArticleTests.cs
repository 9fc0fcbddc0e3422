using Parley.Output;
using Parley.Tests.Support;
using static Parley.Tests.EndToEnd.ArticleExpectations;

namespace Parley.Tests.EndToEnd;

/// <summary>
/// The example articles written for the project set the same traps as the seed (stale office
/// claims, boilerplate, footnote markers, attributed and disputed quotes, dated historical events,
/// mediation offers, threats and refusals), so nothing can be tuned to one text.
/// </summary>
public class ExampleArticleTests
{
    private static readonly Lazy<AnalysisJson> Korea = new(() => Analyze(RepoPaths.InRepo("examples", "articles", "korea-talks.txt")));
    private static readonly Lazy<AnalysisJson> Kyiv = new(() => Analyze(RepoPaths.InRepo("examples", "articles", "kyiv-moscow-talks.html")));

    [Fact]
    public void KoreaArticleIsDatedByItsDatelineAndCleaned()
    {
        var a = Korea.Value.Article;
        Assert.Equal(("2025-08-14", "dateline"), (a.Published.Value, a.Published.Basis));
        Assert.Equal(3, a.Removed.Count(r => r.Kind is "boilerplate" or "image_credit"));
        Assert.Contains(a.Removed, r => r.Kind == "footnote_marker" && r.Text == "1");
    }

    [Fact]
    public void KoreaRefusalThreatMediationAndDemand()
    {
        HasEvent(Korea.Value, "PRK", null, ["12"], "North Korea rejects dialogue");
        HasEvent(Korea.Value, "U.S. warns of sanctions if a test is held",
            e => e.Source?.Country == "USA" && e.Target?.Country == "PRK" && e.Root == "13" && e.Modality is "conditional" or "threatened");
        HasEvent(Korea.Value, "CHN", null, ["03", "04"], "China offers to mediate");
        HasEvent(Korea.Value, "PRK", null, ["10"], "North Korea demands an end to the drills");
    }

    [Fact]
    public void KoreaHistoricalEventsKeepTheirOwnDates()
    {
        HasHistoricalEvent(Korea.Value, "USA", ["16"], "2017", "the 2017 sanctions");
        HasEvent(Korea.Value, "the June 2018 summit", e => e.Date.Value == "2018-06" && e.Historical && e.Root == "04");
    }

    [Fact]
    public void KoreaQuoteAndClaims()
    {
        HasQuote(Korea.Value, "We have no interest", "Choe Son Hui", "disputed");
        HasClaim(Korea.Value, "current president, Yoon Suk Yeol", "outdated", "Lee Jae-myung");
        HasClaim(Korea.Value, "President Lee Jae-myung", "supported");
    }

    [Fact]
    public void KyivArticleIsDatedByMetadataAndCleaned()
    {
        var a = Kyiv.Value.Article;
        Assert.Equal(("2025-03-12", "metadata"), (a.Published.Value, a.Published.Basis));
        Assert.Contains(a.Removed, r => r.Text.Contains("All rights reserved", StringComparison.Ordinal));
    }

    [Fact]
    public void KyivRefusalDemandThreatMediationAndSanctions()
    {
        HasEvent(Kyiv.Value, "UKR", "RUS", ["12"], "Ukraine refuses to negotiate with Russia");
        HasEvent(Kyiv.Value, "UKR", null, ["10"], "Kyiv demands withdrawal");
        HasEvent(Kyiv.Value, "RUS", null, ["13"], "Moscow threatens strikes");
        HasEvent(Kyiv.Value, "TUR", null, ["03", "04"], "Turkey offers to host talks");
        HasEvent(Kyiv.Value, "USA", "RUS", ["16"], "U.S. sanctions on Russia");
        HasEvent(Kyiv.Value, "the 2022 invasion", e => e.Source?.Country == "RUS" && e.Date.Value == "2022-02" && e.Historical);
    }

    [Fact]
    public void KyivQuoteAndClaims()
    {
        HasQuote(Kyiv.Value, "We will not be dictated to", "Volodymyr Zelensky", "direct");
        HasClaim(Kyiv.Value, "Prime Minister Dmitry Medvedev", "outdated", "Mikhail Mishustin");
        HasClaim(Kyiv.Value, "President Volodymyr Zelensky", "supported");
    }
}
