using Parley.Analysis;
using Parley.Output;
using Parley.Storage;

namespace Parley.Tests.Analysis;

public class OutlookStoreSourceTests
{
    private static StoredEvent Stored(long id, string date, string precision, string cameo, string source, string target, int reports = 1) =>
        new(id, "a1", new EventJson($"e{id}",
            new ActorJson(source, 0, 3, null, null, source + "GOV", source), new ActorJson(target, 0, 3, null, null, target + "GOV", target),
            cameo, "label", cameo[..2], "CONSULT", null, 1, 1, "asserted", new DateJson(date, precision, "text"), false,
            new EvidenceJson(0, "They agreed to meet.", 0, 20, null), [], false, 0.9, "rule", null), reports, []);

    [Fact]
    public void Stored_events_become_outlook_records_with_month_dates_at_mid_month()
    {
        var e = OutlookStoreSource.Convert(Stored(1, "2025-04", "month", "036", "IRN", "USA", reports: 3))!;
        Assert.Equal(new DateOnly(2025, 4, 15), e.Date);
        Assert.Equal("IRNGOV", e.SourceCode);
        Assert.Equal("USA", e.TargetCountry);
        Assert.Equal(3, e.Reports);
        Assert.Equal("They agreed to meet.", e.Evidence);
        Assert.Null(OutlookStoreSource.Convert(Stored(2, "", "unknown", "036", "IRN", "USA")));
    }

    private sealed class FakeStore(IReadOnlyList<StoredEvent> events) : IStoreReader
    {
        public List<EventQuery> Queries { get; } = [];
        public IReadOnlyList<ArticleSummary> ListArticles(int offset, int limit) => [];
        public string? GetAnalysisJson(string articleId) => null;
        public string? GetArticleText(string articleId) => null;
        public IEnumerable<StoredEvent> QueryEvents(EventQuery query)
        {
            Queries.Add(query);
            return events.Where(e => e.Event.Source?.Country == query.Actor || e.Event.Target?.Country == query.Actor);
        }
        public long CountEvents(EventQuery query) => QueryEvents(query).Count();
        public IReadOnlyList<StoredClaim> QueryClaims(string? verdict, int offset, int limit) => [];
    }

    [Fact]
    public void Reading_a_store_queries_both_sides_in_the_window_and_drops_duplicates()
    {
        var store = new FakeStore([Stored(1, "2025-05-20", "day", "036", "IRN", "USA"), Stored(2, "2025-05-21", "day", "039", "OMN", "IRN")]);
        var events = OutlookStoreSource.Read(store, "IRN", "USA", new DateOnly(2025, 6, 1), 365);
        Assert.Equal(2, events.Count); // event 1 is returned for both sides but read once
        Assert.Equal(2, store.Queries.Count);
        Assert.All(store.Queries, q => Assert.Equal("2025-06-01", q.To!.Value.ToString()));
        var result = OutlookEngine.Score(events, "IRN", "USA", new DateOnly(2025, 6, 1), 30);
        Assert.Equal(2, result.EventsUsed);
    }
}
