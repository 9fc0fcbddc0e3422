using System.Diagnostics;
using System.Text.Json;
using Parley.Ingest;
using Parley.Storage.Sqlite;

namespace Parley.Bench;

/// <summary>
/// End-to-end ingest throughput on a generated corpus (JSON Lines, written to a temp folder and
/// deleted afterwards): reading, cleaning, analysis and storage into a fresh SQLite store.
/// Baseline in the same run: reading and cleaning alone on one thread (the floor the pipeline
/// cannot beat). Also times a re-run over the stored corpus (the resume path).
/// Usage: ingest [--articles N] [--jobs N] [--keep]
/// </summary>
public sealed class IngestBenchmark : IBenchmark
{
    public string Name => "ingest";

    public int Run(string[] args)
    {
        var articles = IntOption(args, "--articles", 10_000);
        var jobs = IntOption(args, "--jobs", Environment.ProcessorCount);
        var folder = Path.Combine(Path.GetTempPath(), "parley-bench-ingest-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        try
        {
            var corpus = Path.Combine(folder, "corpus.jsonl");
            var sentencesWritten = IngestCorpusGenerator.Write(corpus, articles, seed: 7);
            Console.WriteLine($"corpus: {articles:N0} articles, {sentencesWritten:N0} sentences, {new FileInfo(corpus).Length / 1e6:0.0} MB; {jobs} jobs; {Environment.ProcessorCount} cores");

            var pipeline = Pipeline.Load();

            // Baseline: read and clean every article on one thread, no analysis, no storage.
            var clock = Stopwatch.StartNew();
            long cleaned = 0;
            using (var reader = new StreamReader(corpus))
                foreach (var item in JsonLinesReader.Read(reader, corpus, long.MaxValue))
                    cleaned += pipeline.Clean(item.Read()).Text.Length > 0 ? 1 : 0;
            var baseline = clock.Elapsed;
            Console.WriteLine($"baseline read+clean (1 thread): {baseline.TotalSeconds:0.00} s, {cleaned / baseline.TotalSeconds:0} articles/s");

            // Second reference: analysis alone on the same workers, no storage, to tell analysis cost from store cost.
            clock.Restart();
            long analysedSentences = 0;
            using (var reader = new StreamReader(corpus))
                Parallel.ForEach(JsonLinesReader.Read(reader, corpus, long.MaxValue), new ParallelOptions { MaxDegreeOfParallelism = jobs },
                    item => Interlocked.Add(ref analysedSentences, pipeline.Analyze(item.Read()).Document.Sentences.Count));
            var analysisOnly = clock.Elapsed;
            Console.WriteLine($"analysis only ({jobs} jobs, no store): {analysisOnly.TotalSeconds:0.00} s, {analysedSentences / analysisOnly.TotalSeconds:0} sentences/s");

            var db = Path.Combine(folder, "bench.db");
            IngestSummary first, second;
            using (var store = SqliteStore.Open(db))
            {
                var runner = new IngestRunner(pipeline, store, new IngestOptions { Jobs = jobs });
                var (inputs, failures) = InputExpander.Expand([corpus]);
                first = runner.RunAsync(inputs, failures).GetAwaiter().GetResult();
                var rerun = new IngestRunner(pipeline, store, new IngestOptions { Jobs = jobs });
                second = rerun.RunAsync(inputs, failures).GetAwaiter().GetResult();
            }
            var seconds = first.Elapsed.TotalSeconds;
            Console.WriteLine($"ingest: {seconds:0.00} s, {first.New / seconds:0} articles/s, {first.Sentences / seconds:0} sentences/s, " +
                              $"{first.EventReports:N0} event reports -> {first.StoreAfter.Events:N0} events, {first.Failed} failed");
            Console.WriteLine($"ingest / baseline time: {seconds / baseline.TotalSeconds:0.0}x; ingest / analysis-only time: {seconds / analysisOnly.TotalSeconds:0.00}x");
            Console.WriteLine($"re-run (all already stored): {second.Elapsed.TotalSeconds:0.00} s, {second.AlreadyStored / second.Elapsed.TotalSeconds:0} articles/s");
            Console.WriteLine($"store size: {new FileInfo(db).Length / 1e6:0.0} MB; peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:0} MB");
            if (args.Contains("--keep")) Console.WriteLine($"kept {folder}");
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (!args.Contains("--keep")) Directory.Delete(folder, recursive: true);
        }
    }

    private static int IntOption(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], out var v) && v > 0 ? v : fallback;
    }
}

/// <summary>
/// Writes synthetic wire-style articles as JSON Lines: varied actors, verbs, dates and filler
/// sentences, deterministic for a seed. Returns the number of sentences written.
/// </summary>
public static class IngestCorpusGenerator
{
    private static readonly string[] Actors =
    [
        "Iran", "the United States", "Russia", "China", "Israel", "Turkey", "France", "Germany", "Qatar", "Oman",
        "Saudi Arabia", "the United Kingdom", "India", "Pakistan", "Ukraine", "Egypt", "Japan", "Brazil",
    ];

    private static readonly string[] Actions =
    [
        "rejected a proposal for talks with", "offered to mediate between the parties and", "imposed new sanctions on",
        "threatened military action against", "held talks with", "accused", "demanded guarantees from",
        "welcomed a statement by", "signed an agreement with", "condemned an attack attributed to",
        "called for restraint from", "expelled diplomats of", "promised economic aid to",
    ];

    private static readonly string[] Fillers =
    [
        "The statement was released after a meeting of senior officials.",
        "Analysts said the move was likely to raise tensions in the region.",
        "Officials did not comment on the timing of the decision.",
        "The foreign ministry spokesperson repeated the government's position on Monday.",
        "Diplomats said further meetings were expected in the coming weeks.",
        "Markets reacted cautiously to the news, with oil prices rising slightly.",
        "The United Nations urged all sides to avoid escalation.",
        "Earlier this year, a similar dispute ended without agreement.",
    ];

    public static long Write(string path, int articles, int seed)
    {
        var random = new Random(seed);
        long sentences = 0;
        using var writer = new StreamWriter(path);
        for (var i = 0; i < articles; i++)
        {
            var day = new DateOnly(2025, 1, 1).AddDays(random.Next(0, 365));
            var parts = new List<string>();
            var count = 4 + random.Next(0, 12);
            for (var s = 0; s < count; s++)
            {
                if (s % 3 == 0)
                {
                    var a = Actors[random.Next(Actors.Length)];
                    var b = Actors[random.Next(Actors.Length)];
                    if (a == b) b = Actors[(Array.IndexOf(Actors, a) + 1) % Actors.Length];
                    parts.Add($"{char.ToUpperInvariant(a[0])}{a[1..]} {Actions[random.Next(Actions.Length)]} {b} on {day.DayOfWeek}, officials said in report {i}.");
                }
                else parts.Add(Fillers[random.Next(Fillers.Length)]);
            }
            sentences += count;
            writer.WriteLine(JsonSerializer.Serialize(new
            {
                title = $"Report {i}", text = string.Join(' ', parts), published = day.ToString("yyyy-MM-dd"), source = $"Wire {i % 7}",
            }));
        }
        return sentences;
    }
}
