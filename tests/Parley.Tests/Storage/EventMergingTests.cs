using Parley.Storage;
using Parley.Time;
using static Parley.Tests.Storage.StoreTestData;

namespace Parley.Tests.Storage;

public sealed class EventMergingTests
{

    // Three outlets report the same refusal in their own words; the third dates it a day later
    // (its publication date) and codes a sibling CAMEO code of the same root.
    private static readonly AnalysisResult[] SameRefusal =
    [
        Article("Tehran on Sunday turned down a U.S. offer of direct talks. The foreign ministry spoke.",
            new EventSpec("IRN", "USA", "125", "2025-06-01", 0.9)),
        Article("Iran's leadership rejected Washington's proposal to negotiate, officials said.",
            new EventSpec("IRN", "USA", "125", "2025-06-01", 0.7)),
        Article("Iranian officials refused to sit down with American envoys, a spokesman confirmed.",
            new EventSpec("IRN", "USA", "128", "2025-06-02", 0.6)),
    ];

    [Theory]
    [MemberData(nameof(StoreBackend.Names), MemberType = typeof(StoreBackend))]
    public void One_event_reported_by_three_articles_is_one_stored_event_with_three_reports(string backendName)
    {
        using var backend = new StoreBackend(backendName);
        using var store = backend.Fresh();
        foreach (var article in SameRefusal) store.Save(article);

        var counts = store.Counts();
        Assert.Equal(1, counts.Events);
        Assert.Equal(3, counts.EventReports);
        var stored = Assert.Single(store.QueryEvents(new EventQuery()));
        Assert.Equal(3, stored.Reports);
        Assert.Equal(3, stored.Evidence.Select(e => e.ArticleId).Distinct().Count());
        // The representative is the most confident report, whatever the order of arrival.
        Assert.Equal(SameRefusal[0].Article.Id, stored.ArticleId);
        Assert.Equal("125", stored.Event.Cameo);
    }

    [Theory]
    [MemberData(nameof(StoreBackend.Names), MemberType = typeof(StoreBackend))]
    public void The_grouping_does_not_depend_on_the_order_of_arrival(string backendName)
    {
        var reports = new[]
        {
            Article("Report A of a strike.", new EventSpec("USA", "IRN", "190", "2025-06-01")),
            Article("Report B of a strike.", new EventSpec("USA", "IRN", "195", "2025-06-03")),
            Article("Report C bridges the two.", new EventSpec("USA", "IRN", "190", "2025-06-02")),
            Article("Report D much later.", new EventSpec("USA", "IRN", "190", "2025-06-09")),
            Article("Report E of talks.", new EventSpec("USA", "IRN", "040", "2025-06-02")),
        };
        string? expected = null;
        using var backend = new StoreBackend(backendName);
        // Every 3rd of the 120 orders: each of the five reports comes first, last and in between.
        foreach (var order in Permutations(Enumerable.Range(0, reports.Length).ToArray()).Where((_, i) => i % 3 == 0))
        {
            using var store = backend.Fresh();
            foreach (var i in order) store.Save(reports[i]);
            var grouping = string.Join(" | ", store.QueryEvents(new EventQuery())
                .Select(e => string.Join(",", e.Evidence.Select(r => r.ArticleId[..6]).Order()) + ":" + e.ArticleId[..6])
                .Order());
            expected ??= grouping;
            Assert.Equal(expected, grouping);
        }
        // A, B and C are one chain of days (A-C and C-B are a day apart); D and E stand alone.
        Assert.Equal(3, expected!.Split(" | ").Length);
    }

    [Theory]
    [MemberData(nameof(StoreBackend.Names), MemberType = typeof(StoreBackend))]
    public void A_report_that_bridges_two_events_merges_them(string backendName)
    {
        using var backend = new StoreBackend(backendName);
        using var store = backend.Fresh();
        store.Save(Article("First day.", new EventSpec("USA", "IRN", "163", "2025-06-01")));
        store.Save(Article("Third day.", new EventSpec("USA", "IRN", "163", "2025-06-03")));
        Assert.Equal(2, store.Counts().Events);
        store.Save(Article("Second day.", new EventSpec("USA", "IRN", "163", "2025-06-02")));
        Assert.Equal(1, store.Counts().Events);
        Assert.Equal(3, Assert.Single(store.QueryEvents(new EventQuery())).Reports);
    }

