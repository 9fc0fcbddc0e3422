namespace Parley.Text;

/// <summary>A token's half-open character range in the text being tokenized.</summary>
public readonly record struct TokenSpan(int Start, int End)
{
    public int Length => End - Start;
}

/// <summary>
/// Splits text into tokens following the UD English conventions: punctuation split off words,
/// clitics split ("do|n't", "Iran|'s", "they|'re", "can|not"), abbreviations and initials keep
/// their period ("U.S.", "Gen.", "J."), numbers keep their commas and decimals ("1,200.50"),
/// dates and phone numbers stay whole ("2020-01-03", "1/2/2020"), URLs and e-mail addresses stay
/// whole, hyphenated words split at the hyphen except after common prefixes ("non-stop").
/// Works on one string with offsets only; allocation-free apart from the output list.
/// </summary>
public static class Tokenizer
{
    private const int MaxTrailing = 32;

    /// <summary>Tokenizes text[start..end) and appends the token spans to <paramref name="output"/>.</summary>
    public static void Tokenize(string text, int start, int end, List<TokenSpan> output)
    {
        var i = start;
        while (i < end)
        {
            while (i < end && IsSpace(text[i])) i++;
            if (i >= end) break;
            var chunkStart = i;
            while (i < end && !IsSpace(text[i])) i++;
            SplitChunk(text, chunkStart, i, output);
        }
    }

    /// <summary>Tokenizes a whole string.</summary>
    public static List<TokenSpan> Tokenize(string text)
    {
        var output = new List<TokenSpan>();
        Tokenize(text, 0, text.Length, output);
        return output;
    }

    public static bool IsSpace(char c) => char.IsWhiteSpace(c) || c == '\u200B' || c == '\uFEFF';

    private static void SplitChunk(string text, int s, int e, List<TokenSpan> output)
    {
        s = SplitLeading(text, s, e, output);
        if (s >= e) return;
        if (IsUrlOrEmail(text, s, e))
        {
            var urlEnd = e;
            while (urlEnd > s + 1 && IsUrlTrailingPunctuation(text[urlEnd - 1])) urlEnd--;
            output.Add(new TokenSpan(s, urlEnd));
            for (var k = urlEnd; k < e; k++) output.Add(new TokenSpan(k, k + 1));
            return;
        }

        Span<TokenSpan> trailing = stackalloc TokenSpan[MaxTrailing];
        var trailingCount = 0;
        e = SplitTrailing(text, s, e, trailing, ref trailingCount);
        if (e > s) SplitMiddle(text, s, e, output);
        for (var k = trailingCount - 1; k >= 0; k--) output.Add(trailing[k]);
    }

    /// <summary>Opening quotes and brackets, leading dashes, currency signs and leading dots.</summary>
    private static int SplitLeading(string text, int s, int e, List<TokenSpan> output)
    {
        while (s < e)
        {
            var c = text[s];
            if (c == '`' && s + 1 < e && text[s + 1] == '`') { output.Add(new TokenSpan(s, s + 2)); s += 2; continue; }
            if (c == '\'' && s + 1 < e && text[s + 1] == '\'') { output.Add(new TokenSpan(s, s + 2)); s += 2; continue; }
            if (IsOpening(c) || IsAlwaysSplit(c))
            {
                if (c == '\'' && StartsClitic(text, s, e)) return s;
                output.Add(new TokenSpan(s, s + 1)); s++; continue;
            }
            if (IsDash(c))
            {
                var run = RunOf(text, s, e, IsDash);
                if (run == 1 && c == '-' && s + 1 < e && char.IsDigit(text[s + 1])) return s; // a negative number
                if (run == e - s || run > 1 || c != '-' || !char.IsLetterOrDigit(text[s + 1]))
                {
                    output.Add(new TokenSpan(s, s + run)); s += run; continue;
                }
                output.Add(new TokenSpan(s, s + 1)); s++; continue;
            }
            if (IsCurrency(c) && s + 1 < e && char.IsDigit(text[s + 1])) { output.Add(new TokenSpan(s, s + 1)); s++; continue; }
            if (c == '.' && s + 1 < e && text[s + 1] == '.')
            {
                var run = RunOf(text, s, e, static ch => ch == '.');
                output.Add(new TokenSpan(s, s + run)); s += run; continue;
            }
            if (c == '…') { var run = RunOf(text, s, e, static ch => ch == '…'); output.Add(new TokenSpan(s, s + run)); s += run; continue; }
            return s;
        }
        return s;
    }

