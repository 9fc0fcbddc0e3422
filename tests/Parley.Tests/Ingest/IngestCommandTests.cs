using System.Text.Json;
using Microsoft.Data.Sqlite;
using Parley.Tests.Support;

namespace Parley.Tests.Ingest;

/// <summary>`parley ingest` and `parley stats` as a user runs them.</summary>
public sealed class IngestCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _temp.Dispose();
    }

    [Fact]
    public void Globs_folders_and_stdin_are_ingested_idempotently_and_stats_report_the_store()
    {
        _temp.Write("news/a.txt", "Iran rejected talks with the United States on Monday.");
        _temp.Write("news/deeper/b.html", "<html><body><p>Russia offered to mediate between Iran and the United States.</p></body></html>");
        _temp.Write("news/deeper/ignored.pdf", "not an article type");
        _temp.Write("wire/c.txt", "Qatar urged both sides to return to negotiations.");
        _temp.Write("wire/d.txt", "Oman hosted envoys from both countries.");
        var db = _temp.File(Path.Combine("store", "parley.db"));
        var stdin = """{"text": "Turkey called for calm on Saturday.", "published": "2025-06-07"}""" + "\n";

        var first = CliProcess.RunIn(RepoPaths.Root, stdin, null,
            "ingest", _temp.File("news"), Path.Combine(_temp.Path, "wire", "*.txt"), "-", "--db", db, "--jobs", "2", "--format", "json");
        Assert.True(first.ExitCode == 0, first.Stderr);
        using (var summary = JsonDocument.Parse(first.Stdout))
        {
            Assert.Equal(5, summary.RootElement.GetProperty("new").GetInt64());
            Assert.Equal(0, summary.RootElement.GetProperty("failed").GetInt64());
        }

        var again = CliProcess.RunIn(RepoPaths.Root, null, new Dictionary<string, string> { ["PARLEY_DB"] = db },
            "ingest", _temp.File("news"), Path.Combine(_temp.Path, "wire", "*.txt"), "--format", "json");
        Assert.True(again.ExitCode == 0, again.Stderr);
        using (var summary = JsonDocument.Parse(again.Stdout))
        {
            Assert.Equal(0, summary.RootElement.GetProperty("new").GetInt64());
            Assert.Equal(4, summary.RootElement.GetProperty("already_stored").GetInt64());
        }

        var stats = CliProcess.RunIn(RepoPaths.Root, null, new Dictionary<string, string> { ["PARLEY_DB"] = db }, "stats", "--format", "json");
        Assert.Equal(0, stats.ExitCode);
        using var counts = JsonDocument.Parse(stats.Stdout);
        Assert.Equal(5, counts.RootElement.GetProperty("articles").GetInt64());
        foreach (var key in new[] { "events", "event_reports", "mentions", "claims" })
            Assert.True(counts.RootElement.TryGetProperty(key, out _), key);
    }

    [Fact]
    public void A_failed_input_is_named_the_others_are_stored_and_the_exit_code_is_one()
    {
        _temp.Write("in/good.txt", "Egypt hosted a meeting of foreign ministers on Sunday.");
        _temp.Write("in/empty.txt", "");
        var db = _temp.File("s.db");
        var result = CliProcess.Run("ingest", _temp.File("in"), _temp.File("missing-folder"), "--db", db);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("empty.txt", result.Stderr);
        Assert.Contains("missing-folder: no such file or folder", result.Stderr);
        Assert.Contains("1 new", result.Stdout);
        Assert.Contains("2 failed", result.Stdout);
    }

    [Fact]
    public void A_store_path_that_is_a_folder_is_bad_input()
    {
        _temp.Write("in/good.txt", "Egypt hosted a meeting.");
        var result = CliProcess.Run("stats", "--db", _temp.Path);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("is a folder", result.Stderr);
    }
}
