using Parley.Knowledge.Resolution;
using static Parley.Tests.Knowledge.ResolutionHarness;

namespace Parley.Tests.Knowledge.Resolution;

/// <summary>Misspelt names and the spelling variants of Arabic articles meet the names they mean.</summary>
public sealed class NameSpellingTests
{
    [Theory]
    [InlineData("ethopia", "ethiopia")]      // a letter left out
    [InlineData("quatar", "qatar")]          // a letter added
    [InlineData("phillippines", "philippines")] // a letter doubled
    [InlineData("mitterand", "mitterrand")]  // a double letter written single
    [InlineData("hezbolalh", "hezbollah")]   // neighbours swapped
    [InlineData("herzogovina", "herzegovina")] // a changed letter inside a long word
    public void TypingSlipsAreRecognised(string written, string meant) => Assert.True(NameSpelling.IsTypingSlip(written, meant));

    [Theory]
    [InlineData("roland", "poland")]   // first letter
    [InlineData("angela", "angola")]   // changed letter in a short word
    [InlineData("frances", "france")]  // a letter added at the end
    [InlineData("franco", "france")]
    [InlineData("iraq", "iran")]       // too short
    public void OtherWordsAreNotSlips(string written, string meant) => Assert.False(NameSpelling.IsTypingSlip(written, meant));

    [Fact]
    public void AMisspeltCountryResolvesAndSaysSo()
    {
        var ethiopia = Mention(Analyze("Ethopia has agreed to reopen its borders to the monitors.", "2001-05-01"), "Ethopia");
        Assert.Equal("country/ETH", ethiopia.EntityId);
        Assert.Contains("read as 'ethiopia'", ethiopia.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void AMisspeltSurnameResolvesAfterATitleOrTheFirstName()
    {
        var doc = Analyze("President Bouteflicka met Francois Mitterand in Algiers.", "2005-01-01");
        Assert.Equal("person/abdelaziz-bouteflika", Mention(doc, "President Bouteflicka").EntityId);
        Assert.Equal("person/francois-mitterrand", Mention(doc, "Francois Mitterand").EntityId);
    }

    [Fact]
    public void AWordNearAPersonNameAloneIsNotRepaired()
    {
        var doc = Analyze("Mitterand was the name of the ship.", "2005-01-01");
        Assert.DoesNotContain(doc.Mentions, m => m.EntityId == "person/francois-mitterrand");
    }

    [Fact]
    public void GivenNamesNearCountryNamesStayUnresolved()
    {
        var doc = Analyze("Roland and Frances visited the museum with Angela.", "2020-01-01");
        Assert.Empty(doc.Mentions);
    }

    [Fact]
    public void TheArabicArticleMatchesWhetherJoinedSeparateOrWrittenEl()
    {
        var doc = Analyze("Sheikh Hamad bin Khalifa al-Thani received President Omar El Bashir.", "2008-01-01");
        Assert.Equal("QAT", Mention(doc, "Sheikh Hamad bin Khalifa al-Thani").Country);
        Assert.Equal("SDN", Mention(doc, "President Omar El Bashir").Country);
    }

    [Fact]
    public void ALowerCaseArticleMayStartAName()
    {
        var doc = Analyze("Fighters of al-Qaeda attacked the convoy.", "2010-01-01");
        Assert.Contains(doc.Mentions, m => m.Text == "al-Qaeda" && m.EntityId != null);
    }
}
