using Parley.Web.Tests.Support;

namespace Parley.Web.Tests.Api;

[Collection(ScenarioCollection.Name)]
public sealed class AggregatesApiTests(ScenarioServer server)
{
    [Fact]
    public async Task MonthlySeriesSumsEachMonth()
    {
        var series = await server.Client.GetJson("/api/dyads/XAT/XBO/series?by=month");
        var buckets = series.GetProperty("buckets").EnumerateArray().ToDictionary(b => b.Str("period"));
        Assert.Equal(Scenario.SeriesMonths, buckets.Count);
        var march = buckets["2025-03"];
        Assert.Equal(2, march.GetProperty("events").GetInt32());
        Assert.Equal(-1, march.GetProperty("goldstein_sum").GetDouble());
        Assert.Equal(-0.5, march.GetProperty("goldstein_mean").GetDouble());
        Assert.Equal([1, 0, 1, 0], march.GetProperty("quad_counts").EnumerateArray().Select(x => x.GetInt32()));
        Assert.Equal(("2025-03-01", "2025-03-31"), (march.Str("start"), march.Str("end")));
        // June also holds the headline article's rejection and threat.
        var june = buckets["2025-06"];
        Assert.Equal(4, june.GetProperty("events").GetInt32());
        Assert.Equal(1 - 2 - 5 - 4.4, june.GetProperty("goldstein_sum").GetDouble(), 6);
        Assert.Equal(1, series.GetProperty("too_coarse").GetInt32()); // the 1979 event
    }

    [Fact]
    public async Task HistoricalEventIsAPointAtItsOwnDate()
    {
        var series = await server.Client.GetJson("/api/dyads/xat/xbo/series");
        var historical = Assert.Single(series.GetProperty("points").EnumerateArray(), p => p.GetProperty("historical").GetBoolean());
        Assert.Equal(("1979", "year"), (historical.Str("date"), historical.Str("precision")));
        Assert.Equal(Scenario.SeriesMonths * 2 + 3, series.GetProperty("points").GetArrayLength());
    }

    [Fact]
    public async Task WeeklySeriesStartsOnMondays()
    {
        var series = await server.Client.GetJson("/api/dyads/XAT/XBO/series?by=week");
        var buckets = series.GetProperty("buckets").EnumerateArray().ToList();
        Assert.All(buckets, b => Assert.Equal(DayOfWeek.Monday, DateOnly.Parse(b.Str("start"), System.Globalization.CultureInfo.InvariantCulture).DayOfWeek));
        var week = Assert.Single(buckets, b => b.Str("period") == "2025-W11"); // holds 2025-03-10
        Assert.Equal("2025-03-10", week.Str("start"));
        Assert.Equal(1, week.GetProperty("events").GetInt32());
        Assert.Equal(2, series.GetProperty("too_coarse").GetInt32()); // 1979, and April's month-only date
    }

    [Fact]
    public async Task SeriesRefusesUnknownBuckets() =>
        await server.Client.GetJson("/api/dyads/XAT/XBO/series?by=fortnight", System.Net.HttpStatusCode.BadRequest);

    [Fact]
    public async Task ActorProfileCountsBothSides()
    {
        var profile = await server.Client.GetJson("/api/actors/XCA");
        Assert.Equal(3, profile.GetProperty("events").GetInt32());
        Assert.Equal(2, profile.GetProperty("as_source").GetInt32());
        Assert.Equal(1, profile.GetProperty("as_target").GetInt32());
        Assert.Equal("Carpania", profile.GetProperty("names")[0].Str("name"));
        var partner = Assert.Single(profile.GetProperty("partners").EnumerateArray());
        Assert.Equal("XAT", partner.Str("actor"));
        Assert.Equal((3.4 - 2 - 4) / 3, partner.GetProperty("goldstein_mean").GetDouble(), 3);
        Assert.Equal(0, profile.GetProperty("offices").GetArrayLength()); // the knowledge base does not know Carpania
    }

    [Fact]
    public async Task ActorProfileListsOfficesWithTenures()
    {
        var offices = (await server.Client.GetJson("/api/actors/XBOGOV")).GetProperty("offices").EnumerateArray().ToList();
        Assert.Equal(2, offices.Count);
        var latest = offices[0];
        Assert.Equal(("Someone Else", "2024-05-10"), (latest.Str("holder"), latest.Str("start")));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, latest.GetProperty("end").ValueKind);
        Assert.Equal(("Ivo Tamm", "2019-03-01", "2024-05-10"), (offices[1].Str("holder"), offices[1].Str("start"), offices[1].Str("end")));
    }

    [Fact]
    public async Task NetworkEdgesWeighEventsAndAverageGoldstein()
    {
        var network = await server.Client.GetJson("/api/network");
        var edges = network.GetProperty("edges").EnumerateArray().ToList();
        var main = Assert.Single(edges, e => e.Str("source") == "XAT" && e.Str("target") == "XBO");
        Assert.Equal(Scenario.SeriesMonths * 2 + 3, main.GetProperty("events").GetInt32());
        var side = Assert.Single(edges, e => e.Str("source") == "XAT" && e.Str("target") == "XCA");
        Assert.Equal(3, side.GetProperty("events").GetInt32());
        var nodes = network.GetProperty("nodes").EnumerateArray().Select(n => n.Str("id")).ToHashSet();
        Assert.Superset(new HashSet<string> { "XAT", "XBO", "XCA" }, nodes);
        var strict = await server.Client.GetJson("/api/network?min_events=4");
        Assert.DoesNotContain(strict.GetProperty("edges").EnumerateArray(), e => e.Str("target") == "XCA");
    }

    [Fact]
    public async Task TopActorsAreOrderedByEvents()
    {
        var actors = (await server.Client.GetJson("/api/actors?limit=3")).EnumerateArray().ToList();
        Assert.Equal("XAT", actors[0].Str("actor"));
        var counts = actors.Select(a => a.GetProperty("events").GetInt32()).ToList();
        Assert.Equal(counts.OrderDescending(), counts);
    }
}
