using System.Diagnostics;
using System.Text.Json;
using Parley.Tests.Support;

namespace Parley.Tests.Cluster;

/// <summary>
/// Three silos on this machine against PostgreSQL, a few thousand articles fed through the
/// cluster, one silo killed mid-run: every article must be stored exactly once and the merged
/// events per dyad must equal a single-process run over the same input.
/// </summary>
public sealed class ClusterFailoverTests
{
    private const int Articles = 2000;

    [PostgresFact]
    public async Task A_silo_killed_mid_run_loses_nothing_and_stores_nothing_twice()
    {
        using var folder = new TempFolder();
        using var database = new ScratchDatabase("parley_cluster");
        var corpus = SyntheticCorpus.WriteJsonLines(folder.File("corpus.jsonl"), Articles, seed: 11);

        var reference = folder.File("reference.db");
        var single = CliProcess.Run("ingest", corpus, "--db", reference, "--format", "json");
        Assert.True(single.ExitCode == 0, single.Stderr);

        var silos = new[] { "silo-a", "silo-b", "silo-c" }.Select(n => SiloProcess.Start(n, database.ConnectionString)).ToList();
        try
        {
            foreach (var silo in silos) await silo.WaitReadyAsync(TimeSpan.FromMinutes(3));

            var ingest = Task.Run(() => CliProcess.Run("ingest", corpus, "--cluster", database.ConnectionString, "--format", "json"));
            await WaitForStoredArticles(database, Articles / 4, ingest);
            Assert.False(ingest.IsCompleted, "the run finished before a silo could be killed; use more articles");
            silos[1].Kill();

            var clustered = await ingest;
            Assert.True(clustered.ExitCode == 0, $"{clustered.Stderr}\n{clustered.Stdout}");
            Assert.True(silos[0].HasExited == false && silos[2].HasExited == false, "the surviving silos stopped");

            using var summary = JsonDocument.Parse(clustered.Stdout);
            Assert.Equal(0, summary.RootElement.GetProperty("failed").GetInt64());
            Assert.Equal(Articles, summary.RootElement.GetProperty("new").GetInt64() + summary.RootElement.GetProperty("already_stored").GetInt64());

            Assert.Equal(Articles, database.Scalar("SELECT count(*) FROM articles"));
            Assert.Equal(Articles, database.Scalar("SELECT count(DISTINCT id) FROM articles"));
            Assert.Equal(Stats(reference), Stats(database.ConnectionString));
            Assert.Equal(DyadCounts(reference), DyadCounts(database.ConnectionString));
        }
        finally
        {
            foreach (var silo in silos) silo.Dispose();
        }
    }

    private static async Task WaitForStoredArticles(ScratchDatabase database, int count, Task ingest)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromMinutes(5) && !ingest.IsCompleted)
        {
            try
            {
                if (database.Scalar("SELECT count(*) FROM articles") >= count) return;
            }
            catch (Npgsql.PostgresException) { /* the store's tables are created by the first silo */ }
            await Task.Delay(200);
        }
    }

    private static string Stats(string store)
    {
        var result = CliProcess.Run("stats", "--db", store, "--format", "json");
        Assert.True(result.ExitCode == 0, result.Stderr);
        return result.Stdout.Trim();
    }

    /// <summary>Merged events and the reports behind them per (source, target, CAMEO root, date).</summary>
    private static SortedDictionary<string, (int Events, int Reports)> DyadCounts(string store)
    {
        var result = CliProcess.Run("events", "--db", store, "--format", "json");
        Assert.True(result.ExitCode == 0, result.Stderr);
        var counts = new SortedDictionary<string, (int, int)>(StringComparer.Ordinal);
        using var events = JsonDocument.Parse(result.Stdout);
        foreach (var stored in events.RootElement.EnumerateArray())
        {
            var e = stored.GetProperty("event");
            var key = $"{Side(e.GetProperty("source"))}|{Side(e.GetProperty("target"))}|{e.GetProperty("root").GetString()}|{e.GetProperty("date").GetProperty("value").GetString()}";
            counts.TryGetValue(key, out var c);
            counts[key] = (c.Item1 + 1, c.Item2 + stored.GetProperty("reports").GetInt32());
        }
        Assert.NotEmpty(counts);
        return counts;
    }

    private static string Side(JsonElement actor) =>
        actor.ValueKind != JsonValueKind.Object ? "-"
        : actor.GetProperty("country").GetString() is { Length: > 0 } country ? country
        : actor.GetProperty("code").GetString() ?? "-";
}
