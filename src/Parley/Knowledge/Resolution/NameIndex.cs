using Parley.Knowledge.Data;
using Parley.Knowledge.Model;

namespace Parley.Knowledge.Resolution;

public enum NameKind { Country, Demonym, Metonym, Organization, Group, PersonFull, PersonSurname }

/// <summary>One thing a word sequence can name. <see cref="AllCaps"/> names ("US", "IAEA") match only upper-case text.</summary>
public sealed record NameEntry(NameKind Kind, Entity Entity, bool Ambiguous, bool AllCaps);

/// <summary>A sequence of words found in a trie: where it starts, how many words, and what it can be.</summary>
public readonly record struct TrieMatch<T>(int Start, int Length, IReadOnlyList<T> Values)
{
    public int End => Start + Length;
}

/// <summary>A trie over word keys (see <see cref="WordView.KeyOf"/>), matched longest first.</summary>
public sealed class WordTrie<T>
{
    private sealed class Node
    {
        public Dictionary<string, Node>? Children;
        public List<T>? Values;
    }

    private readonly Node _root = new();

    public void Add(IReadOnlyList<string> keys, T value)
    {
        if (keys.Count == 0) return;
        var node = _root;
        foreach (var key in keys)
        {
            node.Children ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!node.Children.TryGetValue(key, out var next)) node.Children[key] = next = new Node();
            node = next;
        }
        node.Values ??= [];
        if (!node.Values.Contains(value)) node.Values.Add(value);
    }

    /// <summary>
    /// The longest sequence starting at <paramref name="start"/> whose values pass the filter. A
    /// match never runs past a word followed by punctuation or carrying a possessive.
    /// </summary>
    public TrieMatch<T>? Longest(IReadOnlyList<Word> words, int start, Func<T, int, bool>? accept = null)
    {
        TrieMatch<T>? best = null;
        var node = _root;
        for (var i = start; i < words.Count; i++)
        {
            // "Kurdistan Workers' Party", "Lord's Resistance Army": a possessive inside a name is part of it.
            Node? next = null;
            var insideName = words[i].Possessive && node.Children is { } children
                && (children.TryGetValue(words[i].Key + "'s", out next) || (words[i].Key.EndsWith('s') && children.TryGetValue(words[i].Key + "'", out next)));
            if (!insideName && (node.Children is null || !node.Children.TryGetValue(words[i].Key, out next))) break;
            node = next!;
            if (node.Values is { Count: > 0 } values)
            {
                var length = i - start + 1;
                var kept = accept is null ? values : values.Where(v => accept(v, length)).ToList();
                if (kept.Count > 0) best = new TrieMatch<T>(start, length, kept);
            }
            if (words[i].BreakAfter || (words[i].Possessive && !insideName)) break;
        }
        return best;
    }
}

/// <summary>
/// Everything the resolver looks names up in, built once per knowledge base: entity names, office
/// titles, role nouns and the ambiguity word lists of data/kb.
/// </summary>
public sealed class NameIndex
{
    public WordTrie<NameEntry> Names { get; } = new();
    public WordTrie<Office> Titles { get; } = new();
    public WordTrie<string> RoleNouns { get; } = new();
    /// <summary>Titles many people hold ("Judge", "Gen."), with the CAMEO role they give an unknown name after them.</summary>
    public WordTrie<string> GenericTitles { get; } = new();
    public WordTrie<string> Honorifics { get; } = new();
    public IReadOnlySet<string> FormerWords { get; }
    public IReadOnlySet<string> FirstNameCountries { get; }
    public IReadOnlySet<string> UsStates { get; }
    public IReadOnlySet<string> CommonWords { get; }
    /// <summary>Repairs typing slips in name words ("Ethopia", "Mitterand").</summary>
    public NameSpelling Spelling { get; } = new();
    /// <summary>Offices by owner id, for "Iran's president" and "the IAEA's director general".</summary>
    public KnowledgeBase Kb { get; }

    private readonly Dictionary<string, string[]> _surnames = new(StringComparer.Ordinal);

    /// <summary>The surname keys of a person (from the name and every alias), for "Raisi" after "Ebrahim Raisi".</summary>
    public IReadOnlyList<string> SurnamesOf(string personId) => _surnames.GetValueOrDefault(personId) ?? [];

    private static readonly HashSet<string> NotSurnames = new(StringComparer.Ordinal) { "ii", "iii", "iv", "vi", "vii", "jr", "sr" };

    /// <summary>A last word that can stand alone for a person: long enough not to be "In" or "I", not a numeral.</summary>
    private static bool UsableSurname(string key) => key.Length >= 3 && !NotSurnames.Contains(key);

    /// <summary>Reads a table of words and the CAMEO role each gives (role-nouns.tsv, generic-titles.tsv), when the file exists.</summary>
    private static void AddRoles(WordTrie<string> trie, string path, string wordColumn)
    {
        if (!File.Exists(path)) return;
        foreach (var row in TsvTable.Read(path, wordColumn, "role").Rows) trie.Add(WordView.Keys(row[wordColumn]), row["role"]);
    }

