namespace Parley.Knowledge.Resolution;

/// <summary>
/// Reads misspelt names as the names they were meant to be ("Ethopia", "Quatar", "Mitterand",
/// "Bouteflicka"). News copy is full of such slips, and a name that fails to match loses its
/// actor. Only typing slips are repaired: one letter left out, doubled or added, or two neighbours
/// swapped, never at the first letter and (except a swap) not at the last, and a changed letter
/// only inside long words — so "Roland" never becomes Poland, "Angela" never Angola and "Franco"
/// or "Frances" never France. A repair must be unique, and a name word of a person is repaired
/// only right after a title or another word of the same person's name ("President Bouteflicka",
/// "Francois Mitterand"), where a stray surname-like word cannot arise by chance.
/// </summary>
public sealed class NameSpelling
{
    /// <summary>Shortest word (in letters) that is repaired at all.</summary>
    public const int MinLength = 5;
    /// <summary>Shortest word in which a changed letter (not one added or dropped) is repaired.</summary>
    public const int MinLengthForChangedLetter = 8;

    private sealed class NameWord
    {
        /// <summary>The word is a whole name by itself (a country, demonym, capital or organization).</summary>
        public bool Standalone;
        public HashSet<string>? People;
    }

    private readonly Dictionary<string, NameWord> _words = new(StringComparer.Ordinal);
    /// <summary>Each name word under itself and every form with one letter dropped.</summary>
    private readonly Dictionary<string, List<string>> _byDeletion = new(StringComparer.Ordinal);
    private readonly HashSet<string> _titleEnds = new(StringComparer.Ordinal);

    public void AddStandaloneName(IReadOnlyList<string> keys)
    {
        if (keys.Count == 1) Entry(keys[0]).Standalone = true;
    }

    public void AddPersonName(string personId, IReadOnlyList<string> keys)
    {
        foreach (var key in keys) (Entry(key).People ??= new HashSet<string>(StringComparer.Ordinal)).Add(personId);
    }

    /// <summary>The last word of a title ("minister" of "Prime Minister"), after which a surname may be repaired.</summary>
    public void AddTitle(IReadOnlyList<string> keys)
    {
        if (keys.Count > 0) _titleEnds.Add(keys[^1]);
    }

    private NameWord Entry(string key)
    {
        if (_words.TryGetValue(key, out var entry)) return entry;
        _words[key] = entry = new NameWord();
        if (key.Length < MinLength) return entry;
        Index(key, key);
        for (var i = 0; i < key.Length; i++) Index(key.Remove(i, 1), key);
        return entry;
    }

    private void Index(string variant, string key)
    {
        if (!_byDeletion.TryGetValue(variant, out var keys)) _byDeletion[variant] = keys = [];
        if (!keys.Contains(key)) keys.Add(key);
    }

    /// <summary>
    /// A copy of <paramref name="words"/> in which misspelt name words carry the key of the name
    /// they were meant as (<see cref="Word.Key"/>), with the written key kept in <see cref="Word.Respelled"/>.
    /// </summary>
    public List<Word> Repair(List<Word> words)
    {
        List<Word>? repaired = null;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (!Repairable(word) || Nearest(word.Key) is not { } key) continue;
            var entry = _words[key];
            var previousKey = i > 0 && !words[i - 1].BreakAfter ? (repaired ?? words)[i - 1].Key : null;
            if (!entry.Standalone && !FollowsTitleOrSamePerson(entry, previousKey, i + 1 < words.Count && !word.BreakAfter ? words[i + 1].Key : null))
                continue;
            repaired ??= [.. words];
            repaired[i] = word with { Key = key, Respelled = word.Key };
        }
        return repaired ?? words;
    }

    private bool Repairable(Word word) =>
        word.Key.Length >= MinLength && word.IsCapitalized && !word.IsAllCaps && !_words.ContainsKey(word.Key)
        && word.Key.All(char.IsLetter);

    private bool FollowsTitleOrSamePerson(NameWord entry, string? previousKey, string? nextKey)
    {
        if (entry.People is null) return false;
        if (previousKey != null && _titleEnds.Contains(previousKey)) return true;
        return SharesPerson(entry, previousKey) || SharesPerson(entry, nextKey);
    }

    private bool SharesPerson(NameWord entry, string? key) =>
        key != null && _words.TryGetValue(key, out var other) && other.People is { } people && people.Overlaps(entry.People!);

    /// <summary>The one name word a typing slip away from <paramref name="written"/>, if exactly one is.</summary>
    public string? Nearest(string written)
    {
        string? found = null;
        foreach (var variant in Variants(written))
        {
            if (!_byDeletion.TryGetValue(variant, out var keys)) continue;
            foreach (var key in keys)
            {
                if (key == found || !IsTypingSlip(written, key)) continue;
                if (found != null) return null; // two names fit: no guess
                found = key;
            }
        }
        return found;
    }

    private static IEnumerable<string> Variants(string written)
    {
        yield return written;
        for (var i = 0; i < written.Length; i++) yield return written.Remove(i, 1);
    }

    /// <summary>True when <paramref name="written"/> is <paramref name="meant"/> with one slip of the kinds described above.</summary>
    public static bool IsTypingSlip(string written, string meant)
    {
        if (written.Length < MinLength || meant.Length < MinLength || written == meant) return false;
        if (written[0] != meant[0]) return false;
        var lengthDifference = written.Length - meant.Length;
        if (Math.Abs(lengthDifference) == 1)
        {
            var (longer, shorter) = lengthDifference > 0 ? (written, meant) : (meant, written);
            var at = FirstDifference(longer, shorter);
            // The extra letter may not be the last one ("Frances", "Kenyan" are other words).
            return at < longer.Length - 1 && longer.AsSpan(at + 1).SequenceEqual(shorter.AsSpan(at));
        }
        if (lengthDifference != 0) return false;
        var first = FirstDifference(written, meant);
        var last = written.Length - 1;
        while (written[last] == meant[last]) last--;
        if (last == first + 1 && written[first] == meant[last] && written[last] == meant[first]) return true; // swapped neighbours
        return first == last && last < written.Length - 1 && written.Length >= MinLengthForChangedLetter;
    }

    private static int FirstDifference(string a, string b)
    {
        var i = 0;
        while (i < b.Length && a[i] == b[i]) i++;
        return i;
    }
}
