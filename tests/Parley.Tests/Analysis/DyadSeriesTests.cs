using Microsoft.Data.Sqlite;
using Parley.Analysis;
using Parley.Storage;
using Parley.Storage.Sqlite;
using Parley.Tests.Support;
using static Parley.Tests.Storage.StoreTestData;

namespace Parley.Tests.Analysis;

public sealed class DyadSeriesTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _temp.Dispose();
    }

    [Fact]
    public void The_series_counts_merged_events_and_the_reports_behind_them()
    {
        using var store = SqliteStore.Open(_temp.File("d.db"));
        store.Save(Article("Outlet one: Iran rejected talks.", new EventSpec("IRN", "USA", "125", "2025-06-02")));
        store.Save(Article("Outlet two: Tehran said no to talks.", new EventSpec("IRN", "USA", "125", "2025-06-02")));
        store.Save(Article("Sanctions a week later.", new EventSpec("USA", "IRN", "163", "2025-06-10")));
        store.Save(Article("Talks in July.", new EventSpec("USA", "IRN", "040", "2025-07")));
        store.Save(Article("Some time, some place.", new EventSpec("USA", "IRN", "040", null)));
        store.Save(Article("Elsewhere entirely.", new EventSpec("RUS", "CHN", "040", "2025-06-02")));

        var weekly = DyadSeries.Build("IRN", "USA", SeriesPeriod.Week, store.QueryEvents(new EventQuery { Dyad = ("IRN", "USA") }));
        Assert.Equal(["2025-W23", "2025-W24", "2025-W27"], weekly.Periods.Select(p => p.Period));
        var first = weekly.Periods[0];
        Assert.Equal(1, first.Events);
        Assert.Equal(2, first.Reports);
        Assert.Equal(-4, first.GoldsteinSum);
        Assert.Equal([0, 0, 1, 0], first.QuadCounts);
        Assert.Equal(1, first.PloverCounts["REJECT"]);
        Assert.Equal(1, weekly.Periods[2].Imprecise);
        Assert.Equal(1, weekly.Undated);

        var monthly = DyadSeries.Build("IRN", "USA", SeriesPeriod.Month, store.QueryEvents(new EventQuery { Dyad = ("IRN", "USA") }));
        Assert.Equal(["2025-06", "2025-07"], monthly.Periods.Select(p => p.Period));
        Assert.Equal(2, monthly.Periods[0].Events);
        Assert.Equal(-1.5, monthly.Periods[0].GoldsteinMean);
        Assert.Equal(0, monthly.Periods[1].Imprecise);
    }

    [Fact]
    public void Sparkline_scales_between_lowest_and_highest()
    {
        Assert.Equal("\u2581\u2588\u2585", DyadSeries.Sparkline([0, 10, 5]));
        Assert.Equal("", DyadSeries.Sparkline([]));
    }

    [Fact]
    public void Filter_values_are_checked_with_close_matches()
    {
        using var store = SqliteStore.Open(_temp.File("f.db"));
        store.Save(Article("Iran rejected talks.", new EventSpec("IRN", "USA", "125", "2025-06-02")));
        Assert.Contains("close matches: REJECT", EventFilterCheck.Problem(new EventQuery { Plover = "REJCT" }, store));
        Assert.Contains("not a CAMEO event code", EventFilterCheck.Problem(new EventQuery { Code = "9x9" }, store));
        Assert.Contains("not a CAMEO root", EventFilterCheck.Problem(new EventQuery { Root = "25" }, store));
        Assert.Contains("IRN", EventFilterCheck.Problem(new EventQuery { Actor = "IRM" }, store));
        Assert.Null(EventFilterCheck.Problem(new EventQuery { Actor = "BRA", Code = "193", Plover = "ASSAULT" }, store));
    }
}
