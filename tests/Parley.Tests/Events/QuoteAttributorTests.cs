using Parley.Events;

namespace Parley.Tests.Events;

public class QuoteAttributorTests
{
    [Fact]
    public void A_quote_followed_by_said_is_direct_with_its_speaker()
    {
        var doc = CoderFixture.Code("\"We will defend our country with all our strength,\" Ebrahim Raisi said on Monday.");
        var q = Assert.Single(doc.Quotes);
        Assert.Equal(Attribution.Direct, q.Attribution);
        Assert.Equal("Ebrahim Raisi", q.SpeakerName);
        Assert.Equal("said", q.Cue);
        Assert.StartsWith("We will defend", q.Text);
    }

    [Fact]
    public void A_speaker_introducing_a_quote_with_a_colon_is_found()
    {
        var doc = CoderFixture.Code("Vladimir Putin said: \"Our door remains open to talks with everyone.\"");
        var q = Assert.Single(doc.Quotes);
        Assert.Equal("Vladimir Putin", q.SpeakerName);
    }

    [Fact]
    public void A_statement_attributed_to_someone_is_attributed()
    {
        var doc = CoderFixture.Code("A statement attributed to Foreign Minister Ali Khamenei reads:\n\"The pressure campaign has failed and will keep failing.\"");
        var q = Assert.Single(doc.Quotes);
        Assert.Equal(Attribution.Attributed, q.Attribution);
        Assert.Equal("Ali Khamenei", q.SpeakerName);
        Assert.Equal("attributed to", q.Cue);
    }

    [Fact]
    public void Doubt_about_the_speaker_makes_the_quote_disputed()
    {
        var doc = CoderFixture.Code("A remark attributed to President Vladimir Putin (though it may have been another official who spoke) sums it up:\n\"We will not be told what to do by anyone.\"");
        var q = Assert.Single(doc.Quotes);
        Assert.Equal(Attribution.Disputed, q.Attribution);
        Assert.Equal("Vladimir Putin", q.SpeakerName);
    }

    [Fact]
    public void Scare_quotes_are_not_quotations()
    {
        var doc = CoderFixture.Code("Iran called the strike a \"heinous crime\" on Monday.");
        Assert.Empty(doc.Quotes);
    }

    [Fact]
    public void Curly_quotes_are_found()
    {
        var spans = QuoteAttributor.FindQuotes("He said \u201Cthis is the end of the talks for now\u201D today.");
        var (start, end) = Assert.Single(spans);
        Assert.Equal(9, start);
    }
}
