using Parley.Knowledge;
using Parley.Text;

namespace Parley.Events;

/// <summary>
/// Finds direct quotations and attributes them to speakers: "..., X said" and "X said: ..." are
/// direct; "a statement attributed to X" is attributed; when the article itself doubts who
/// spoke ("although the remarks may have come from someone else") the quote is disputed.
/// </summary>
public sealed class QuoteAttributor : IDocumentComponent
{
    /// <summary>Quotes shorter than this many words are scare quotes or titles, not statements.</summary>
    public const int MinimumWords = 4;

    private const int LookBehind = 400;
    private const int LookAhead = 120;

    private static readonly string[] SpeechVerbs =
        ["said", "says", "say", "told", "tells", "stated", "states", "added", "adds", "declared", "declares", "wrote", "writes",
         "warned", "warns", "insisted", "insists", "asked", "asks", "replied", "replies", "noted", "notes", "remarked", "tweeted", "posted", "explained", "argued", "stressed", "emphasized", "emphasised"];

    private static readonly string[] AttributionCues = ["attributed to", "ascribed to", "credited to", "purportedly from", "allegedly from", "reportedly from"];

    private static readonly string[] DoubtCues =
        ["confusion", "confused", "might be", "may be", "may have been", "might have been", "unclear", "not clear", "disputed",
         "could not be verified", "cannot be verified", "unverified", "misattributed", "mistakenly", "wrongly attributed",
         "it seems", "doubt", "questionable", "not confirmed", "unconfirmed", "apparently"];

    private static readonly HashSet<string> Titles =
        ["president", "prime", "minister", "foreign", "defense", "defence", "supreme", "leader", "ayatollah", "general", "gen.", "gen",
         "dr.", "dr", "mr.", "mr", "mrs.", "mrs", "ms.", "ms", "secretary", "chancellor", "king", "queen", "prince", "sheikh", "former",
         "senator", "sen.", "rep.", "representative", "spokesman", "spokeswoman", "ambassador", "envoy", "chief", "commander",
         "major", "colonel", "col.", "lieutenant", "vice", "deputy", "state", "the", "iranian", "american", "russian", "chinese", "official"];

    public string Name => "quotes";
    public IReadOnlyList<string> Assigns { get; } = ["quotes"];

    public static QuoteAttributor Load(ResourcePaths paths, KnowledgeBase knowledgeBase) => new();

    public void Process(Document document)
    {
        var text = document.Text;
        foreach (var (start, end) in FindQuotes(text))
        {
            var inner = text[start..end].Trim();
            if (CountWords(inner) < MinimumWords) continue;
            document.Quotes.Add(Attribute(document, start, end, inner));
        }
    }

