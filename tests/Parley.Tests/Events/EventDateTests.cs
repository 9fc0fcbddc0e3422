using Parley.Events;
using Parley.Time;

namespace Parley.Tests.Events;

public class EventDateTests
{
    private static readonly PartialDate Friday = PartialDate.OfDay(2025, 3, 14);

    [Theory]
    [InlineData("In January 2020, Israel attacked Syria.", "2020-01", true)]
    [InlineData("Israel attacked Syria in 2018.", "2018", true)]
    [InlineData("Israel attacked Syria on January 3, 2020.", "2020-01-03", true)]
    [InlineData("Israel attacked Syria on Tuesday.", "2025-03-11", false)]
    [InlineData("Israel attacked Syria yesterday.", "2025-03-13", false)]
    [InlineData("Israel attacked Syria last week.", "2025-03", false)]
    [InlineData("Israel attacked Syria last year.", "2024", false)]
    [InlineData("Israel attacked Syria two years ago.", "2023", true)]
    [InlineData("Israel attacked Syria in February.", "2025-02", false)]
    [InlineData("Israel attacked Syria in May.", "2024-05", true)]
    public void Dates_in_the_text_resolve_against_publication(string sentence, string expected, bool historical)
    {
        var e = CoderFixture.Single(sentence, Friday);
        Assert.Equal(expected, e.Date?.ToString());
        Assert.Equal(DateBasis.Text, e.DateBasis);
        Assert.Equal(historical, e.Historical);
    }

    [Fact]
    public void Since_marks_an_ongoing_state_not_a_historical_event()
    {
        var e = CoderFixture.Single("The United States has imposed sanctions on Iran since 2018.", Friday);
        Assert.Equal("2018", e.Date?.ToString());
        Assert.False(e.Historical);
    }

    [Fact]
    public void Recently_is_near_publication()
    {
        var e = CoderFixture.Single("Israel recently attacked Syria.", Friday);
        Assert.Equal(DateBasis.Text, e.DateBasis);
        Assert.False(e.Historical);
    }

    [Fact]
    public void Without_a_date_the_event_takes_the_publication_date()
    {
        var e = CoderFixture.Single("Israel attacked Syria.", PartialDate.OfYear(2025));
        Assert.Equal("2025", e.Date?.ToString());
        Assert.Equal(DateBasis.Publication, e.DateBasis);
        Assert.False(e.Historical);
    }

    [Fact]
    public void Without_any_date_the_basis_is_unknown()
    {
        var doc = EventTestDocuments.Build("Israel attacked Syria.", null);
        var unpublished = new Parley.Text.Document(doc.Text);
        foreach (var t in doc.Tokens) unpublished.Tokens.Add(t);
        foreach (var s in doc.Sentences) unpublished.Sentences.Add(s);
        foreach (var m in doc.Mentions) unpublished.Mentions.Add(m);
        CoderFixture.Coder.Process(unpublished);
        var e = Assert.Single(unpublished.Events);
        Assert.Null(e.Date);
        Assert.Equal(DateBasis.Unknown, e.DateBasis);
    }

    [Fact]
    public void The_month_may_is_not_the_verb_may()
    {
        Assert.Empty(CoderFixture.Code("Israel may attack Syria.", Friday).Events);
    }
}
