using static Parley.Tests.Knowledge.ResolutionHarness;

namespace Parley.Tests.Knowledge.Resolution;

/// <summary>
/// Family-name-first names (data/kb/people/east-asia.tsv, `surname` column): the family name alone
/// resolves like a Western surname, to the bearer holding an office on the article's date.
/// </summary>
public sealed class FamilyNameFirstTests
{
    [Theory]
    [InlineData("Xi said Beijing would respond in kind.", "2025-03-01", "Xi", "person/xi-jinping", "CHNGOV")]
    [InlineData("President Xi met President Lee at the summit.", "2025-10-30", "President Xi", "person/xi-jinping", "CHNGOV")]
    [InlineData("President Xi met President Lee at the summit.", "2025-10-30", "President Lee", "person/lee-jae-myung", "KORGOV")]
    [InlineData("President Lee visited Washington.", "2010-06-01", "President Lee", "person/lee-myung-bak", "KORGOV")]
    // Kim Jong-un leads North Korea and Kim Min-seok is South Korea's prime minister: country or title decides.
    [InlineData("North Korea fired a missile. Kim watched the launch.", "2025-08-14", "Kim", "person/kim-jong-un", "PRKGOV")]
    [InlineData("Seoul raised its budget. Prime Minister Kim defended it.", "2025-08-14", "Prime Minister Kim", "person/kim-min-seok", "KORGOV")]
    public void FamilyNameResolvesToTheHolderOnTheDate(string sentence, string date, string text, string person, string code)
    {
        var mention = Mention(Analyze(sentence, date), text);
        Assert.Equal(person, mention.EntityId);
        Assert.Equal(code, mention.Code);
    }

    [Fact]
    public void TheGivenNameIsNotASurname()
    {
        var doc = Analyze("Jinping was not mentioned by anyone.", "2025-03-01");
        Assert.DoesNotContain(doc.Mentions, m => m.EntityId == "person/xi-jinping");
    }

    [Fact]
    public void FullNameThenFamilyName()
    {
        var doc = Analyze("Lee Jae-myung took the oath. Lee then named his cabinet.", "2025-06-04");
        Assert.All(doc.Mentions.Where(m => m.Text.StartsWith("Lee", StringComparison.Ordinal)),
            m => Assert.Equal("person/lee-jae-myung", m.EntityId));
    }

    [Fact]
    public void AnAmbiguousFamilyNameWithoutContextStaysOpen()
    {
        // In August 2025 Kim Jong-un leads North Korea and Kim Min-seok is South Korea's prime minister.
        var kim = Mention(Analyze("Kim said the drills were a provocation.", "2025-08-14"), "Kim");
        Assert.Null(kim.EntityId);
        Assert.Contains("fits several people", kim.Note);
    }

    [Fact]
    public void AFamilyNameThatIsAWordNeedsATitle()
    {
        var doc = Analyze("The Moon rose over Seoul. President Moon spoke.", "2018-04-27");
        Assert.DoesNotContain(doc.Mentions, m => m.Text == "Moon");
        Assert.Equal("person/moon-jae-in", Mention(doc, "President Moon").EntityId);
    }
}
