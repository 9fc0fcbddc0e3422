using System.Net;
using Parley.Web.Tests.Support;

namespace Parley.Web.Tests.Api;

[Collection(ScenarioCollection.Name)]
public sealed class EventsApiTests(ScenarioServer server)
{
    // The scenario's XAT-XBO events: two a month for ten months, and four in the headline article
    // (one of them historical, in 1979) less the one between Carpania and Atlantis.
    private const int DyadEvents = Scenario.SeriesMonths * 2 + 3;

    [Fact]
    public async Task DyadFilterMatchesEitherDirection()
    {
        var forward = await server.Client.GetJson("/api/events?dyad=XAT,XBO&limit=500");
        var backward = await server.Client.GetJson("/api/events?dyad=XBO,XAT&limit=500");
        Assert.Equal(DyadEvents, forward.Total());
        Assert.Equal(DyadEvents, backward.Total());
        Assert.All(forward.Items(), e =>
        {
            var sides = new[] { e.GetProperty("event").GetProperty("source").Str("country"), e.GetProperty("event").GetProperty("target").Str("country") };
            Assert.Equal(["XAT", "XBO"], sides.Order());
        });
    }

    [Theory]
    [InlineData("actor=XCA", 3)]
    [InlineData("actor=XCAGOV", 3)]
    [InlineData("dyad=XAT,XBO&root=12", 1)]
    [InlineData("dyad=XAT,XBO&code=112", Scenario.SeriesMonths)]
    [InlineData("actor=XAT&plover=ACCUSE", Scenario.SeriesMonths + 1)]
    [InlineData("actor=XAT&plover=accuse", Scenario.SeriesMonths + 1)]
    [InlineData("dyad=XAT,XBO&modality=threatened", 1)]
    [InlineData("dyad=XAT,XBO&from=2025-03&to=2025-03", 2)]
    [InlineData("dyad=XAT,XBO&from=2025-03-15&to=2025-03-31", 1)]
    [InlineData("dyad=XAT,XBO&historical=true", 1)]
    [InlineData("dyad=XAT,XBO&historical=false", DyadEvents - 1)]
    [InlineData("dyad=XAT,XBO&to=1980", 1)]
    public async Task FiltersNarrowTheEvents(string query, int expected)
    {
        var page = await server.Client.GetJson("/api/events?limit=500&" + query);
        Assert.Equal(expected, page.Total());
        Assert.Equal(expected, page.Items().Count());
    }

    [Fact]
    public async Task HistoricalEventKeepsItsOwnDate()
    {
        var page = await server.Client.GetJson("/api/events?dyad=XAT,XBO&historical=true");
        var e = Assert.Single(page.Items()).GetProperty("event");
        Assert.Equal("1979", e.GetProperty("date").Str("value"));
        Assert.Equal("year", e.GetProperty("date").Str("precision"));
        Assert.True(e.GetProperty("historical").GetBoolean());
    }

    [Fact]
    public async Task PagesAreDisjointAndCoverTheTotal()
    {
        var seen = new HashSet<long>();
        for (var offset = 0; offset < DyadEvents; offset += 5)
        {
            var page = await server.Client.GetJson($"/api/events?dyad=XAT,XBO&offset={offset}&limit=5");
            Assert.Equal(DyadEvents, page.Total());
            Assert.Equal(offset, page.GetProperty("offset").GetInt32());
            Assert.Equal(Math.Min(5, DyadEvents - offset), page.Items().Count());
            foreach (var item in page.Items()) Assert.True(seen.Add(item.GetProperty("event_id").GetInt64()));
        }
        Assert.Equal(DyadEvents, seen.Count);
    }

    [Fact]
    public async Task EventsCarryEvidenceWithOffsetsIntoTheArticle()
    {
        var page = await server.Client.GetJson($"/api/events?article={server.Stored.HeadlineId}&limit=500");
        var article = await server.Client.GetJson($"/api/articles/{server.Stored.HeadlineId}");
        var text = article.Str("text");
        var tests = page.Items().Select(i => i.GetProperty("event")).Where(e => e.Str("id").StartsWith("test-", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, tests.Count);
        foreach (var e in tests)
        {
            var evidence = e.GetProperty("evidence");
            var start = evidence.GetProperty("start").GetInt32();
            var end = evidence.GetProperty("end").GetInt32();
            Assert.Equal(text[start..end], evidence.Str("text"));
            var trigger = evidence.GetProperty("trigger");
            Assert.Equal(text[trigger.GetProperty("start").GetInt32()..trigger.GetProperty("end").GetInt32()], trigger.Str("text"));
        }
    }

    [Theory]
    [InlineData("from=2025-13")]
    [InlineData("from=yesterday")]
    [InlineData("from=2025-05&to=2025-01")]
    [InlineData("limit=0")]
    [InlineData("limit=501")]
    [InlineData("limit=abc")]
    [InlineData("offset=-1")]
    [InlineData("dyad=XAT")]
    [InlineData("dyad=XAT,XBO,XCA")]
    [InlineData("modality=maybe")]
    [InlineData("root=1")]
    [InlineData("code=12345")]
    [InlineData("actor=%3Cscript%3E")]
    [InlineData("article=..%2F..%2Fetc%2Fpasswd")]
    [InlineData("historical=perhaps")]
    public async Task BadFiltersAreRefusedWithAMessage(string query)
    {
        var error = await server.Client.GetJson("/api/events?" + query, HttpStatusCode.BadRequest);
        Assert.False(string.IsNullOrWhiteSpace(error.Str("error")));
    }
}
