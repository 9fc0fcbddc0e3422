using static Parley.Tests.Knowledge.ResolutionHarness;

namespace Parley.Tests.Knowledge.Resolution;

/// <summary>How the words of a text meet the names of the knowledge base.</summary>
public sealed class NameMatchingTests
{
    [Fact]
    public void APluralPossessiveInsideANameBelongsToIt()
    {
        var pkk = Mention(Analyze("The Kurdistan Workers' Party issued a declaration.", "2000-01-01"), "The Kurdistan Workers' Party");
        Assert.Equal("group/pkk", pkk.EntityId);
    }

    [Fact]
    public void ASingularPossessiveInsideANameBelongsToIt()
    {
        var doc = Analyze("The People's Republic of China and the Democratic People's Republic of Korea met. The Lord's Resistance Army fled.", "2010-01-01");
        Assert.Equal("country/CHN", Mention(doc, "The People's Republic of China").EntityId);
        Assert.Equal("country/PRK", Mention(doc, "the Democratic People's Republic of Korea").EntityId);
        Assert.DoesNotContain(doc.Mentions, m => m.EntityId is "country/KOR" or "country/TWN");
        Assert.Contains(doc.Mentions, m => m.Text.Contains("Lord's Resistance Army", StringComparison.Ordinal) && m.Country == "UGA");
    }

    [Fact]
    public void ABareSurnameAfterAWordOfPlaceIsAPlace()
    {
        var doc = Analyze("Thousands marched in Lagos on Thursday.", "2004-01-01");
        Assert.DoesNotContain(doc.Mentions, m => m.Text == "Lagos" && m.Country == "CHL");
        Assert.Contains(Analyze("Lagos met the envoy on Thursday.", "2004-01-01").Mentions, m => m.Text == "Lagos" && m.Country == "CHL");
    }

    [Fact]
    public void NorthernIrelandIsPartOfTheUnitedKingdom()
    {
        var doc = Analyze("The police in Northern Ireland arrested two men.", "2004-01-01");
        Assert.Contains(doc.Mentions, m => m.Text == "Northern Ireland" && m.Country == "GBR");
        Assert.DoesNotContain(doc.Mentions, m => m.Country == "IRL");
    }

    [Fact]
    public void APossessiveStillEndsANameThatDoesNotContinue()
    {
        var doc = Analyze("Iran's leaders met in Tehran.", "2025-03-01");
        Assert.Contains(doc.Mentions, m => m.EntityId == "country/IRN" && m.Text.StartsWith("Iran", StringComparison.Ordinal));
    }

    [Fact]
    public void ACountryBeforeAWeekdayIsTheCountryNotAGivenName()
    {
        var israel = Mention(Analyze("Israel Friday reimposed the blockade.", "2000-01-01"), "Israel");
        Assert.Equal("country/ISR", israel.EntityId);
    }

    [Fact]
    public void TheLeaderBeforeLedIsReadButOtherHyphenatedNamesStayWhole()
    {
        var doc = Analyze("Vietnamese-led forces retook the village. Amir-Abdollahian met the envoy.", "2022-01-01");
        Assert.Contains(doc.Mentions, m => m.Text == "Vietnamese" && m.Country == "VNM");
        Assert.Contains(doc.Mentions, m => m.Text == "Amir-Abdollahian");
    }

    [Fact]
    public void ASurnameInsideSomeoneElsesNameIsNotThatPerson()
    {
        var doc = Analyze("Tran Xuan Gia met the envoy. Jeb Bush spoke later. When Araghchi arrived, talks began.", "2023-02-01");
        Assert.DoesNotContain(doc.Mentions, m => m.Text is "Xuan" or "Bush");
        Assert.Contains(doc.Mentions, m => m.Text == "Araghchi" && m.Country == "IRN");
    }

    [Fact]
    public void ASurnameInATitleCaseHeadlineIsStillAName()
    {
        var doc = Analyze("Iran Says Araghchi Will Travel to Oman", "2025-03-01");
        Assert.Contains(doc.Mentions, m => m.Text == "Araghchi" && m.Country == "IRN");
    }

    [Fact]
    public void ASurnameThatIsAWordNamesAPersonBeforeAdministration()
    {
        var doc = Analyze("The Bush administration froze the assets. A bush burned.", "2003-01-01");
        var bush = Assert.Single(doc.Mentions, m => m.Text == "Bush");
        Assert.Equal("USA", bush.Country);
    }
}
