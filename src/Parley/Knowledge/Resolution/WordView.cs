using Parley.Text;

namespace Parley.Knowledge.Resolution;

/// <summary>
/// One word of the text as name matching sees it: punctuation and a possessive "'s" are split
/// off (whatever the tokenizer did with them), words joined by a hyphen without spaces are one
/// word ("Amir-Abdollahian"), and <see cref="Key"/> is the lower-case, accent-free form without
/// periods ("U.S." and "US" both give "us").
/// </summary>
public readonly record struct Word(
    int Start, int End, string Text, string Key, int FirstToken, int LastToken, int Sentence,
    bool Possessive, bool BreakAfter)
{
    public bool IsCapitalized => Text.Length > 0 && char.IsUpper(Text[0]);

    /// <summary>The key as written when <see cref="Key"/> is a repaired spelling (<see cref="NameSpelling"/>), else null.</summary>
    public string? Respelled { get; init; }

    /// <summary>Every letter upper case ("US", "U.S.", "IAEA").</summary>
    public bool IsAllCaps
    {
        get
        {
            var letters = 0;
            foreach (var c in Text)
            {
                if (!char.IsLetter(c)) continue;
                if (!char.IsUpper(c)) return false;
                letters++;
            }
            return letters > 0;
        }
    }
}

/// <summary>Builds the <see cref="Word"/> sequence of a document from its tokens.</summary>
public static class WordView
{
    public static List<Word> Build(Document document)
    {
        var pieces = new List<Piece>(document.Tokens.Count + 8);
        foreach (var token in document.Tokens) SplitToken(document.Text, token, pieces);
        return Join(document.Text, pieces);
    }

    /// <summary>Words of a bare string (for names and titles in the data), with no document behind them.</summary>
    public static List<string> Keys(string text)
    {
        var keys = new List<string>();
        foreach (var part in text.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            var word = part.Trim(',', ';', ':', '"', '(', ')');
            var hyphen = word.IndexOf('-');
            if (hyphen > 0 && hyphen < word.Length - 1 && IsArabicArticle(word.AsSpan(0, hyphen)) && char.IsLetter(word[hyphen + 1]))
            {
                keys.Add(KeyOf(word[..hyphen]));
                word = word[(hyphen + 1)..];
            }
            var key = KeyOf(word);
            if (key.Length > 0) keys.Add(key);
        }
        return keys;
    }

