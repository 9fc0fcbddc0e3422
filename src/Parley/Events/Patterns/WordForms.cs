using System.Collections.Frozen;
using Parley.Events.Ontology;

namespace Parley.Events.Patterns;

/// <summary>
/// Maps inflected word forms back to the lemmas the patterns are written in, for documents no
/// lemmatizer has annotated. Built once from the pattern vocabulary: regular English inflection
/// plus the irregular forms listed in data/events/inflections.tsv.
/// </summary>
public sealed class WordForms
{
    private readonly FrozenDictionary<string, string> _lemmaOfForm;

    private WordForms(FrozenDictionary<string, string> lemmaOfForm) => _lemmaOfForm = lemmaOfForm;

    public int Count => _lemmaOfForm.Count;

    /// <summary>The lemma of a lower-cased form, or the form itself when it is unknown.</summary>
    public string LemmaOf(string lowerForm) => _lemmaOfForm.TryGetValue(lowerForm, out var l) ? l : lowerForm;

    public bool IsKnownForm(string lowerForm) => _lemmaOfForm.ContainsKey(lowerForm);

    public static WordForms Build(IEnumerable<string> lemmas, string irregularPath)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        var irregular = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (line, cells) in TsvFile.Rows(irregularPath))
        {
            if (cells.Length < 2) throw TsvFile.Error(irregularPath, line, "expected 2 columns: lemma, forms");
            irregular[cells[0]] = cells[1].Split(',');
        }
        // Every lemma maps to itself, unless it is also an inflected form of another lemma
        // ("meeting" -> "meet"): patterns match the surface form too, so "meeting" still matches.
        var all = new HashSet<string>(lemmas, StringComparer.Ordinal);
        foreach (var lemma in irregular.Keys) all.Add(lemma);
        foreach (var lemma in all) map[lemma] = lemma;
        foreach (var (lemma, forms) in irregular)
            foreach (var form in forms) Derive(map, form, lemma);
        foreach (var lemma in all)
            foreach (var form in RegularForms(lemma)) Derive(map, form, lemma);
        return new WordForms(map.ToFrozenDictionary(StringComparer.Ordinal));
    }

    private static void Derive(Dictionary<string, string> map, string form, string lemma)
    {
        if (form == lemma) return;
        if (!map.TryGetValue(form, out var existing) || existing == form) map[form] = lemma;
    }

    /// <summary>Regular plural / third person, past and gerund forms of a lemma.</summary>
    public static IEnumerable<string> RegularForms(string lemma)
    {
        if (lemma.Length < 2 || !char.IsAsciiLetterLower(lemma[^1])) yield break;
        var last = lemma[^1];
        var beforeLast = lemma[^2];
        if (last == 'y' && !IsVowel(beforeLast))
        {
            var stem = lemma[..^1];
            yield return stem + "ies";
            yield return stem + "ied";
            yield return lemma + "ing";
            yield break;
        }
        if (last == 'e')
        {
            yield return lemma + "s";
            yield return lemma + "d";
            yield return lemma[..^1] + "ing";
            yield break;
        }
        if (last is 's' or 'x' or 'z' || lemma.EndsWith("ch", StringComparison.Ordinal) || lemma.EndsWith("sh", StringComparison.Ordinal))
            yield return lemma + "es";
        else
            yield return lemma + "s";
        yield return lemma + "ed";
        yield return lemma + "ing";
        // Short verbs ending consonant-vowel-consonant double the final consonant: stop -> stopped.
        if (lemma.Length >= 3 && !IsVowel(last) && last is not ('w' or 'x' or 'y') && IsVowel(beforeLast) && !IsVowel(lemma[^3]))
        {
            yield return lemma + last + "ed";
            yield return lemma + last + "ing";
        }
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