    [Theory]
    [InlineData("IRN", "USA", "125", "2025-06-05")] // outside the one-day window
    [InlineData("IRN", "GBR", "125", "2025-06-01")] // another target
    [InlineData("USA", "IRN", "125", "2025-06-01")] // the reverse direction
    [InlineData("IRN", "USA", "130", "2025-06-01")] // another root
    [InlineData("IRN", "USA", "125", "2025-06")]    // another precision
    [InlineData("IRN", null, "125", "2025-06-01")]  // no target: never merged
    [InlineData("IRN", "USA", "125", null)]         // no date: never merged
    public void Different_happenings_stay_apart(string? source, string? target, string cameo, string? date)
    {
        foreach (var name in StoreBackend.Available)
        {
            using var backend = new StoreBackend(name);
            using var store = backend.Fresh();
            store.Save(SameRefusal[0]);
            store.Save(Article("Another article entirely.", new EventSpec(source, target, cameo, date)));
            Assert.Equal(2, store.Counts().Events);
        }
    }

    [Theory]
    [MemberData(nameof(StoreBackend.Names), MemberType = typeof(StoreBackend))]
    public void Events_without_a_key_are_never_merged_even_when_identical(string backendName)
    {
        using var backend = new StoreBackend(backendName);
        using var store = backend.Fresh();
        store.Save(Article("Undated one.", new EventSpec("IRN", "USA", "125", null)));
        store.Save(Article("Undated two.", new EventSpec("IRN", "USA", "125", null)));
        Assert.Equal(2, store.Counts().Events);
    }

    [Theory]
    [MemberData(nameof(StoreBackend.Names), MemberType = typeof(StoreBackend))]
    public void Month_and_year_dates_merge_only_within_the_same_month_or_year(string backendName)
    {
        using var backend = new StoreBackend(backendName);
        using var store = backend.Fresh();
        store.Save(Article("In January 2020 one.", new EventSpec("USA", "IRN", "190", "2020-01")));
        store.Save(Article("In January 2020 two.", new EventSpec("USA", "IRN", "190", "2020-01")));
        store.Save(Article("In February 2020.", new EventSpec("USA", "IRN", "190", "2020-02")));
        store.Save(Article("In 2018 one.", new EventSpec("USA", "IRN", "161", "2018")));
        store.Save(Article("In 2018 two.", new EventSpec("USA", "IRN", "161", "2018")));
        Assert.Equal(3, store.Counts().Events);
        Assert.Equal(5, store.Counts().EventReports);
    }

    [Theory]
    [MemberData(nameof(StoreBackend.Names), MemberType = typeof(StoreBackend))]
    public void Queries_filter_by_dyad_in_both_directions_root_and_dates(string backendName)
    {
        using var backend = new StoreBackend(backendName);
        using var store = backend.Fresh();
        foreach (var article in SameRefusal) store.Save(article);
        store.Save(Article("Sanctions came.", new EventSpec("USA", "IRN", "163", "2025-05-20")));
        store.Save(Article("Russia offered help.", new EventSpec("RUS", "IRN", "031", "2025-06-10")));

        Assert.Equal(2, store.QueryEvents(new EventQuery { Dyad = ("USA", "IRN") }).Count());
        Assert.Equal(2, store.CountEvents(new EventQuery { Dyad = ("IRN", "USA") }));
        Assert.Single(store.QueryEvents(new EventQuery { Dyad = ("IRNGOV", "USA") }));
        Assert.Equal(3, store.CountEvents(new EventQuery { Actor = "IRN" }));
        Assert.Equal("163", Assert.Single(store.QueryEvents(new EventQuery { Root = "16" })).Event.Cameo);
        Assert.Equal(2, store.CountEvents(new EventQuery { From = PartialDate.OfDay(2025, 6, 1) }));
        Assert.Equal(1, store.CountEvents(new EventQuery { To = PartialDate.OfMonth(2025, 5) }));
        Assert.Equal(0, store.CountEvents(new EventQuery { Code = "999" }));
        Assert.Equal(["IRN", "IRNGOV", "RUS", "RUSGOV", "USA", "USAGOV"], store.DistinctActors());
        Assert.Equal(1, store.CountEvents(new EventQuery { ArticleId = SameRefusal[1].Article.Id }));
    }

    private static IEnumerable<int[]> Permutations(int[] items)
    {
        if (items.Length <= 1) { yield return items; yield break; }
        for (var i = 0; i < items.Length; i++)
        {
            var rest = items.Where((_, j) => j != i).ToArray();
            foreach (var tail in Permutations(rest)) yield return [items[i], .. tail];
        }
    }
}
