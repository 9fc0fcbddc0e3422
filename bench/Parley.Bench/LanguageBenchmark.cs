using System.Diagnostics;
using Parley.Language;
using Parley.Text;

namespace Parley.Bench;

/// <summary>
/// Language core throughput on one core (the process is pinned to one CPU): tagging alone, and
/// tagging + lemmatizing + parsing + labeling, on the gold-tokenized sentences of a CoNLL-U file,
/// each repeated for at least --seconds. Baseline in the same run: segmenting (tokenizing and
/// sentence-splitting) the same sentences' raw text. Also model load time and managed memory.
/// Usage: language [--conllu FILE] [--seconds S]   (default FILE: UD English EWT test in ../shared)
/// </summary>
public sealed class LanguageBenchmark : IBenchmark
{
    public string Name => "language";

    public int Run(string[] args)
    {
        var paths = ResourcePaths.Default;
        var conllu = Option(args, "--conllu") ?? Path.GetFullPath(Path.Combine(paths.DataDir, "..", "..", "shared", "data", "treebanks", "ud-english-ewt", "en_ewt-ud-test.conllu"));
        var seconds = double.Parse(Option(args, "--seconds") ?? "3", System.Globalization.CultureInfo.InvariantCulture);
        if (!File.Exists(conllu)) { Console.Error.WriteLine($"language: {conllu}: no such file (give --conllu FILE)"); return 1; }
        var modelPath = LanguageModels.PathIn(paths);
        if (!File.Exists(modelPath)) { Console.Error.WriteLine($"language: {modelPath}: no trained model (run `parley nlp train`)"); return 1; }
        if (OperatingSystem.IsLinux() || OperatingSystem.IsWindows()) Process.GetCurrentProcess().ProcessorAffinity = 1;

        var sentences = Conllu.ReadFile(conllu);
        var words = sentences.Select(s => s.Words.Select(w => w.Form).ToArray()).ToList();
        var text = string.Join('\n', sentences.Select(s => s.Text ?? string.Join(' ', s.Words.Select(w => w.Form))));
        var wordCount = words.Sum(w => w.Length);
        Console.WriteLine($"input: {Path.GetFileName(conllu)}, {sentences.Count:N0} sentences, {wordCount:N0} words; 1 core pinned");

        GC.Collect(); GC.WaitForPendingFinalizers(); GC.Collect();
        var before = GC.GetTotalMemory(true);
        var clock = Stopwatch.StartNew();
        LanguageModels models = null!;
        var loadCpu = CpuSeconds(() => models = LanguageModels.Load(modelPath));
        var loadSeconds = clock.Elapsed.TotalSeconds;
        var modelBytes = GC.GetTotalMemory(true) - before;
        Console.WriteLine($"model load: {loadCpu * 1000:0} ms CPU ({loadSeconds * 1000:0} ms wall); file {new FileInfo(modelPath).Length / 1e6:0.0} MB; managed memory held by models {modelBytes / 1e6:0.0} MB");
        Console.WriteLine($"features: tagger {models.Tagger.Weights.FeatureCount:N0}, parser {models.Parser.Weights.FeatureCount:N0} + {models.Parser.LabelWeights.FeatureCount:N0} arc labels");

        var segmenter = new Segmenter();
        var tokenRate = Measure(seconds, () =>
        {
            var document = new Document(text);
            segmenter.Process(document);
            return document.Tokens.Count;
        });
        var tagRate = Measure(seconds, () =>
        {
            var n = 0;
            foreach (var sentence in words) n += models.Tagger.Tag(sentence).Length;
            return n;
        });
        var fullRate = Measure(seconds, () =>
        {
            var n = 0;
            foreach (var sentence in words) n += models.Analyze(sentence).Heads.Length;
            return n;
        });
        // Parsing alone = full analysis time minus tagging time, per token.
        var parseRate = 1 / (1 / fullRate - 1 / tagRate);
        Console.WriteLine($"baseline segmentation (tokenize + split): {tokenRate:N0} tokens/s");
        Console.WriteLine($"tagging (UPOS+XPOS):                      {tagRate:N0} tokens/s  ({tokenRate / tagRate:0.0}x baseline time)");
        Console.WriteLine($"tag + lemma + parse + label:              {fullRate:N0} tokens/s  ({tokenRate / fullRate:0.0}x baseline time)");
        Console.WriteLine($"parse + label alone (derived):            {parseRate:N0} tokens/s");
        Console.WriteLine($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:0} MB");
        return 0;
    }

    /// <summary>
    /// Runs the work once to warm up, then repeatedly for at least the given CPU time; returns items per
    /// CPU second of this process (on a shared machine wall time also counts other processes' turns).
    /// </summary>
    private static double Measure(double seconds, Func<int> work)
    {
        work();
        long items = 0;
        var process = Process.GetCurrentProcess();
        var start = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        TimeSpan used;
        do
        {
            items += work();
            process.Refresh();
            used = process.TotalProcessorTime - start;
        } while (used.TotalSeconds < seconds);
        Console.WriteLine($"  ({items:N0} items, {used.TotalSeconds:0.0} s CPU, {clock.Elapsed.TotalSeconds:0.0} s wall)");
        return items / used.TotalSeconds;
    }

    private static double CpuSeconds(Action action)
    {
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var start = process.TotalProcessorTime;
        action();
        process.Refresh();
        return (process.TotalProcessorTime - start).TotalSeconds;
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