    public NameIndex(KnowledgeBase kb, string? kbDirectory)
    {
        Kb = kb;
        var former = new HashSet<string>(StringComparer.Ordinal);
        var firstNames = new HashSet<string>(StringComparer.Ordinal);
        var states = new HashSet<string>(StringComparer.Ordinal);
        var common = new HashSet<string>(StringComparer.Ordinal);
        if (kbDirectory != null)
        {
            AddRoles(RoleNouns, Path.Combine(kbDirectory, "role-nouns.tsv"), "noun");
            AddRoles(GenericTitles, Path.Combine(kbDirectory, "generic-titles.tsv"), "title");
            var ambiguity = Path.Combine(kbDirectory, "name-ambiguity.tsv");
            if (File.Exists(ambiguity))
            {
                foreach (var row in TsvTable.Read(ambiguity, "word", "kind").Rows)
                {
                    var key = WordView.KeyOf(row["word"]);
                    switch (row["kind"])
                    {
                        case "first_name": firstNames.Add(key); break;
                        case "us_state": states.Add(key); break;
                        case "common_word": common.Add(key); break;
                        case "former": former.Add(key); break;
                        case "honorific": Honorifics.Add(WordView.Keys(row["word"]), key); break;
                    }
                }
            }
        }
        FormerWords = former;
        FirstNameCountries = firstNames;
        UsStates = states;
        CommonWords = common;
        foreach (var entity in kb.Entities) AddEntity(entity);
        foreach (var office in kb.Offices)
        {
            foreach (var title in office.Titles.Concat(office.Aliases).Append(office.Name))
            {
                var keys = WordView.Keys(StripThe(title));
                Titles.Add(keys, office);
                Spelling.AddTitle(keys);
            }
        }
    }

    private void AddEntity(Entity e)
    {
        switch (e.Kind)
        {
            case EntityKind.Country:
                foreach (var name in e.Aliases.Prepend(e.Name)) AddName(name, NameKind.Country, e, false);
                foreach (var demonym in e.Demonyms) AddName(demonym, NameKind.Demonym, e, false);
                foreach (var m in e.Metonyms) AddName(m.Text, NameKind.Metonym, e, m.Ambiguous);
                break;
            case EntityKind.Organization:
                foreach (var name in e.Aliases.Prepend(e.Name)) AddName(name, NameKind.Organization, e, false);
                if (e.Acronym != null) AddName(e.Acronym, NameKind.Organization, e, false);
                foreach (var m in e.Metonyms) AddName(m.Text, NameKind.Metonym, e, m.Ambiguous);
                break;
            case EntityKind.Group:
                foreach (var name in e.Aliases.Prepend(e.Name)) AddName(name, NameKind.Group, e, false);
                break;
            case EntityKind.Person:
                foreach (var name in e.Aliases.Prepend(e.Name))
                {
                    AddName(name, NameKind.PersonFull, e, false);
                    Spelling.AddPersonName(e.Id, WordView.Keys(StripThe(name)));
                }
                // Surnames written in the data (family name first: "Xi" for Xi Jinping) replace the
                // last-word rule; they are trusted even when short.
                // A written surname may have several words ("Suu Kyi", "Le Pen"); its key joins their keys with spaces.
                var surnames = e.Surnames.Count > 0
                    ? e.Surnames.Select(WordView.Keys).Where(k => k.Count > 0)
                    : e.Aliases.Prepend(e.Name).Select(WordView.Keys).Where(k => k.Count >= 2 && UsableSurname(k[^1])).Select(k => (IReadOnlyList<string>)[k[^1]]);
                var distinct = surnames.DistinctBy(k => string.Join(' ', k)).ToList();
                _surnames[e.Id] = distinct.Select(k => string.Join(' ', k)).ToArray();
                foreach (var keys in distinct) Names.Add(keys, new NameEntry(NameKind.PersonSurname, e, false, false));
                break;
        }
    }

    private void AddName(string name, NameKind kind, Entity e, bool ambiguous)
    {
        var text = StripThe(name);
        var letters = text.Where(char.IsLetter).ToList();
        var allCaps = letters.Count is > 0 and <= 8 && letters.All(char.IsUpper);
        var keys = WordView.Keys(text);
        Names.Add(keys, new NameEntry(kind, e, ambiguous, allCaps));
        if (!allCaps && kind != NameKind.PersonFull) Spelling.AddStandaloneName(keys);
    }

    private static string StripThe(string name) =>
        name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? name[4..] : name;

    /// <summary>True when the words at [start, start+length) look right for the entry: capitalized, or all caps for acronyms.</summary>
    public static bool CaseFits(IReadOnlyList<Word> words, int start, int length, NameEntry entry)
    {
        if (entry.AllCaps)
        {
            for (var i = start; i < start + length; i++) if (!words[i].IsAllCaps) return false;
            return true;
        }
        // A name starts with a capital; a lower-case demonym or name ("iranian") is not trusted.
        // A lower-case Arabic article may come first ("al-Qaeda", "al Thani").
        if (!words[start].IsCapitalized
            && !(length > 1 && WordView.IsArabicArticle(words[start].Text) && words[start + 1].IsCapitalized)) return false;
        // A sentence in capitals (a shouted headline) would turn "US" into a name; a long all-caps run is not a name.
        return true;
    }
}