    /// <summary>Peels closing punctuation, sentence periods and percent signs off the end of a chunk.</summary>
    private static int SplitTrailing(string text, int s, int e, Span<TokenSpan> trailing, ref int count)
    {
        while (e > s && count < MaxTrailing)
        {
            var c = text[e - 1];
            if (c is '!' or '?')
            {
                var run = RunBack(text, s, e, static ch => ch is '!' or '?');
                if (run == e - s) return e; // the whole chunk: let the middle take it as one token
                trailing[count++] = new TokenSpan(e - run, e); e -= run; continue;
            }
            if (c == '\'' && e - 1 > s && text[e - 2] == '\'') { trailing[count++] = new TokenSpan(e - 2, e); e -= 2; continue; }
            if (IsClosing(c) || c is ',' or ';' or ':' or '%' || IsAlwaysSplit(c))
            {
                if (e - 1 == s) return e;
                trailing[count++] = new TokenSpan(e - 1, e); e--; continue;
            }
            if (IsDash(c))
            {
                var run = RunBack(text, s, e, IsDash);
                if (run == e - s) return e;
                trailing[count++] = new TokenSpan(e - run, e); e -= run; continue;
            }
            if (c == '…')
            {
                var run = RunBack(text, s, e, static ch => ch == '…');
                if (run == e - s) return e;
                trailing[count++] = new TokenSpan(e - run, e); e -= run; continue;
            }
            if (c == '.')
            {
                var run = RunBack(text, s, e, static ch => ch == '.');
                if (run == e - s) return e;
                if (run > 1) { trailing[count++] = new TokenSpan(e - run, e); e -= run; continue; }
                if (Abbreviations.KeepsPeriod(text, WordStart(text, s, e - 1), e - 1)) return e;
                trailing[count++] = new TokenSpan(e - 1, e); e--; continue;
            }
            return e;
        }
        return e;
    }

    /// <summary>The start of the last word before a period: after the last hyphen or slash inside the chunk.</summary>
    private static int WordStart(string text, int s, int periodIndex)
    {
        for (var k = periodIndex - 1; k >= s; k--)
        {
            var c = text[k];
            if (c is '-' or '/' or '—' or '–' or '(' or '"') return k + 1;
        }
        return s;
    }

    /// <summary>Splits inside a word: dashes, hyphens between words, commas between words, clitics.</summary>
    private static void SplitMiddle(string text, int s, int e, List<TokenSpan> output)
    {
        var pieceStart = s;
        var k = s;
        while (k < e)
        {
            var c = text[k];
            if ((c is '—' or '–' || (c == '-' && k + 1 < e && text[k + 1] == '-')) && k > s)
            {
                var run = RunOf(text, k, e, IsDash);
                EmitWord(text, pieceStart, k, output);
                output.Add(new TokenSpan(k, k + run));
                k += run; pieceStart = k; continue;
            }
            if (c == '-' && k > pieceStart && k + 1 < e && SplitsAtHyphen(text, pieceStart, k, e))
            {
                EmitWord(text, pieceStart, k, output);
                output.Add(new TokenSpan(k, k + 1));
                k++; pieceStart = k; continue;
            }
            if (c == ',' && k > pieceStart && k + 1 < e && !(char.IsDigit(text[k - 1]) && char.IsDigit(text[k + 1])))
            {
                EmitWord(text, pieceStart, k, output);
                output.Add(new TokenSpan(k, k + 1));
                k++; pieceStart = k; continue;
            }
            if (c == '…' || (c == '.' && k + 2 < e && text[k + 1] == '.' && text[k + 2] == '.' && k > pieceStart))
            {
                var run = c == '…' ? RunOf(text, k, e, static ch => ch == '…') : RunOf(text, k, e, static ch => ch == '.');
                EmitWord(text, pieceStart, k, output);
                output.Add(new TokenSpan(k, k + run));
                k += run; pieceStart = k; continue;
            }
            k++;
        }
        EmitWord(text, pieceStart, e, output);
    }

    private static bool SplitsAtHyphen(string text, int wordStart, int hyphen, int e)
    {
        var left = text[hyphen - 1];
        var right = text[hyphen + 1];
        if (char.IsDigit(left) && char.IsDigit(right)) return false; // dates, ranges of codes, phone numbers
        if (!char.IsLetterOrDigit(left) && left != '.') return false;
        if (!char.IsLetterOrDigit(right)) return false;
        return !Abbreviations.IsHyphenPrefix(text.AsSpan(wordStart, hyphen - wordStart));
    }

