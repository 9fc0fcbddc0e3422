namespace Parley.Text;

/// <summary>A run of tokens forming one sentence: the index of its first token and how many.</summary>
public readonly record struct SentenceRange(int FirstToken, int TokenCount, bool IsHeading);

/// <summary>
/// Splits the tokens of one line into sentences. A sentence ends at ".", "!", "?" or an ellipsis
/// (with any closing quotes and brackets after it) when the next token can start a sentence;
/// titles and initials ("Dr.", "J.") never end one, and abbreviations that may ("U.S.", "Inc.")
/// end one only before a typical sentence opener ("The", "He", "In" ...).
/// A line is a hard boundary: the caller splits the text into lines first.
/// </summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> SentenceOpeners = new(StringComparer.Ordinal)
    {
        "The", "This", "That", "These", "Those", "It", "Its", "He", "She", "They", "We", "I", "You", "In", "On", "At",
        "But", "And", "Or", "However", "A", "An", "As", "After", "Before", "Meanwhile", "Still", "Yet", "So", "If",
        "When", "While", "There", "Here", "His", "Her", "Their", "Our", "My", "Some", "Many", "Most", "Both", "Although",
        "Though", "Since", "Because", "What", "Why", "How", "Who", "Which", "According", "For", "With", "Under", "By",
        "Now", "Then", "Also", "Last", "Earlier", "Later", "Officials", "Such", "Other", "One", "Two", "Today", "Instead",
    };

    /// <summary>Splits tokens[first..first+count) of one line and appends the sentences.</summary>
    public static void Split(string text, IReadOnlyList<TokenSpan> tokens, int first, int count, List<SentenceRange> output)
    {
        var end = first + count;
        var sentenceStart = first;
        for (var k = first; k < end; k++)
        {
            var kind = EndKind(text, tokens[k]);
            if (kind == Ending.None) continue;
            var j = k + 1;
            while (j < end && IsClosingAfter(text, tokens, j)) j++;
            if (j >= end) break;
            if (!StartsSentence(text, tokens, sentenceStart, k, j, kind)) continue;
            output.Add(new SentenceRange(sentenceStart, j - sentenceStart, false));
            sentenceStart = j;
            k = j - 1;
        }
        if (end > sentenceStart) output.Add(new SentenceRange(sentenceStart, end - sentenceStart, false));
    }

    /// <summary>True when a line reads as a heading: it has words but no closing punctuation.</summary>
    public static bool IsHeadingLine(string text, IReadOnlyList<TokenSpan> tokens, int first, int count)
    {
        var last = first + count - 1;
        while (last > first && IsClosing(text, tokens[last])) last--;
        var lastText = text.AsSpan(tokens[last].Start, tokens[last].Length);
        var c = lastText[^1];
        if (c is '.' or '!' or '?' or '…' or ':' or ';' or ',') return false;
        return true;
    }

    private enum Ending { None, Strong, Ellipsis, Abbreviation }

    private static Ending EndKind(string text, TokenSpan token)
    {
        var span = text.AsSpan(token.Start, token.Length);
        var c = span[0];
        if (span.Length == 1 && c is '.' or '!' or '?') return Ending.Strong;
        if (c is '!' or '?') return Ending.Strong;
        if (c == '…' || (c == '.' && span.Length > 1 && span[1] == '.')) return Ending.Ellipsis;
        if (Abbreviations.MayCloseSentence(span)) return Ending.Abbreviation;
        return Ending.None;
    }

    private static bool StartsSentence(string text, IReadOnlyList<TokenSpan> tokens, int sentenceStart, int endToken, int next, Ending kind)
    {
        var token = tokens[next];
        var span = text.AsSpan(token.Start, token.Length);
        var c = span[0];
        // "1." or "a." opening a numbered line is a list marker, not a sentence.
        if (endToken == sentenceStart + 1 && kind == Ending.Strong && IsListMarker(text, tokens[sentenceStart])) return false;
        switch (kind)
        {
            case Ending.Strong:
                if (char.IsLower(c)) return false;
                if (c is ',' or ';' or ':' or ')' or ']' or '}' or '.' or '%') return false;
                return true;
            case Ending.Ellipsis:
                return char.IsUpper(c) || IsOpeningQuote(c);
            case Ending.Abbreviation:
                if (!char.IsUpper(c)) return false;
                return SentenceOpeners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(span);
            default:
                return false;
        }
    }

    private static bool IsListMarker(string text, TokenSpan token)
    {
        var span = text.AsSpan(token.Start, token.Length);
        if (span.Length > 3) return false;
        foreach (var ch in span) if (!char.IsDigit(ch)) return span.Length == 1 && char.IsLetter(ch);
        return true;
    }

    private static bool IsOpeningQuote(char c) => c is '"' or '“' or '‘' or '\'' or '(' or '[';

    /// <summary>A closing quote or bracket that belongs to the sentence before it.</summary>
    private static bool IsClosingAfter(string text, IReadOnlyList<TokenSpan> tokens, int index)
    {
        var token = tokens[index];
        if (token.Length != 1 && !(token.Length == 2 && text[token.Start] == '\'' && text[token.Start + 1] == '\'')) return false;
        var c = text[token.Start];
        if (c is ')' or ']' or '}' or '”' or '’' or '»') return true;
        // A straight quote closes when glued to the punctuation before it.
        if (c is '"' or '\'') return tokens[index - 1].End == token.Start;
        return false;
    }

    private static bool IsClosing(string text, TokenSpan token)
    {
        if (token.Length != 1) return false;
        return text[token.Start] is ')' or ']' or '}' or '”' or '’' or '»' or '"' or '\'';
    }
}
