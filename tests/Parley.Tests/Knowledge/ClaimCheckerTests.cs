using Parley.Knowledge;
using static Parley.Tests.Knowledge.ResolutionHarness;

namespace Parley.Tests.Knowledge;

public sealed class ClaimCheckerTests
{
    private static Claim Only(string text, string date, string subjectId)
    {
        var doc = Analyze(text, date);
        return doc.Claims.SingleOrDefault(c => c.SubjectEntityId == subjectId)
            ?? throw new Xunit.Sdk.XunitException($"no claim about {subjectId} in: {string.Join(" | ", doc.Claims.Select(c => c.Text))}");
    }

    [Fact]
    public void CopulaClaimOfAFormerPresidentIsOutdated()
    {
        var claim = Only("Observers noted that Iran's current president is Ebrahim Raisi.", "2025", "person/ebrahim-raisi");
        Assert.Equal(ClaimVerdict.Outdated, claim.Verdict);
        Assert.Equal("Masoud Pezeshkian", claim.HolderAsOf);
        Assert.Equal("Iran's current president is Ebrahim Raisi", claim.Text);
        Assert.Contains("2021-08-03 to 2024-05-19", claim.Explanation);
    }

    [Theory]
    [InlineData("2025", ClaimVerdict.Outdated)]
    [InlineData("2023-01-10", ClaimVerdict.Supported)]
    [InlineData("2024", ClaimVerdict.Unknown)] // the year spans Raisi's death
    [InlineData("2020-05-01", ClaimVerdict.NeverHeld)] // not yet president
    public void TitleClaimIsCheckedAtTheDateWithItsPrecision(string date, ClaimVerdict expected) =>
        Assert.Equal(expected, Only("President Raisi said the deal needed guarantees.", date, "person/ebrahim-raisi").Verdict);

    [Fact]
    public void CurrentPresidentIsSupported()
    {
        var claim = Only("President Masoud Pezeshkian addressed parliament.", "2025", "person/masoud-pezeshkian");
        Assert.Equal(ClaimVerdict.Supported, claim.Verdict);
        Assert.Equal("President of Iran", claim.Office);
    }

    [Theory]
    [InlineData("2020-06-01", ClaimVerdict.Supported)]
    [InlineData("2026-03-01", ClaimVerdict.Supported)]
    public void FormerPresidentObama(string date, ClaimVerdict expected)
    {
        var claim = Only("He met former President Barack Obama.", date, "person/barack-obama");
        Assert.Equal(ClaimAssertion.Former, claim.Asserted);
        Assert.Equal(expected, claim.Verdict);
        Assert.Equal("former President Barack Obama", claim.Text);
    }

    [Theory]
    [InlineData("2023-06-01", ClaimVerdict.Supported)]
    [InlineData("2025", ClaimVerdict.Unknown)]
    [InlineData("2026-03-01", ClaimVerdict.Outdated)]
    public void FormerPresidentTrumpDependsOnTheDate(string date, ClaimVerdict expected) =>
        Assert.Equal(expected, Only("Critics blamed former President Donald Trump.", date, "person/donald-trump").Verdict);

    [Fact]
    public void QualifiedTitleOfAnotherCountry()
    {
        Assert.Equal(ClaimVerdict.Supported, Only("Russian President Vladimir Putin spoke.", "2023-03-01", "person/vladimir-putin").Verdict);
        var johnson = Only("Prime Minister Boris Johnson spoke.", "2023-03-01", "person/boris-johnson");
        Assert.Equal(ClaimVerdict.Outdated, johnson.Verdict);
        Assert.Equal("Rishi Sunak", johnson.HolderAsOf);
    }

    [Fact]
    public void TitleThePersonNeverHeld()
    {
        var claim = Only("Iranian President Abbas Araghchi spoke.", "2025-03-01", "person/abbas-araghchi");
        Assert.Equal(ClaimVerdict.NeverHeld, claim.Verdict);
        Assert.Equal("Masoud Pezeshkian", claim.HolderAsOf);
    }

    [Fact]
    public void AppositionWithCountryPossessive()
    {
        var claim = Only("Sergey Lavrov, Russia's foreign minister, arrived.", "2024-02-01", "person/sergey-lavrov");
        Assert.Equal(ClaimVerdict.Supported, claim.Verdict);
        Assert.Equal("Minister of Foreign Affairs of Russia", claim.Office);
    }

    [Fact]
    public void OfTwoPostsWithTheSameTitleTheOneHeldOnTheDateIsMeant()
    {
        // Russia's foreign minister and the Soviet one are both Russia's posts (the Soviet ones kept under the successor state).
        Assert.Equal("Minister of Foreign Affairs of the Soviet Union",
            Only("Eduard Shevardnadze, Russia's foreign minister, arrived.", "1990-06-01", "person/eduard-shevardnadze").Office);
        Assert.Equal(ClaimVerdict.Supported, Only("Sergey Lavrov, Russia's foreign minister, arrived.", "2024-02-01", "person/sergey-lavrov").Verdict);
    }

    [Fact]
    public void AppositionOfAFormerHolderIsOutdated()
    {
        var claim = Only("Mike Pompeo, the U.S. Secretary of State, arrived.", "2022-05-01", "person/mike-pompeo");
        Assert.Equal(ClaimVerdict.Outdated, claim.Verdict);
        Assert.Equal("Antony Blinken", claim.HolderAsOf);
    }

    [Fact]
    public void OfficeFirstApposition()
    {
        var claim = Only("Britain's prime minister, Boris Johnson, said so.", "2023-03-01", "person/boris-johnson");
        Assert.Equal(ClaimVerdict.Outdated, claim.Verdict);
        Assert.Equal("Rishi Sunak", claim.HolderAsOf);
    }

    [Theory]
    [InlineData("Rafael Grossi, who heads the IAEA, visited Iran.", "person/rafael-grossi", ClaimVerdict.Supported)]
    [InlineData("Yukiya Amano, who heads the IAEA, visited Iran.", "person/yukiya-amano", ClaimVerdict.Outdated)]
    public void WhoHeadsClause(string sentence, string person, ClaimVerdict expected)
    {
        var claim = Only(sentence, "2024-04-01", person);
        Assert.Equal(expected, claim.Verdict);
        Assert.Equal("Director General of the IAEA", claim.Office);
    }

    [Fact]
    public void ActingHolderMakesTheElectedOneNotYetPresent()
    {
        var claim = Only("President Masoud Pezeshkian spoke.", "2024-06-15", "person/masoud-pezeshkian");
        Assert.Equal(ClaimVerdict.NeverHeld, claim.Verdict);
        Assert.Equal("Mohammad Mokhber", claim.HolderAsOf);
    }
}
