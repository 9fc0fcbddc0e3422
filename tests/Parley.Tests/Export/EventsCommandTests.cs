using Microsoft.Data.Sqlite;
using Parley.Storage.Sqlite;
using Parley.Tests.Support;
using static Parley.Tests.Storage.StoreTestData;

namespace Parley.Tests.Export;

/// <summary>`parley events` and `parley dyad` as a user runs them, on a store the test fills.</summary>
public sealed class EventsCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly string _db;

    public EventsCommandTests()
    {
        _db = _temp.File("q.db");
        using var store = SqliteStore.Open(_db);
        store.Save(Article("Iran rejected talks.", new EventSpec("IRN", "USA", "125", "2025-06-02")));
        store.Save(Article("Tehran said no to talks.", new EventSpec("IRN", "USA", "125", "2025-06-02")));
        store.Save(Article("Sanctions followed.", new EventSpec("USA", "IRN", "163", "2025-06-20")));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _temp.Dispose();
    }

    [Fact]
    public void Csv_and_gdelt_exports_are_written_to_files()
    {
        var csv = _temp.File("out.csv");
        var result = CliProcess.Run("events", "--dyad", "IRN,USA", "--format", "csv", "--output", csv, "--db", _db);
        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Equal(3, File.ReadAllText(csv).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length); // header + 2 events
        var gdelt = CliProcess.Run("events", "--root", "16", "--format", "gdelt", "--db", _db);
        Assert.Equal(0, gdelt.ExitCode);
        Assert.Equal(61, Assert.Single(gdelt.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)).Split('\t').Length);
    }

    [Fact]
    public void Unknown_filter_values_are_usage_errors_with_close_matches_and_empty_results_are_not_errors()
    {
        var typo = CliProcess.Run("events", "--plover", "REJECTT", "--db", _db);
        Assert.Equal(2, typo.ExitCode);
        Assert.Contains("close matches: REJECT", typo.Stderr);
        var actor = CliProcess.Run("events", "--actor", "IRM", "--db", _db);
        Assert.Equal(2, actor.ExitCode);
        Assert.Contains("IRN", actor.Stderr);
        var empty = CliProcess.Run("events", "--dyad", "CHN,BRA", "--format", "json", "--db", _db);
        Assert.Equal(0, empty.ExitCode);
        Assert.Equal("[]", empty.Stdout.Trim());
    }

    [Fact]
    public void Dyad_prints_a_series_with_a_sparkline()
    {
        var text = CliProcess.Run("dyad", "IRN", "USA", "--by", "week", "--db", _db);
        Assert.True(text.ExitCode == 0, text.Stderr);
        Assert.Contains("2 events from 3 reports", text.Stdout);
        Assert.Matches("events +[\u2581-\u2588]{2}", text.Stdout);
        var json = CliProcess.Run("dyad", "USA", "IRN", "--format", "json", "--db", _db);
        using var doc = System.Text.Json.JsonDocument.Parse(json.Stdout);
        var june = Assert.Single(doc.RootElement.GetProperty("periods").EnumerateArray());
        Assert.Equal(2, june.GetProperty("events").GetInt32());
        Assert.Equal(3, june.GetProperty("reports").GetInt32());
    }
}
