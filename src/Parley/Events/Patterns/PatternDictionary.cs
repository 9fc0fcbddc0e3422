using System.Collections.Frozen;
using Parley.Events.Ontology;

namespace Parley.Events.Patterns;

/// <summary>
/// Every pattern from data/events/patterns/*.pat, indexed by the lemmas of its anchor word so
/// the coder only tries the patterns whose anchor occurs in a sentence. Immutable once loaded.
/// </summary>
public sealed class PatternDictionary
{
    private readonly FrozenDictionary<string, EventPattern[]> _byAnchor;

    private PatternDictionary(IReadOnlyList<EventPattern> all, FrozenDictionary<string, EventPattern[]> byAnchor, WordForms forms)
    {
        All = all;
        _byAnchor = byAnchor;
        Forms = forms;
    }

    public IReadOnlyList<EventPattern> All { get; }
    public WordForms Forms { get; }

    /// <summary>Patterns whose anchor accepts this lemma, most specific first.</summary>
    public ReadOnlySpan<EventPattern> ForAnchor(string lemma) =>
        _byAnchor.TryGetValue(lemma, out var list) ? list : ReadOnlySpan<EventPattern>.Empty;

    public static PatternDictionary Load(string folder, string inflectionsPath, CameoOntology ontology, IEnumerable<string>? extraVocabulary = null)
    {
        if (!Directory.Exists(folder)) throw new DirectoryNotFoundException($"Pattern folder missing: {folder}");
        var patterns = new List<EventPattern>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in Directory.GetFiles(folder, "*.pat").OrderBy(p => p, StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            var lineNumber = 0;
            foreach (var raw in File.ReadLines(path))
            {
                lineNumber++;
                var line = raw.Trim();
                if (line.Length == 0 || line[0] == '#') continue;
                var pattern = PatternParser.Parse(line, name, lineNumber);
                if (!ontology.TryGet(pattern.Code, out _))
                    throw new FormatException($"{name}:{lineNumber}: unknown CAMEO code {pattern.Code}");
                if (!ids.Add(pattern.Id)) throw new FormatException($"{name}:{lineNumber}: pattern id {pattern.Id} is used twice");
                patterns.Add(pattern);
            }
        }
        return FromPatterns(patterns, inflectionsPath, extraVocabulary);
    }

    public static PatternDictionary FromPatterns(IReadOnlyList<EventPattern> patterns, string inflectionsPath, IEnumerable<string>? extraVocabulary = null)
    {
        var index = new Dictionary<string, List<EventPattern>>(StringComparer.Ordinal);
        var vocabulary = new HashSet<string>(extraVocabulary ?? [], StringComparer.Ordinal);
        foreach (var p in patterns)
        {
            foreach (var e in p.Elements)
                if (e.Kind == ElementKind.Word) vocabulary.UnionWith(e.Lemmas);
            foreach (var lemma in p.Elements[p.AnchorIndex].Lemmas)
            {
                if (!index.TryGetValue(lemma, out var list)) index[lemma] = list = new List<EventPattern>();
                list.Add(p);
            }
        }
        var frozen = index.ToFrozenDictionary(
            kv => kv.Key,
            kv => kv.Value.OrderByDescending(p => p.WordCount).ThenByDescending(p => p.Elements.Count).ToArray(),
            StringComparer.Ordinal);
        return new PatternDictionary(patterns, frozen, WordForms.Build(vocabulary, inflectionsPath));
    }
}
