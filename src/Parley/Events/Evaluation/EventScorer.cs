using Parley.Events.Ontology;

namespace Parley.Events.Evaluation;

/// <summary>A ratio with its counts.</summary>
public sealed record Ratio(int Hits, int Total)
{
    public double? Value => Total == 0 ? null : (double)Hits / Total;
    public override string ToString() => Value is { } v ? $"{v:P1} ({Hits}/{Total})" : "n/a";
}

/// <summary>Precision, recall and F1 over event triples counted as multisets.</summary>
public sealed record TripleScore(int TruePositives, int Predicted, int Expected)
{
    public double Precision => Predicted == 0 ? 0 : (double)TruePositives / Predicted;
    public double Recall => Expected == 0 ? 0 : (double)TruePositives / Expected;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>One record where coder and gold disagree, for --explain.</summary>
public sealed record Disagreement(string Id, string Text, IReadOnlyList<string> Expected, IReadOnlyList<string> Coded);

/// <summary>Every score of one gold file.</summary>
public sealed class EvaluationReport
{
    public required string GoldFile { get; init; }
    public int Records { get; init; }
    public int GoldEvents { get; init; }
    public int CodedEvents { get; init; }
    public required Ratio Root { get; init; }
    public required Ratio Cameo3 { get; init; }
    public required Ratio Cameo4 { get; init; }
    public required Ratio PloverType { get; init; }
    public required Ratio SourceCode { get; init; }
    public required Ratio SourceCountry { get; init; }
    public required Ratio SourceCountryWhenTypeRight { get; init; }
    public required Ratio TargetCode { get; init; }
    public required Ratio TargetCountry { get; init; }
    public required TripleScore RootTriples { get; init; }
    public required TripleScore PloverTriples { get; init; }
    public required TripleScore ExactTriples { get; init; }
    public required Ratio NoEventPrecision { get; init; }
    public required IReadOnlyList<Disagreement> Disagreements { get; init; }
}

/// <summary>
/// Scores coded events against gold events. Each gold event is aligned to the best unused coded
/// event of its record (same root or type first, then matching actors); accuracies count an
/// unaligned gold event as wrong. Triples (source country, target country, root or PLOVER type)
/// are compared as multisets per record.
/// </summary>
public sealed class EventScorer(CameoOntology ontology)
{
    private readonly List<(GoldRecord Gold, IReadOnlyList<CodedEvent> Coded)> _records = new();

    public void Add(GoldRecord gold, IReadOnlyList<CodedEvent> coded) => _records.Add((gold, coded));

    public EvaluationReport Report(string goldFile)
    {
        int root = 0, rootN = 0, c3 = 0, c3N = 0, c4 = 0, c4N = 0, plover = 0, ploverN = 0;
        int src = 0, srcN = 0, srcC = 0, srcCT = 0, srcCTN = 0, tgt = 0, tgtN = 0, tgtC = 0;
        int noEventRight = 0, noEventN = 0, goldEvents = 0, codedEvents = 0;
        int rootTp = 0, rootPred = 0, rootExp = 0, plTp = 0, plPred = 0, plExp = 0, exTp = 0, exPred = 0, exExp = 0;
        var disagreements = new List<Disagreement>();

        foreach (var (gold, coded) in _records)
        {
            if (!gold.Evaluate) continue;
            codedEvents += coded.Count;
            if (gold.Events.Count == 0)
            {
                if (gold.ExpectNoEvents)
                {
                    noEventN++;
                    if (coded.Count == 0) noEventRight++;
                    else disagreements.Add(Explain(gold, coded));
                }
                continue;
            }
            var golds = gold.Events.Where(g => IsScorable(g.Code)).ToList();
            goldEvents += golds.Count;
            var used = new bool[coded.Count];
            var anyWrong = false;
            foreach (var g in golds)
            {
                var isCameo = char.IsAsciiDigit(g.Code[0]);
                var goldPlover = GoldPlover(g.Code);
                var best = -1;
                var bestScore = -1;
                for (var i = 0; i < coded.Count; i++)
                {
                    if (used[i]) continue;
                    var e = coded[i];
                    var score = 0;
                    if (isCameo && e.Root == g.Code[..2]) score += 8;
                    if (goldPlover is not null && e.Plover == goldPlover) score += 4;
                    if (Country(e.Source?.Code) is { } sc && sc == Country(g.Source)) score += 2;
                    if (Country(e.Target?.Code) is { } tc && tc == Country(g.Target)) score += 1;
                    if (score > bestScore) { bestScore = score; best = i; }
                }
                var match = best >= 0 ? coded[best] : null;
                if (best >= 0) used[best] = true;

                var typeRight = false;
                if (isCameo)
                {
                    rootN++;
                    if (match?.Root == g.Code[..2]) root++; else anyWrong = true;
                    if (g.Code.Length >= 3) { c3N++; if (match is not null && match.Cameo.Length >= 3 && match.Cameo[..3] == g.Code[..3]) c3++; }
                    if (g.Code.Length == 4) { c4N++; if (match?.Cameo == g.Code) c4++; }
                    typeRight = match?.Root == g.Code[..2];
                }
                if (goldPlover is not null)
                {
                    ploverN++;
                    if (match?.Plover == goldPlover) { plover++; if (!isCameo) typeRight = true; }
                    else if (!isCameo) anyWrong = true;
                }
                if (g.Source is not null)
                {
                    srcN++;
                    if (match?.Source?.Code == g.Source) src++;
                    var countryRight = match is not null && Country(match.Source?.Code) == Country(g.Source);
                    if (countryRight) srcC++; else anyWrong = true;
                    if (typeRight) { srcCTN++; if (countryRight) srcCT++; }
                }
                if (g.Target is not null)
                {
                    tgtN++;
                    if (match?.Target?.Code == g.Target) tgt++;
                    if (match is not null && Country(match.Target?.Code) == Country(g.Target)) tgtC++;
                }
            }
            if (coded.Count > golds.Count) anyWrong = true;

            // Triples compare actors: a gold set that names none (event codes only) has no triples to score.
            var namesActors = golds.Exists(g => g.Source is not null || g.Target is not null);
            var goldRoots = namesActors ? golds.Where(g => char.IsAsciiDigit(g.Code[0])).Select(g => Triple(g.Source, g.Target, g.Code[..2])).ToList() : [];
            if (goldRoots.Count > 0)
            {
                var codedRoots = coded.Select(e => Triple(e.Source?.Code, e.Target?.Code, e.Root)).ToList();
                rootTp += MultisetOverlap(goldRoots, codedRoots); rootPred += codedRoots.Count; rootExp += goldRoots.Count;
                var goldExact = golds.Where(g => char.IsAsciiDigit(g.Code[0])).Select(g => $"{g.Source ?? "-"}|{g.Target ?? "-"}|{g.Code}").ToList();
                var codedExact = coded.Select(e => $"{e.Source?.Code ?? "-"}|{e.Target?.Code ?? "-"}|{e.Cameo}").ToList();
                exTp += MultisetOverlap(goldExact, codedExact); exPred += codedExact.Count; exExp += goldExact.Count;
            }
            var goldTypes = namesActors ? golds.Select(g => (g, p: GoldPlover(g.Code))).Where(x => x.p is not null).Select(x => Triple(x.g.Source, x.g.Target, x.p!)).ToList() : [];
            if (goldTypes.Count > 0)
            {
                var codedTypes = coded.Where(e => e.Plover.Length > 0).Select(e => Triple(e.Source?.Code, e.Target?.Code, e.Plover)).ToList();
                plTp += MultisetOverlap(goldTypes, codedTypes); plPred += codedTypes.Count; plExp += goldTypes.Count;
            }
            if (anyWrong) disagreements.Add(Explain(gold, coded));
        }

        return new EvaluationReport
        {
            GoldFile = goldFile,
            Records = _records.Count,
            GoldEvents = goldEvents,
            CodedEvents = codedEvents,
            Root = new(root, rootN), Cameo3 = new(c3, c3N), Cameo4 = new(c4, c4N), PloverType = new(plover, ploverN),
            SourceCode = new(src, srcN), SourceCountry = new(srcC, srcN), SourceCountryWhenTypeRight = new(srcCT, srcCTN),
            TargetCode = new(tgt, tgtN), TargetCountry = new(tgtC, tgtN),
            RootTriples = new(rootTp, rootPred, rootExp), PloverTriples = new(plTp, plPred, plExp), ExactTriples = new(exTp, exPred, exExp),
            NoEventPrecision = new(noEventRight, noEventN),
            Disagreements = disagreements,
        };
    }

