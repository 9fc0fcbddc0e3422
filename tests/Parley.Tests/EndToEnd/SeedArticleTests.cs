using Parley.Output;
using Parley.Tests.Support;
using static Parley.Tests.EndToEnd.ArticleExpectations;

namespace Parley.Tests.EndToEnd;

/// <summary>The headline acceptance case: the article that started the project, read from ../shared.</summary>
public class SeedArticleTests
{
    private static readonly Lazy<AnalysisJson> Seed = new(() => Analyze(RepoPaths.SharedFile("seed", "000_8fb3591262c4a075.txt")));

    [SharedFact]
    public void PublicationYearComesFromTheCopyrightLine()
    {
        var published = Seed.Value.Article.Published;
        Assert.Equal(("2025", "year", "copyright"), (published.Value, published.Precision, published.Basis));
    }

    [SharedFact]
    public void TrailingCreditLinesAndTheFootnoteMarkerAreRemoved()
    {
        var removed = Seed.Value.Article.Removed;
        Assert.Equal(3, removed.Count(r => r.Kind is "boilerplate" or "image_credit"));
        Assert.Contains(removed, r => r.Kind == "footnote_marker" && r.Text == "6");
    }

    [SharedFact]
    public void IranRefusesToNegotiateWithTheUnitedStates() => HasEvent(Seed.Value, "IRN", "USA", ["12"], "Iran rejects negotiation with the U.S.");

    [SharedFact]
    public void UnitedStatesSanctionsIran() => HasEvent(Seed.Value, "USA", "IRN", ["16"], "U.S. sanctions on Iran");

    [SharedFact]
    public void WithdrawalFromTheDealIsDated2018AndHistorical() =>
        HasEvent(Seed.Value, "2018 U.S. withdrawal from the JCPOA",
            e => e.Source?.Country == "USA" && e.Date.Value == "2018" && e.Historical && e.Evidence.Text.Contains("withdrawal", StringComparison.OrdinalIgnoreCase));

    [SharedFact]
    public void StrikeThatKilledSoleimaniIsDatedJanuary2020() =>
        HasHistoricalEvent(Seed.Value, "USA", ["18", "19"], "2020-01", "the January 2020 strike");

    [SharedFact]
    public void MilitaryThreatsAreConditionalOrThreatened() =>
        HasEvent(Seed.Value, "U.S. military threats against Iran",
            e => e.Source?.Country == "USA" && e.Target?.Country == "IRN" && e.Root == "13" && e.Modality is "conditional" or "threatened");

    [SharedFact]
    public void RussiaOffersToFacilitateDialogue() => HasEvent(Seed.Value, "RUS", null, ["03", "04"], "Russia offers to facilitate dialogue");

    [SharedFact]
    public void IranDemandsGuaranteesOrSanctionsRelief() => HasEvent(Seed.Value, "IRN", null, ["10"], "Iran's demand for guarantees or relief");

    [SharedFact]
    public void QuoteIsAttributedToPezeshkianAndDisputed() =>
        HasQuote(Seed.Value, "It is unacceptable for us", "Masoud Pezeshkian", "disputed");

    [SharedFact]
    public void OfficeHolderClaimsAreCheckedAtThePublicationDate()
    {
        HasClaim(Seed.Value, "current president is Ebrahim Raisi", "outdated", "Masoud Pezeshkian");
        HasClaim(Seed.Value, "President Masoud Pezeshkian", "supported");
        HasClaim(Seed.Value, "President Raisi", "outdated", "Masoud Pezeshkian");
    }
}