    /// <summary>Emits one word, splitting a clitic off its end ("do|n't", "Iran|'s") or a fused form ("can|not").</summary>
    private static void EmitWord(string text, int s, int e, List<TokenSpan> output)
    {
        if (e <= s) return;
        var length = e - s;
        var word = text.AsSpan(s, length);
        if (length >= 4 && IsApostrophe(word[^2]) && (word[^3] is 'n' or 'N') && (word[^1] is 't' or 'T'))
        {
            output.Add(new TokenSpan(s, e - 3));
            output.Add(new TokenSpan(e - 3, e));
            return;
        }
        var clitic = CliticLength(word);
        if (clitic > 0 && clitic < length)
        {
            output.Add(new TokenSpan(s, e - clitic));
            output.Add(new TokenSpan(e - clitic, e));
            return;
        }
        if (length is 5 or 6)
        {
            var split = Abbreviations.FusedSplit(word);
            if (split > 0)
            {
                output.Add(new TokenSpan(s, s + split));
                output.Add(new TokenSpan(s + split, e));
                return;
            }
        }
        output.Add(new TokenSpan(s, e));
    }

    private static int CliticLength(ReadOnlySpan<char> word)
    {
        if (word.Length < 3) return 0;
        if (IsApostrophe(word[^2]) && (char.IsLetter(word[^3]) || word[^3] == '.') && (word[^1] is 's' or 'S' or 'd' or 'D' or 'm' or 'M')) return 2;
        if (word.Length >= 4 && IsApostrophe(word[^3]) && char.IsLetter(word[^4]))
        {
            var a = char.ToLowerInvariant(word[^2]);
            var b = char.ToLowerInvariant(word[^1]);
            if ((a == 'r' && b == 'e') || (a == 'v' && b == 'e') || (a == 'l' && b == 'l')) return 3;
        }
        return 0;
    }

    private static bool StartsClitic(string text, int s, int e)
    {
        // "'s" or "'re" standing alone after a split elsewhere: keep the apostrophe with its letters.
        var rest = e - s;
        if (rest == 2) return text[s + 1] is 's' or 'S' or 'd' or 'D' or 'm' or 'M';
        if (rest == 3)
        {
            var a = char.ToLowerInvariant(text[s + 1]);
            var b = char.ToLowerInvariant(text[s + 2]);
            return (a == 'r' && b == 'e') || (a == 'v' && b == 'e') || (a == 'l' && b == 'l');
        }
        return false;
    }

    private static bool IsUrlOrEmail(string text, int s, int e)
    {
        var span = text.AsSpan(s, e - s);
        if (span.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ||
            span.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ||
            span.StartsWith("ftp://", StringComparison.OrdinalIgnoreCase) ||
            span.StartsWith("www.", StringComparison.OrdinalIgnoreCase)) return span.Length > 6;
        var at = span.IndexOf('@');
        if (at <= 0 || at >= span.Length - 3) return false;
        var domain = span[(at + 1)..];
        var dot = domain.IndexOf('.');
        return dot > 0 && dot < domain.Length - 1 && char.IsLetter(domain[dot + 1]) && char.IsLetterOrDigit(span[at - 1]);
    }

    private static bool IsUrlTrailingPunctuation(char c) =>
        c is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '}' or '"' or '\'' or '”' or '’' or '»';

    private static bool IsOpening(char c) => c is '(' or '[' or '{' or '"' or '“' or '‘' or '\'' or '«' or '<' or '„';
    private static bool IsClosing(char c) => c is ')' or ']' or '}' or '"' or '”' or '’' or '\'' or '»' or '>';
    private static bool IsAlwaysSplit(char c) => c is '•' or '·' or '▪' or '◦' or '‣' or '*' or '|';
    public static bool IsDash(char c) => c is '-' or '–' or '—' or '―' or '−';
    private static bool IsCurrency(char c) => c is '$' or '£' or '€' or '¥' or '₹';
    private static bool IsApostrophe(char c) => c is '\'' or '’';

    private static int RunOf(string text, int s, int e, Func<char, bool> predicate)
    {
        var k = s;
        while (k < e && predicate(text[k])) k++;
        return k - s;
    }

    private static int RunBack(string text, int s, int e, Func<char, bool> predicate)
    {
        var k = e;
        while (k > s && predicate(text[k - 1])) k--;
        return e - k;
    }
}
