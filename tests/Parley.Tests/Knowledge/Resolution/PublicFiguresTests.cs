using static Parley.Tests.Knowledge.ResolutionHarness;

namespace Parley.Tests.Knowledge.Resolution;

/// <summary>
/// People known without an office (data/kb/people/public-figures.tsv, `cameo` column) and
/// surnames of several words (`surname` column: "Le Pen"), on sentences written for these tests.
/// </summary>
public sealed class PublicFiguresTests
{
    [Theory]
    [InlineData("Archbishop Desmond Tutu urged calm in Durban.", "1993-04-12", "Desmond Tutu", "person/desmond-tutu", "ZAFREL")]
    [InlineData("Grand Ayatollah Ali al-Sistani called for restraint.", "2014-06-13", "Ali al-Sistani", "person/ali-al-sistani", "IRQREL")]
    public void A_public_figure_acts_in_their_own_role(string sentence, string date, string text, string person, string code)
    {
        var mention = Assert.Single(Analyze(sentence, date).Mentions, m => m.Text.EndsWith(text, StringComparison.Ordinal));
        Assert.Equal((person, code), (mention.EntityId, mention.Code));
    }

    [Fact]
    public void A_surname_of_two_words_follows_the_full_name_named_earlier()
    {
        var doc = Analyze("Jean-Marie Le Pen spoke first. Later, Le Pen left the hall.", "1997-03-01");
        Assert.Equal(2, doc.Mentions.Count(m => m.EntityId == "person/jean-marie-le-pen"));
    }

    [Fact]
    public void A_surname_of_two_words_shared_by_two_people_is_left_open_with_their_country()
    {
        var mention = Mention(Analyze("Le Pen spoke first.", "2017-05-01"), "Le Pen");
        Assert.Null(mention.EntityId);
        Assert.Equal("FRA", mention.Country);
        Assert.Contains("fits several people", mention.Note);
    }
}