    /// <summary>Inner spans of "straight" and “curly” double quotes; an unclosed quote runs to the end of its line.</summary>
    public static List<(int Start, int End)> FindQuotes(string text)
    {
        var found = new List<(int, int)>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c is '"' or '\u201C')
            {
                var closing = c == '"' ? '"' : '\u201D';
                var lineEnd = text.IndexOf('\n', i + 1);
                if (lineEnd < 0) lineEnd = text.Length;
                var close = text.IndexOf(closing, i + 1);
                if (close < 0 || close > lineEnd)
                {
                    // A quote left open at the end of a paragraph ends with the paragraph.
                    if (lineEnd - i > 20) found.Add((i + 1, TrimEndPunctuation(text, i + 1, lineEnd)));
                    i = lineEnd + 1;
                    continue;
                }
                found.Add((i + 1, close));
                i = close + 1;
                continue;
            }
            i++;
        }
        return found;
    }

    private static int TrimEndPunctuation(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return end;
    }

    private static Quote Attribute(Document document, int start, int end, string inner)
    {
        var text = document.Text;
        var span = new TextSpan(start, end);
        var beforeStart = Math.Max(0, start - 1 - LookBehind);
        var before = text[beforeStart..Math.Max(beforeStart, start - 1)];
        var afterEnd = Math.Min(text.Length, end + 1 + LookAhead);
        var after = end + 1 <= afterEnd ? text[(end + 1)..afterEnd] : "";

        // "a statement attributed to X (...)": attributed, disputed when the same passage doubts it.
        var lastSentenceBefore = LastSentence(before);
        // Only a sentence that introduces the quote (ending in ':' or ',') attributes it.
        var introduces = lastSentenceBefore.TrimEnd().EndsWith(':') || lastSentenceBefore.TrimEnd().EndsWith(',');
        foreach (var cue in introduces ? AttributionCues : [])
        {
            var at = lastSentenceBefore.IndexOf(cue, StringComparison.OrdinalIgnoreCase);
            if (at < 0) continue;
            var nameStart = beforeStart + (before.Length - lastSentenceBefore.Length) + at + cue.Length;
            var (name, entity) = SpeakerAt(document, nameStart, start);
            var doubted = ContainsAny(lastSentenceBefore[(at + cue.Length)..], DoubtCues) || ContainsAny(FirstSentence(after), DoubtCues);
            return new Quote
            {
                Span = span, Text = inner, SpeakerName = name, SpeakerEntityId = entity,
                Attribution = doubted ? Attribution.Disputed : Attribution.Attributed, Cue = cue,
            };
        }

        // "..., X said." or "..., said X."
        var afterSentence = FirstSentence(after);
        var verb = FindWord(afterSentence, SpeechVerbs, maxIndex: 60);
        if (verb.Index >= 0)
        {
            var absoluteVerb = end + 1 + verb.Index;
            var (name, entity) = SpeakerAt(document, end + 1, absoluteVerb);
            if (name is null) (name, entity) = SpeakerAt(document, absoluteVerb + verb.Word.Length, end + 1 + afterSentence.Length);
            if (name is not null)
                return Direct(document, span, inner, name, entity, verb.Word, afterSentence);
        }

        // "X said:" just before the quote.
        var tail = before.Length > 160 ? before[^160..] : before;
        var tailVerb = FindWord(tail, SpeechVerbs, maxIndex: int.MaxValue, last: true);
        if (tailVerb.Index >= 0)
        {
            var tailStart = start - 1 - tail.Length;
            var sentenceStart = tailStart + Math.Max(0, tail.LastIndexOf(". ", tailVerb.Index, StringComparison.Ordinal) + 1);
            var (name, entity) = SpeakerAt(document, sentenceStart, tailStart + tailVerb.Index);
            if (name is not null) return Direct(document, span, inner, name, entity, tailVerb.Word, tail);
        }

        return new Quote { Span = span, Text = inner, Attribution = Attribution.Direct };
    }

    private static Quote Direct(Document document, TextSpan span, string inner, string name, string? entity, string cue, string context) => new()
    {
        Span = span, Text = inner, SpeakerName = name, SpeakerEntityId = entity,
        Attribution = ContainsAny(context, DoubtCues) ? Attribution.Disputed : Attribution.Direct, Cue = cue,
    };

    /// <summary>
    /// The speaker named first in [from, to), after any titles: the mention there when there is
    /// one (its canonical name and entity), else the capitalized name as written.
    /// </summary>
    private static (string? Name, string? EntityId) SpeakerAt(Document document, int from, int to)
    {
        if (to <= from) return (null, null);
        var (name, at) = CapitalizedName(document.Text, from, to);
        Mention? firstPerson = null;
        foreach (var m in document.Mentions)
        {
            if (name is not null && m.Span.Start <= at && at < m.Span.End) return (AsWritten(document, m), m.EntityId);
            if (firstPerson is null && m.Kind == EntityKind.Person && m.Span.Start >= from && m.Span.Start < to) firstPerson = m;
        }
        if (name is not null) return (name, null);
        return firstPerson is null ? (null, null) : (firstPerson.Name ?? firstPerson.Text, firstPerson.EntityId);
    }

    /// <summary>
    /// The speaker's name as the article spells it: the last words of the entity's longest
    /// mention, as many as its canonical name has ("President Masoud Pezeshkian" -> "Masoud Pezeshkian").
    /// </summary>
    private static string AsWritten(Document document, Mention mention)
    {
        if (mention.Name is null) return mention.Text;
        var longest = mention.Text;
        foreach (var m in document.Mentions)
            if (m.EntityId == mention.EntityId && m.Text.Length > longest.Length) longest = m.Text;
        var words = longest.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var nameWords = mention.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // The name as written starts at its first word ("Foreign Minister Choe Son Hui" for "Choe Son-hui"),
        // else it is as many words as the name at the end of the text.
        var first = Array.FindLastIndex(words, w => string.Equals(w, nameWords[0], StringComparison.OrdinalIgnoreCase));
        if (first >= 0) return string.Join(' ', words[first..]);
        var count = nameWords.Length;
        return words.Length >= count ? string.Join(' ', words[^count..]) : mention.Name;
    }

    private static (string? Name, int Start) CapitalizedName(string text, int from, int to)
    {
        var words = new List<string>();
        var nameStart = -1;
        var i = from;
        while (i < to)
        {
            while (i < to && !char.IsLetter(text[i])) { if (words.Count > 0 && text[i] is ',' or '(' or ';' or ':') return (Join(words), nameStart); i++; }
            var s = i;
            while (i < to && (char.IsLetter(text[i]) || text[i] is '.' or '-' or '\'')) i++;
            if (i == s) break;
            var word = text[s..i].TrimEnd('.');
            if (word.Length == 0) continue;
            var lower = word.ToLowerInvariant();
            if (words.Count == 0 && (Titles.Contains(lower) || Titles.Contains(lower + "."))) continue;
            if (char.IsUpper(word[0]) && !Titles.Contains(lower))
            {
                if (words.Count == 0) nameStart = s;
                words.Add(word);
                continue;
            }
            if (words.Count > 0) break;
            if (lower is "to" or "by" or "from" or "of" or "a" or "an") continue;
        }
        return (Join(words), nameStart);
    }

    private static string? Join(List<string> words) => words.Count == 0 ? null : string.Join(' ', words);

    private static (int Index, string Word) FindWord(string text, string[] words, int maxIndex, bool last = false)
    {
        var bestIndex = -1;
        var bestWord = "";
        foreach (var w in words)
        {
            var at = last ? text.LastIndexOf(w, StringComparison.OrdinalIgnoreCase) : text.IndexOf(w, StringComparison.OrdinalIgnoreCase);
            while (at >= 0 && !IsWholeWord(text, at, w.Length))
                at = last ? (at == 0 ? -1 : text.LastIndexOf(w, at - 1, StringComparison.OrdinalIgnoreCase)) : text.IndexOf(w, at + 1, StringComparison.OrdinalIgnoreCase);
            if (at < 0 || at > maxIndex) continue;
            if (bestIndex < 0 || (last ? at > bestIndex : at < bestIndex)) { bestIndex = at; bestWord = text.Substring(at, w.Length); }
        }
        return (bestIndex, bestWord);
    }

    private static bool IsWholeWord(string text, int at, int length) =>
        (at == 0 || !char.IsLetter(text[at - 1])) && (at + length >= text.Length || !char.IsLetter(text[at + length]));

    private static string LastSentence(string text)
    {
        var trimmed = text.TrimEnd();
        for (var i = trimmed.Length - 2; i > 0; i--)
        {
            if (trimmed[i] == '\n') return trimmed[(i + 1)..];
            if (trimmed[i] is '.' or '!' or '?' && char.IsWhiteSpace(trimmed[i + 1]) && i + 2 < trimmed.Length && char.IsUpper(trimmed[i + 2]) && !IsAbbreviation(trimmed, i))
                return trimmed[(i + 2)..];
        }
        return trimmed;
    }

    private static bool IsAbbreviation(string text, int dot)
    {
        var s = dot;
        while (s > 0 && char.IsLetter(text[s - 1])) s--;
        var word = text[s..dot];
        return word.Length <= 2 || word is "Gen" or "Dr" or "Mr" or "Mrs" or "Ms" or "Sen" or "Rep" or "Col" or "Lt" or "St";
    }

    private static string FirstSentence(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n') return text[..i];
            if (text[i] is '.' or '!' or '?' && i > 2 && !IsAbbreviation(text, i)) return text[..(i + 1)];
        }
        return text;
    }

    private static bool ContainsAny(string text, string[] cues)
    {
        foreach (var cue in cues)
            if (text.Contains(cue, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c)) { if (!inWord) count++; inWord = true; }
            else inWord = false;
        }
        return count;
    }
}
