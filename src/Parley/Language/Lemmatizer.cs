namespace Parley.Language;

/// <summary>
/// Lemmatizer learned from a treebank: an edit script (keep or lower-case the form, strip n final
/// characters, append a string) looked up by (lower-cased form, XPOS), else by the longest
/// (suffix, XPOS) rule seen in training. Words whose script the rules already give are not stored.
/// </summary>
public sealed class Lemmatizer
{
    private const int MaxSuffix = 5;
    private readonly Dictionary<string, EditScript> _words;
    private readonly Dictionary<string, EditScript> _rules;

    private Lemmatizer(Dictionary<string, EditScript> words, Dictionary<string, EditScript> rules)
    {
        _words = words;
        _rules = rules;
    }

    public int WordCount => _words.Count;
    public int RuleCount => _rules.Count;

    /// <summary>How a lemma is made from a form.</summary>
    public readonly record struct EditScript(bool Lower, int Strip, string Append)
    {
        public string Apply(string form)
        {
            var source = Lower ? form.ToLowerInvariant() : form;
            if (Strip > source.Length) return source;
            return Strip == 0 && Append.Length == 0 ? source : string.Concat(source.AsSpan(0, source.Length - Strip), Append);
        }

        public static EditScript Between(string form, string lemma)
        {
            if (lemma == form) return new EditScript(false, 0, "");
            var lower = form.ToLowerInvariant();
            var fromLower = Make(true, lower, lemma);
            var fromForm = Make(false, form, lemma);
            return fromForm.Strip + fromForm.Append.Length < fromLower.Strip + fromLower.Append.Length ? fromForm : fromLower;
        }

        private static EditScript Make(bool lowerCase, string source, string lemma)
        {
            var common = 0;
            while (common < source.Length && common < lemma.Length && source[common] == lemma[common]) common++;
            return new EditScript(lowerCase, source.Length - common, lemma[common..]);
        }
    }

    public string Lemmatize(string form, string xpos)
    {
        var lower = form.ToLowerInvariant();
        if (_words.TryGetValue(lower + "\t" + xpos, out var script)) return script.Apply(form);
        for (var length = Math.Min(MaxSuffix, lower.Length); length >= 0; length--)
        {
            if (_rules.TryGetValue(xpos + "\t" + lower[^length..], out script) && script.Strip <= form.Length)
                return script.Apply(form);
        }
        return xpos is "NNP" or "NNPS" ? form : lower;
    }

    public static Lemmatizer Train(IReadOnlyList<ConlluSentence> sentences)
    {
        var wordCounts = new Dictionary<string, Dictionary<EditScript, int>>(StringComparer.Ordinal);
        var ruleCounts = new Dictionary<string, Dictionary<EditScript, int>>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            foreach (var w in sentence.Words)
            {
                if (w.Lemma == "_" && w.Form != "_") continue;
                var script = EditScript.Between(w.Form, w.Lemma);
                var lower = w.Form.ToLowerInvariant();
                Count(wordCounts, lower + "\t" + w.Xpos, script);
                for (var length = 0; length <= Math.Min(MaxSuffix, lower.Length); length++)
                    Count(ruleCounts, w.Xpos + "\t" + lower[^length..], script);
            }
        }
        var rules = new Dictionary<string, EditScript>(StringComparer.Ordinal);
        foreach (var (key, counts) in ruleCounts)
        {
            var best = Best(counts, out var total, out var bestCount);
            // A suffix rule must be reliable or the only evidence.
            if (bestCount * 10 >= total * 6 || key.EndsWith('\t')) rules[key] = best;
        }
        var trial = new Lemmatizer(new Dictionary<string, EditScript>(), rules);
        var words = new Dictionary<string, EditScript>(StringComparer.Ordinal);
        foreach (var (key, counts) in wordCounts)
        {
            var best = Best(counts, out _, out _);
            var tab = key.IndexOf('\t');
            var lower = key[..tab];
            var xpos = key[(tab + 1)..];
            // Store only what the rules get wrong (checked on the lower-case form and on its capitalized form).
            var capitalized = lower.Length > 0 ? char.ToUpperInvariant(lower[0]) + lower[1..] : lower;
            if (trial.Lemmatize(lower, xpos) != best.Apply(lower) || trial.Lemmatize(capitalized, xpos) != best.Apply(capitalized))
                words[key] = best;
        }
        return new Lemmatizer(words, rules);
    }

    private static void Count(Dictionary<string, Dictionary<EditScript, int>> table, string key, EditScript script)
    {
        if (!table.TryGetValue(key, out var counts)) table[key] = counts = new Dictionary<EditScript, int>();
        counts[script] = counts.GetValueOrDefault(script) + 1;
    }

    private static EditScript Best(Dictionary<EditScript, int> counts, out int total, out int bestCount)
    {
        EditScript best = default;
        bestCount = -1;
        total = 0;
        foreach (var (script, count) in counts)
        {
            total += count;
            if (count > bestCount || (count == bestCount && Compare(script, best) < 0)) { best = script; bestCount = count; }
        }
        return best;
    }

    /// <summary>A fixed order so ties break the same way on every run.</summary>
    private static int Compare(EditScript a, EditScript b)
    {
        var c = a.Lower.CompareTo(b.Lower);
        if (c != 0) return c;
        c = a.Strip.CompareTo(b.Strip);
        return c != 0 ? c : string.CompareOrdinal(a.Append, b.Append);
    }

    public void Write(BinaryWriter writer)
    {
        WriteTable(writer, _words);
        WriteTable(writer, _rules);
    }

    public static Lemmatizer Read(BinaryReader reader) => new(ReadTable(reader), ReadTable(reader));

    private static void WriteTable(BinaryWriter writer, Dictionary<string, EditScript> table)
    {
        writer.Write(table.Count);
        foreach (var key in table.Keys.Order(StringComparer.Ordinal))
        {
            var s = table[key];
            writer.Write(key);
            writer.Write((byte)((s.Lower ? 128 : 0) | Math.Min(s.Strip, 127)));
            writer.Write(s.Append);
        }
    }

    private static Dictionary<string, EditScript> ReadTable(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        var table = new Dictionary<string, EditScript>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var key = reader.ReadString();
            var flags = reader.ReadByte();
            table[key] = new EditScript((flags & 128) != 0, flags & 127, reader.ReadString());
        }
        return table;
    }
}
