using System.Collections.Frozen;
using Parley.Events.Ontology;

namespace Parley.Events.Cues;

public enum CueKind { Negation, Refusal, Intention, Demand, Appeal, Threat, Hypothetical, Condition, Report, Permission, Cessation }

/// <summary>A modality cue: a short lemma sequence of one kind ("refuse to").</summary>
public sealed record ModalityCue(CueKind Kind, string[] Lemmas);

/// <summary>
/// The modality cues (data/events/cues.tsv) indexed by their last lemma, so a cue ending just
/// before a trigger is found with one lookup per token, and the code transforms
/// (data/events/transforms.tsv) that turn a governed event into a rejection, intent, demand,
/// appeal or threat.
/// </summary>
public sealed class ModalityLexicon
{
    private readonly FrozenDictionary<string, ModalityCue[]> _byLastLemma;
    private readonly FrozenDictionary<(CueKind, string), string> _transforms;
    private readonly FrozenSet<string> _reportingVerbs;

    private ModalityLexicon(FrozenDictionary<string, ModalityCue[]> byLastLemma, FrozenDictionary<(CueKind, string), string> transforms)
    {
        _byLastLemma = byLastLemma;
        _transforms = transforms;
        _reportingVerbs = byLastLemma.Values.SelectMany(c => c).Where(c => c.Kind == CueKind.Report && c.Lemmas.Length == 1)
            .Select(c => c.Lemmas[0]).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>True for a one-word reporting cue ("say", "tell", "announce").</summary>
    public bool IsReportingVerb(string lemma) => _reportingVerbs.Contains(lemma);

    public IEnumerable<string> Vocabulary => _byLastLemma.Values.SelectMany(c => c).SelectMany(c => c.Lemmas);

    /// <summary>Cues whose last lemma is <paramref name="lemma"/>, longest first.</summary>
    public ReadOnlySpan<ModalityCue> EndingWith(string lemma) =>
        _byLastLemma.TryGetValue(lemma, out var cues) ? cues : ReadOnlySpan<ModalityCue>.Empty;

    /// <summary>
    /// The code an event with <paramref name="code"/> becomes under a cue of <paramref name="kind"/>
    /// (longest prefix rule), or null when the table has no row for it.
    /// </summary>
    public string? Transform(CueKind kind, string code)
    {
        for (var length = code.Length; length >= 2; length--)
        {
            if (_transforms.TryGetValue((kind, code[..length]), out var to)) return to;
        }
        return null;
    }

    public static ModalityLexicon Load(string cuesPath, string transformsPath)
    {
        var byLast = new Dictionary<string, List<ModalityCue>>(StringComparer.Ordinal);
        foreach (var (line, cells) in TsvFile.Rows(cuesPath))
        {
            if (cells.Length < 2) throw TsvFile.Error(cuesPath, line, "expected 2 columns: kind, cue");
            var kind = ParseKind(cells[0]) ?? throw TsvFile.Error(cuesPath, line, $"unknown cue kind '{cells[0]}'");
            var lemmas = cells[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (lemmas.Length == 0) throw TsvFile.Error(cuesPath, line, "empty cue");
            if (!byLast.TryGetValue(lemmas[^1], out var list)) byLast[lemmas[^1]] = list = new List<ModalityCue>();
            list.Add(new ModalityCue(kind, lemmas));
        }
        var transforms = new Dictionary<(CueKind, string), string>();
        foreach (var (line, cells) in TsvFile.Rows(transformsPath))
        {
            if (cells.Length < 3) throw TsvFile.Error(transformsPath, line, "expected 3 columns: kind, from, to");
            var kind = ParseKind(cells[0]) ?? throw TsvFile.Error(transformsPath, line, $"unknown cue kind '{cells[0]}'");
            transforms[(kind, cells[1])] = cells[2];
        }
        return new ModalityLexicon(
            byLast.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.OrderByDescending(c => c.Lemmas.Length).ToArray(), StringComparer.Ordinal),
            transforms.ToFrozenDictionary());
    }

    private static CueKind? ParseKind(string text) => text switch
    {
        "negation" => CueKind.Negation,
        "refusal" => CueKind.Refusal,
        "intention" => CueKind.Intention,
        "demand" => CueKind.Demand,
        "appeal" => CueKind.Appeal,
        "threat" => CueKind.Threat,
        "hypothetical" => CueKind.Hypothetical,
        "condition" => CueKind.Condition,
        "permission" => CueKind.Permission,
        "cessation" => CueKind.Cessation,
        "report" => CueKind.Report,
        _ => null,
    };
}
