using System.Diagnostics;
using System.Globalization;
using Parley.Events;
using Parley.Text;
using Parley.Time;

namespace Parley.Bench;

/// <summary>
/// Full-pipeline throughput (Pipeline.Load + Analyze) in sentences per second on N threads over
/// the raw text of CoNLL-U treebanks, beside a tokenization-only baseline and the event coder
/// alone, all measured in the same run.
/// Usage: coder [--threads 2] [--sentences-per-article 25] FILE.conllu|FOLDER...
/// </summary>
public sealed class CoderBenchmark : IBenchmark
{
    public string Name => "coder";

    public int Run(string[] args)
    {
        var threads = 2;
        var perArticle = 25;
        var inputs = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--threads") threads = int.Parse(args[++i], CultureInfo.InvariantCulture);
            else if (args[i] == "--sentences-per-article") perArticle = int.Parse(args[++i], CultureInfo.InvariantCulture);
            else inputs.Add(args[i]);
        }
        if (inputs.Count == 0)
        {
            Console.Error.WriteLine("usage: coder [--threads N] [--sentences-per-article N] FILE.conllu|FOLDER...");
            return 2;
        }
        var articles = LoadArticles(inputs, perArticle);
        Console.WriteLine($"input: {articles.Count} articles, {articles.Sum(a => a.Sentences)} source sentences, {articles.Sum(a => a.Text.Length) / 1024} KiB; threads: {threads}");

        var loadClock = Stopwatch.StartNew();
        var pipeline = Pipeline.Load();
        Console.WriteLine($"Pipeline.Load: {loadClock.ElapsedMilliseconds} ms");
        var segmenter = pipeline.Components.First(c => c is Segmenter);
        var coder = pipeline.Components.OfType<EventCoder>().First();
        var published = PartialDate.OfYear(2020);

        // Warm up every path over the whole input once, so tiered compilation has finished
        // before anything is timed.
        Parallel.ForEach(articles, new ParallelOptions { MaxDegreeOfParallelism = threads },
            a => pipeline.Analyze(new RawArticle { Text = a.Text }, published));

        var (baseSentences, baseTime) = Measure(articles, threads, a =>
        {
            var d = new Document(a.Text, published);
            segmenter.Process(d);
            return d.Sentences.Count;
        });
        var events = 0;
        var (fullSentences, fullTime) = Measure(articles, threads, a =>
        {
            var result = pipeline.Analyze(new RawArticle { Text = a.Text }, published);
            Interlocked.Add(ref events, result.Document.Events.Count);
            return result.Document.Sentences.Count;
        });

        // The coder alone, on documents annotated beforehand by every earlier component.
        var prepared = articles.Select(a =>
        {
            var d = new Document(a.Text, published);
            foreach (var c in pipeline.Components)
            {
                if (c is EventCoder) break;
                c.Process(d);
            }
            return d;
        }).ToList();
        var coderClock = Stopwatch.StartNew();
        var coderSentences = 0;
        Parallel.ForEach(prepared, new ParallelOptions { MaxDegreeOfParallelism = threads }, d =>
        {
            d.Events.Clear();
            coder.Process(d);
            Interlocked.Add(ref coderSentences, d.Sentences.Count);
        });
        coderClock.Stop();

        // Where the time goes: each component timed on one thread over the whole input.
        var perComponent = new double[pipeline.Components.Count];
        var cleaning = 0.0;
        foreach (var a in articles)
        {
            var start = Stopwatch.GetTimestamp();
            pipeline.Clean(new RawArticle { Text = a.Text }, published);
            cleaning += Stopwatch.GetElapsedTime(start).TotalSeconds;
            var d = new Document(a.Text, published);
            for (var c = 0; c < pipeline.Components.Count; c++)
            {
                var t = Stopwatch.GetTimestamp();
                pipeline.Components[c].Process(d);
                perComponent[c] += Stopwatch.GetElapsedTime(t).TotalSeconds;
            }
        }

        var peak = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0);
        Console.WriteLine($"tokenization only : {Rate(baseSentences, baseTime),10:N0} sentences/s ({baseSentences} sentences in {baseTime.TotalSeconds:F2} s)");
        Console.WriteLine($"full pipeline     : {Rate(fullSentences, fullTime),10:N0} sentences/s ({fullSentences} sentences in {fullTime.TotalSeconds:F2} s, {events} events)");
        Console.WriteLine($"event coder alone : {Rate(coderSentences, coderClock.Elapsed),10:N0} sentences/s");
        Console.WriteLine($"full / baseline   : {fullTime.TotalSeconds / baseTime.TotalSeconds:F1}x the time of tokenization");
        Console.WriteLine($"peak working set  : {peak:F0} MiB");
        Console.WriteLine("one-thread time per stage:");
        Console.WriteLine($"  {"cleaner",-12} {cleaning,8:F2} s");
        for (var c = 0; c < perComponent.Length; c++)
            Console.WriteLine($"  {pipeline.Components[c].Name,-12} {perComponent[c],8:F2} s  {perComponent[c] / (perComponent.Sum() + cleaning),6:P0}");
        return 0;
    }

    private static double Rate(int sentences, TimeSpan time) => sentences / Math.Max(time.TotalSeconds, 1e-9);

    private static (int Sentences, TimeSpan Time) Measure(List<BenchArticle> articles, int threads, Func<BenchArticle, int> work)
    {
        var clock = Stopwatch.StartNew();
        var sentences = 0;
        Parallel.ForEach(articles, new ParallelOptions { MaxDegreeOfParallelism = threads }, a => Interlocked.Add(ref sentences, work(a)));
        clock.Stop();
        return (sentences, clock.Elapsed);
    }

    private sealed record BenchArticle(string Text, int Sentences);

    /// <summary>Raw sentence text from "# text = " lines, grouped into articles of one paragraph each.</summary>
    private static List<BenchArticle> LoadArticles(List<string> inputs, int perArticle)
    {
        var files = new List<string>();
        foreach (var input in inputs)
        {
            if (Directory.Exists(input)) files.AddRange(Directory.GetFiles(input, "*.conllu", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
            else if (File.Exists(input)) files.Add(input);
            else throw new FileNotFoundException($"No such file or folder: {input}");
        }
        var articles = new List<BenchArticle>();
        var buffer = new List<string>();
        foreach (var file in files)
        {
            foreach (var line in File.ReadLines(file))
            {
                if (!line.StartsWith("# text = ", StringComparison.Ordinal)) continue;
                buffer.Add(line[9..]);
                if (buffer.Count < perArticle) continue;
                articles.Add(new BenchArticle(string.Join(' ', buffer), buffer.Count));
                buffer.Clear();
            }
        }
        if (buffer.Count > 0) articles.Add(new BenchArticle(string.Join(' ', buffer), buffer.Count));
        return articles;
    }
}
