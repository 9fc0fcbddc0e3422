using System.Diagnostics;
using System.Text;
using Parley.Knowledge;
using Parley.Text;
using Parley.Time;

namespace Parley.Bench;

/// <summary>
/// Mention resolution and claim checking throughput on generated news-like sentences (written
/// for this benchmark), and office-holder lookups. Baselines in the same run: segmentation alone
/// (the step before), and a plain dictionary lookup per holder query.
/// Usage: kb [--sentences N]
/// </summary>
public sealed class KnowledgeBenchmark : IBenchmark
{
    public string Name => "kb";

    private static readonly string[] Templates =
    [
        "Iranian officials said on Monday that talks with Washington would not resume under pressure.",
        "President Masoud Pezeshkian told reporters in Tehran that Iran's leaders wanted guarantees.",
        "The IAEA said its inspectors had not been given access, and Rafael Grossi, who heads the IAEA, called for talks.",
        "Former President Donald Trump criticised the deal, while the White House declined to comment.",
        "Russian President Vladimir Putin met Iran's foreign minister in Moscow to discuss sanctions.",
        "Israeli troops entered the town as Hezbollah fired rockets, the Israeli military said.",
        "Sergey Lavrov, Russia's foreign minister, said the Kremlin was ready to mediate between the two sides.",
        "The Houthis attacked a ship in the Red Sea, and the U.S. responded with strikes on their positions.",
        "Chinese Foreign Minister Wang Yi urged restraint and said Beijing supported dialogue.",
        "Analysts noted that Iran's current president is not the man who signed the earlier agreement.",
    ];

    public int Run(string[] args)
    {
        var count = args.Length >= 2 && args[0] == "--sentences" ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20_000;
        var paths = ResourcePaths.Default;
        var clock = Stopwatch.StartNew();
        var kb = KnowledgeBase.Load(paths);
        var mentions = new MentionFinder(kb);
        var claims = new ClaimChecker(kb);
        mentions.Process(Document("warm-up: President Raisi met Iranian officials.")); // builds the name index
        Console.WriteLine($"load + index: {clock.Elapsed.TotalMilliseconds:0} ms ({kb.Tenures.Count} tenures, {kb.Entities.Count()} entities)");

        // Articles of 10 sentences each, so per-document costs count as they do in the pipeline.
        var articles = Enumerable.Range(0, count / Templates.Length).Select(i => string.Join('\n', Templates.Skip(i % 3).Concat(Templates.Take(i % 3)))).ToList();
        var segmenter = Segmenter.Load(paths);
        // Warm-up pass over a tenth of the corpus so every measured loop runs optimized (tier-1) code.
        foreach (var text in articles.Take(articles.Count / 10))
        {
            var doc = Document(text);
            segmenter.Process(doc);
            mentions.Process(doc);
            claims.Process(doc);
        }
        clock.Restart();
        foreach (var text in articles) segmenter.Process(Document(text));
        var baseline = clock.Elapsed.TotalSeconds;
        var sentences = articles.Count * Templates.Length;
        Console.WriteLine($"baseline segmentation only: {baseline:0.00} s, {sentences / baseline:0} sentences/s");

        clock.Restart();
        long found = 0, checkedClaims = 0;
        foreach (var text in articles)
        {
            var doc = Document(text);
            segmenter.Process(doc);
            mentions.Process(doc);
            claims.Process(doc);
            found += doc.Mentions.Count;
            checkedClaims += doc.Claims.Count;
        }
        var full = clock.Elapsed.TotalSeconds;
        Console.WriteLine($"segmentation + mentions + claims: {full:0.00} s, {sentences / full:0} sentences/s, {found} mentions, {checkedClaims} claims; ratio {full / baseline:0.0}x the baseline");

        // Split: mentions alone (claims read the mentions, so they cannot run alone).
        clock.Restart();
        foreach (var text in articles)
        {
            var doc = Document(text);
            segmenter.Process(doc);
            mentions.Process(doc);
        }
        Console.WriteLine($"segmentation + mentions: {clock.Elapsed.TotalSeconds:0.00} s");

        var offices = kb.Offices.ToList();
        var dates = Enumerable.Range(0, 64).Select(i => PartialDate.FromDate(new DateOnly(1990, 1, 1).AddDays(i * 197))).ToList();
        const int lookups = 1_000_000;
        var plain = offices.ToDictionary(o => o.Id, o => o);
        clock.Restart();
        var sink = 0;
        for (var i = 0; i < lookups; i++) sink += plain[offices[i % offices.Count].Id].Roles.Count;
        var dictionary = clock.Elapsed.TotalSeconds;
        clock.Restart();
        for (var i = 0; i < lookups; i++) sink += kb.HolderOn(offices[i % offices.Count], dates[i % dates.Count]).Tenures.Count;
        var holder = clock.Elapsed.TotalSeconds;
        Console.WriteLine($"HolderOn: {lookups / holder / 1e6:0.00} M lookups/s; baseline dictionary lookup {lookups / dictionary / 1e6:0.0} M/s; ratio {holder / dictionary:0.0}x ({sink % 7})");
        return 0;
    }

    private static Document Document(string text) => new(text, PartialDate.OfYear(2025));
}
