using System.Diagnostics;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Parley.Tests.Support;

namespace Parley.Tests.Ingest;

/// <summary>
/// Kills `parley ingest` (SIGKILL) in the middle of a run: the store holds whole articles only,
/// and running again completes the set with no duplicates.
/// </summary>
public sealed class CrashSafetyTests : IDisposable
{
    private const int Articles = 6000;
    private readonly TempFolder _temp = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _temp.Dispose();
    }

    [Fact]
    public void Killing_ingest_leaves_no_half_article_and_a_rerun_completes_without_duplicates()
    {
        var input = _temp.File("articles.jsonl");
        var db = _temp.File("crash.db");
        WriteArticles(input);

        using (var process = StartIngest(input, db))
        {
            WaitForSomeArticles(db, process);
            process.Kill(entireProcessTree: true); // SIGKILL on Unix: no cleanup runs
            process.WaitForExit();
        }
        SqliteConnection.ClearAllPools();

        var afterKill = CountArticles(db);
        Assert.InRange(afterKill, 1, Articles - 1);
        AssertEveryArticleIsWhole(db);

        var rerun = CliProcess.RunIn(RepoPaths.Root, null, null, "ingest", input, "--db", db, "--jobs", "2", "--format", "json");
        Assert.True(rerun.ExitCode == 0, rerun.Stderr);
        using var summary = JsonDocument.Parse(rerun.Stdout);
        Assert.Equal(afterKill, summary.RootElement.GetProperty("already_stored").GetInt64());
        Assert.Equal(Articles - afterKill, summary.RootElement.GetProperty("new").GetInt64());
        SqliteConnection.ClearAllPools();
        Assert.Equal(Articles, CountArticles(db));
        AssertEveryArticleIsWhole(db);
    }

    private static void WriteArticles(string path)
    {
        string[] actors = ["Iran", "the United States", "Russia", "China", "Israel", "Turkey", "France", "Qatar"];
        string[] verbs = ["rejected talks with", "offered to mediate between the parties and", "imposed sanctions on", "met officials from", "threatened"];
        using var writer = new StreamWriter(path);
        for (var i = 0; i < Articles; i++)
        {
            var a = actors[i % actors.Length];
            var b = actors[(i / actors.Length + 1 + i) % actors.Length];
            var text = $"Report {i}: {a} {verbs[i % verbs.Length]} {b} on Monday, officials said. " +
                       $"The statement was the {i}th of its kind this year. Diplomats expect further meetings.";
            writer.WriteLine(JsonSerializer.Serialize(new { text, published = $"2025-{1 + i % 12:D2}-{1 + i % 28:D2}" }));
        }
    }

    private static Process StartIngest(string input, string db)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepoPaths.Root,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Parley.Cli.dll"));
        foreach (var arg in new[] { "ingest", input, "--db", db, "--jobs", "2" }) info.ArgumentList.Add(arg);
        info.Environment["PARLEY_HOME"] = RepoPaths.Root;
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static void WaitForSomeArticles(string db, Process process)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromMinutes(3) && !process.HasExited)
        {
            if (File.Exists(db) && SafeCount(db) >= 50) return;
            Thread.Sleep(20);
        }
        Assert.Fail(process.HasExited ? "ingest finished before it could be killed; raise the article count" : "ingest stored nothing in 3 minutes");
    }

    private static long SafeCount(string db)
    {
        try { return CountArticles(db); }
        catch (SqliteException) { return 0; } // the schema may not exist yet
    }

    private static long CountArticles(string db) => Scalar(db, "SELECT count(*) FROM articles");

    /// <summary>Each stored article has exactly the events, mentions and claims its analysis lists, no more, no fewer.</summary>
    private static void AssertEveryArticleIsWhole(string db)
    {
        using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT a.id, a.analysis_json,
                   (SELECT count(*) FROM event_reports r WHERE r.article_id = a.id),
                   (SELECT count(*) FROM mentions m WHERE m.article_id = a.id),
                   (SELECT count(*) FROM claims c WHERE c.article_id = a.id)
            FROM articles a
            """;
        using var reader = command.ExecuteReader();
        var checkedArticles = 0;
        while (reader.Read())
        {
            using var analysis = JsonDocument.Parse(reader.GetString(1));
            var root = analysis.RootElement;
            Assert.Equal(root.GetProperty("events").GetArrayLength(), reader.GetInt64(2));
            Assert.Equal(root.GetProperty("mentions").GetArrayLength(), reader.GetInt64(3));
            Assert.Equal(root.GetProperty("claims").GetArrayLength(), reader.GetInt64(4));
            checkedArticles++;
        }
        Assert.True(checkedArticles > 0);
        Assert.Equal(0, Scalar(db, "SELECT count(*) FROM event_reports r WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = r.article_id)"));
        Assert.Equal(0, Scalar(db, "SELECT count(*) FROM events e WHERE e.reports <> (SELECT count(*) FROM event_reports r WHERE r.event_id = e.id)"));
    }

    private static long Scalar(string db, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar());
    }
}