    private static readonly string[] ArabicArticles = ["al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "ath"];

    /// <summary>
    /// "al", "el", "ash" ...: the Arabic article, written joined by a hyphen ("al-Thani", "el-Sisi")
    /// or apart ("Al Thani"). Names are keyed with the article as a word of its own, and "el" as
    /// "al", so every spelling meets the same key.
    /// </summary>
    public static bool IsArabicArticle(ReadOnlySpan<char> word)
    {
        foreach (var article in ArabicArticles)
            if (word.Equals(article, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private enum PieceKind { Word, Possessive, Hyphen, Punctuation }

    private readonly record struct Piece(int Start, int End, PieceKind Kind, int Token, int Sentence);

    private static void SplitToken(string text, Token token, List<Piece> pieces)
    {
        var s = token.Start;
        var e = token.End;
        if (PossessiveStart(text, s, e) == s || (e - s == 1 && text[s] is '\'' or '’' && s > 0 && text[s - 1] is 's' or 'S'))
        {
            pieces.Add(new Piece(s, e, PieceKind.Possessive, token.Index, token.SentenceIndex));
            return;
        }
        while (s < e && IsEdgePunctuation(text[s])) { pieces.Add(new Piece(s, s + 1, PieceKind.Punctuation, token.Index, token.SentenceIndex)); s++; }
        var trailingEnd = e;
        while (e > s)
        {
            var c = text[e - 1];
            if (c == '.' && LooksLikeAbbreviation(text, s, e)) break;
            if (c is '\'' or '’' && e - s >= 2 && text[e - 2] is 's' or 'S') break; // "States'" keeps its possessive
            if (!IsEdgePunctuation(c) && c != '.') break;
            e--;
        }
        if (e > s)
        {
            var apostrophe = PossessiveStart(text, s, e);
            if (apostrophe == s) pieces.Add(new Piece(s, e, PieceKind.Possessive, token.Index, token.SentenceIndex));
            else if (apostrophe > s)
            {
                AddWordPieces(text, s, apostrophe, token, pieces);
                pieces.Add(new Piece(apostrophe, e, PieceKind.Possessive, token.Index, token.SentenceIndex));
            }
            else AddWordPieces(text, s, e, token, pieces);
        }
        for (var k = e; k < trailingEnd; k++) pieces.Add(new Piece(k, k + 1, PieceKind.Punctuation, token.Index, token.SentenceIndex));
    }

    /// <summary>Splits a word at inner hyphens, so both tokenizations give the same pieces.</summary>
    private static void AddWordPieces(string text, int s, int e, Token token, List<Piece> pieces)
    {
        if (e - s == 1 && IsHyphen(text[s])) { pieces.Add(new Piece(s, e, PieceKind.Hyphen, token.Index, token.SentenceIndex)); return; }
        var partStart = s;
        for (var i = s + 1; i < e - 1; i++)
        {
            if (!IsHyphen(text[i])) continue;
            pieces.Add(new Piece(partStart, i, PieceKind.Word, token.Index, token.SentenceIndex));
            pieces.Add(new Piece(i, i + 1, PieceKind.Hyphen, token.Index, token.SentenceIndex));
            partStart = i + 1;
        }
        var kind = text.AsSpan(partStart, e - partStart).IndexOfAnyExcept(PunctuationChars) < 0 ? PieceKind.Punctuation : PieceKind.Word;
        pieces.Add(new Piece(partStart, e, kind, token.Index, token.SentenceIndex));
    }

    private static List<Word> Join(string text, List<Piece> pieces)
    {
        var words = new List<Word>(pieces.Count);
        for (var i = 0; i < pieces.Count; i++)
        {
            var piece = pieces[i];
            switch (piece.Kind)
            {
                case PieceKind.Possessive when words.Count > 0 && words[^1].End == piece.Start:
                    words[^1] = words[^1] with { Possessive = true, LastToken = piece.Token };
                    continue;
                case PieceKind.Word:
                    break;
                default:
                    if (words.Count > 0 && !(piece.Kind == PieceKind.Hyphen && words[^1].End == piece.Start))
                        words[^1] = words[^1] with { BreakAfter = true };
                    continue;
            }
            // A hyphen glued on both sides joins two words into one ("Amir-Abdollahian"), except
            // "-led", which leaves the leader readable on its own ("Saudi-led coalition").
            // Nor does it join the Arabic article to a name ("al-Thani" is keyed as "al thani").
            if (words.Count > 0 && i >= 1 && pieces[i - 1].Kind == PieceKind.Hyphen && pieces[i - 1].Start == words[^1].End
                && pieces[i - 1].End == piece.Start && !words[^1].Possessive
                && !text.AsSpan(piece.Start, piece.End - piece.Start).Equals("led", StringComparison.OrdinalIgnoreCase)
                && !(IsArabicArticle(words[^1].Text) && char.IsUpper(text[piece.Start])))
            {
                var previous = words[^1];
                var joined = text[previous.Start..piece.End];
                words[^1] = previous with { End = piece.End, Text = joined, Key = KeyOf(joined), LastToken = piece.Token, BreakAfter = false };
                continue;
            }
            var wordText = text[piece.Start..piece.End];
            words.Add(new Word(piece.Start, piece.End, wordText, KeyOf(wordText), piece.Token, piece.Token, piece.Sentence, false, false));
        }
        // The last word of a sentence ends a name.
        for (var i = 0; i + 1 < words.Count; i++)
            if (words[i].Sentence != words[i + 1].Sentence) words[i] = words[i] with { BreakAfter = true };
        return words;
    }

    /// <summary>Lower case, periods dropped, accents removed, curly apostrophes straightened.</summary>
    public static string KeyOf(string text)
    {
        Span<char> buffer = text.Length <= 128 ? stackalloc char[text.Length] : new char[text.Length];
        var n = 0;
        var ascii = true;
        foreach (var c in text)
        {
            if (c == '.') continue;
            if (c > 127) ascii = false;
            buffer[n++] = c is '’' or '‘' or 'ʻ' ? '\'' : char.ToLowerInvariant(c);
        }
        var key = new string(buffer[..n]);
        if (key == "el") return "al";
        return ascii ? key : LatinFolding.Fold(key);
    }

    private const string PunctuationChars = ",;:!?\"“”‘’'()[]{}«»…/*•·–—-.";

    private static bool IsEdgePunctuation(char c) => c is ',' or ';' or ':' or '!' or '?' or '"' or '“' or '”' or '(' or ')'
        or '[' or ']' or '{' or '}' or '«' or '»' or '…' or '*' or '•' or '–' or '—' or '‘' or '’' or '\'' && c != '.';

    private static bool IsHyphen(char c) => c is '-' or '‐' or '‑';

    private static readonly HashSet<string> TitleAbbreviations = new(StringComparer.Ordinal)
    {
        "Gen", "Pres", "Dr", "Mr", "Mrs", "Ms", "Lt", "Col", "Maj", "Sen", "Rep", "St", "Jr", "Sr", "Gov", "Adm",
        "Brig", "Capt", "Sgt", "Prof", "Amb", "Sec", "Cmdr", "Rev",
    };

    /// <summary>"U.S.", "W." and "Gen." keep their final period; a sentence's last period does not.</summary>
    private static bool LooksLikeAbbreviation(string text, int s, int e)
    {
        var body = text.AsSpan(s, e - s - 1);
        if (body.Length == 0) return false;
        if (body.Contains('.')) return true;
        if (body.Length == 1 && char.IsUpper(body[0])) return true;
        return TitleAbbreviations.Contains(body.ToString());
    }

    /// <summary>Start of a trailing "'s", "’s" or a bare "'" after an s, or -1.</summary>
    private static int PossessiveStart(string text, int s, int e)
    {
        if (e - s >= 2 && (text[e - 2] is '\'' or '’') && (text[e - 1] is 's' or 'S')) return e - 2;
        if (e - s >= 2 && (text[e - 1] is '\'' or '’') && (text[e - 2] is 's' or 'S')) return e - 1;
        return -1;
    }
}
