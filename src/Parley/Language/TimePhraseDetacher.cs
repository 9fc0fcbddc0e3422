namespace Parley.Language;

/// <summary>
/// News puts a bare time phrase between a subject and its verb ("Yeltsin on Saturday hosted
/// Hashimoto", "Israel today reimposed the blockade") or between a verb and its clause,
/// infinitive or prepositional phrase ("said on Tuesday that ...", "threatened on Monday to
/// break", "were converging Thursday for a rally"), an order the web text of the training treebank hardly
/// has; the greedy parser then loses the sentence's main verb. Such a phrase modifies the verb
/// next to it and nothing else, so the sentence is parsed without it and the phrase is attached
/// afterwards: its head word to that verb as <c>obl:tmod</c> (bare "today", "Saturday") or
/// <c>obl</c> (with "on"), and "on" to the head word as <c>case</c>.
/// </summary>
public static class TimePhraseDetacher
{
    private static readonly HashSet<string> DayWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight",
    };

    /// <summary>A time phrase found in a sentence: tokens [Start, End), the verb it modifies and where its head word is.</summary>
    public readonly record struct TimePhrase(int Start, int End, int Verb)
    {
        public int HeadWord => End - 1;
    }

    /// <summary>The detachable time phrases of a tagged sentence, left to right.</summary>
    public static IReadOnlyList<TimePhrase> Find(IReadOnlyList<string> words, IReadOnlyList<string> upos, IReadOnlyList<string> xpos)
    {
        // Most sentences have none: the list is made only when one is found.
        List<TimePhrase>? found = null;
        for (var i = 1; i < words.Count - 1; i++)
        {
            if (!DayWords.Contains(words[i])) continue;
            var start = words[i - 1].Equals("on", StringComparison.OrdinalIgnoreCase) ? i - 1 : i;
            // "said here Wednesday that": the dateline's "here" goes with the time phrase.
            if (start > 1 && words[start - 1].Equals("here", StringComparison.OrdinalIgnoreCase)) start--;
            if (start == 0) continue;
            var before = start - 1;
            var after = i + 1;
            // "Yeltsin on Saturday hosted": a nominal before, a finite verb after.
            // The tagger often reads such a verb as a participle ("Saturday hosted"), so VBN counts too.
            if (upos[before] is "PROPN" or "NOUN" or "PRON" && (IsFiniteVerb(xpos[after], upos[after]) || xpos[after] == "VBN"))
                (found ??= []).Add(new TimePhrase(start, i + 1, after));
            // "said on Tuesday that", "threatened on Monday to break", "met Tuesday with": a verb
            // before, its clause, infinitive or prepositional phrase after.
            else if (upos[before] == "VERB" && xpos[before].StartsWith("VB", StringComparison.Ordinal)
                     && (words[after].Equals("that", StringComparison.OrdinalIgnoreCase) || words[after].Equals("to", StringComparison.OrdinalIgnoreCase)
                         || upos[after] is "ADP" or "SCONJ"))
                (found ??= []).Add(new TimePhrase(start, i + 1, before));
        }
        return found ?? (IReadOnlyList<TimePhrase>)[];
    }

    private static bool IsFiniteVerb(string xpos, string upos) =>
        upos is "VERB" or "AUX" && xpos is "VBD" or "VBZ" or "VBP" or "MD";

    /// <summary>
    /// Parses the sentence without its time phrases (<paramref name="parse"/> gets the kept
    /// positions, in order) and puts them back attached to their verbs.
    /// </summary>
    public static (int[] Heads, string[] Relations) ParseWithout(
        IReadOnlyList<string> words, IReadOnlyList<TimePhrase> phrases, Func<int[], (int[] Heads, string[] Relations)> parse)
    {
        var length = words.Count;
        var kept = new List<int>(length);
        var removed = new bool[length];
        foreach (var p in phrases) for (var k = p.Start; k < p.End; k++) removed[k] = true;
        for (var i = 0; i < length; i++) if (!removed[i]) kept.Add(i);

        var (keptHeads, keptRelations) = parse([.. kept]);
        var heads = new int[length];
        var relations = new string[length];
        for (var k = 0; k < kept.Count; k++)
        {
            heads[kept[k]] = keptHeads[k] < 0 ? -1 : kept[keptHeads[k]];
            relations[kept[k]] = keptRelations[k];
        }
        foreach (var p in phrases)
        {
            // "on Saturday was elected": the phrase belongs to the verb the auxiliary serves.
            var verb = relations[p.Verb] is "aux" or "aux:pass" or "cop" && heads[p.Verb] >= 0 ? heads[p.Verb] : p.Verb;
            heads[p.HeadWord] = verb;
            relations[p.HeadWord] = "obl:tmod";
            // "here" modifies the verb; "on" makes the day an oblique with its case marker.
            for (var k = p.Start; k < p.HeadWord; k++)
            {
                var on = words[k].Equals("on", StringComparison.OrdinalIgnoreCase);
                heads[k] = on ? p.HeadWord : verb;
                relations[k] = on ? "case" : "advmod";
                if (on) relations[p.HeadWord] = "obl";
            }
        }
        return (heads, relations);
    }
}