    private bool IsScorable(string code) =>
        char.IsAsciiDigit(code[0]) ? ontology.TryGet(code, out _) : ontology.NormalizePlover(code) is not null;

    /// <summary>The PLOVER type of a gold code: a PLOVER name (older names mapped), or a CAMEO code's type.</summary>
    private string? GoldPlover(string code)
    {
        if (!char.IsAsciiDigit(code[0])) return ontology.NormalizePlover(code);
        return ontology.TryGet(code, out var c) && c.Plover.Length > 0 ? c.Plover : null;
    }

    /// <summary>The country part of an actor code: its first three letters ("IRNGOV" -> "IRN", "---REB" -> "---").</summary>
    public static string? Country(string? code) =>
        code is { Length: >= 3 } ? LegacyCountries.GetValueOrDefault(code[..3], code[..3]) : null;

    /// <summary>
    /// Non-ISO country codes, read as the ISO codes they mean: those of the older gold files ("JAP",
    /// "ITL", "VTN") and CAMEO's own codes for Timor-Leste and Kosovo ("TMP", "KSV"), which the
    /// knowledge base writes in actor codes while newer gold files use ISO.
    /// </summary>
    private static readonly Dictionary<string, string> LegacyCountries = new(StringComparer.Ordinal)
    {
        ["JAP"] = "JPN", ["ITL"] = "ITA", ["VTN"] = "VNM", ["TMP"] = "TLS", ["KSV"] = "XKX",
    };

    /// <summary>
    /// A triple key. In a triple "---" (an actor of unknown country) and no actor both say that the
    /// country is unknown, so they compare equal; the code accuracies keep them apart.
    /// </summary>
    private static string Triple(string? source, string? target, string type) =>
        $"{KnownCountry(source)}|{KnownCountry(target)}|{type}";

    private static string KnownCountry(string? code) => Country(code) is { } c && c != "---" ? c : "-";

    private static int MultisetOverlap(List<string> a, List<string> b)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var x in a) counts[x] = counts.GetValueOrDefault(x) + 1;
        var overlap = 0;
        foreach (var y in b)
        {
            if (counts.TryGetValue(y, out var n) && n > 0) { overlap++; counts[y] = n - 1; }
        }
        return overlap;
    }

    private static Disagreement Explain(GoldRecord gold, IReadOnlyList<CodedEvent> coded) => new(
        gold.Id, gold.Text,
        gold.Events.Select(g => $"{g.Source ?? "-"} -> {g.Target ?? "-"} {g.Code}").ToList(),
        coded.Select(e => $"{e.Source?.Code ?? "-"} -> {e.Target?.Code ?? "-"} {e.Cameo} {e.Plover} [{e.Modality.ToString().ToLowerInvariant()}] rule {e.Rule} \"{e.Trigger.Of(gold.Text)}\"").ToList());
}
