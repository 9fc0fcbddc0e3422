using Parley.Language.Models;

namespace Parley.Language;

/// <summary>
/// Per-token hashed word properties (lower-cased form, exact form, affixes, shape) computed once
/// per sentence, and the feature templates of the part-of-speech tagger built from them.
/// </summary>
internal sealed class WordHashes
{
    public const int Padding = 2;
    private static readonly ulong StartHash = FeatureHash.Of("<s>");
    private static readonly ulong EndHash = FeatureHash.Of("</s>");

    public ulong[] Lower = [];
    public ulong[] Form = [];
    public ulong[] Shape = [];
    public ulong[] Suffix1 = [], Suffix2 = [], Suffix3 = [], Suffix4 = [];
    public ulong[] Prefix1 = [], Prefix2 = [], Prefix3 = [];
    /// <summary>Ambiguity classes from the tagger's <see cref="TagDictionary"/> (all unknown without one).</summary>
    public ulong[] Ambiguity = [];
    /// <summary>The sentence's <see cref="SentenceCasing"/>, hashed.</summary>
    public ulong Casing;
    public int Count;

    /// <summary>Fills the arrays for the given words; index i + Padding is word i, with two pad slots each side.</summary>
    public void Fill(IReadOnlyList<string> words, TagDictionary? dictionary = null)
    {
        Count = words.Count;
        var size = Count + 2 * Padding;
        if (Lower.Length < size)
        {
            Lower = new ulong[size]; Form = new ulong[size]; Shape = new ulong[size];
            Suffix1 = new ulong[size]; Suffix2 = new ulong[size]; Suffix3 = new ulong[size]; Suffix4 = new ulong[size];
            Prefix1 = new ulong[size]; Prefix2 = new ulong[size]; Prefix3 = new ulong[size];
            Ambiguity = new ulong[size];
        }
        for (var p = 0; p < Padding; p++)
        {
            SetPad(p, StartHash);
            SetPad(Count + Padding + p, EndHash);
        }
        Span<char> buffer = stackalloc char[64];
        for (var i = 0; i < Count; i++)
        {
            var word = words[i];
            var slot = i + Padding;
            var lower = word.Length <= buffer.Length ? buffer[..word.Length] : new char[word.Length];
            word.AsSpan().ToLowerInvariant(lower);
            Lower[slot] = FeatureHash.Of(lower);
            Form[slot] = FeatureHash.Of(word);
            Shape[slot] = ShapeHash(word);
            Suffix1[slot] = Affix(lower, 1, true); Suffix2[slot] = Affix(lower, 2, true);
            Suffix3[slot] = Affix(lower, 3, true); Suffix4[slot] = Affix(lower, 4, true);
            Prefix1[slot] = Affix(word, 1, false); Prefix2[slot] = Affix(lower, 2, false); Prefix3[slot] = Affix(lower, 3, false);
            Ambiguity[slot] = dictionary?.ClassOf(Lower[slot]) ?? TagDictionary.Unknown;
        }
        Casing = FeatureHash.Mix(CasingSeed + (ulong)CasingOf(words));
    }

    private static readonly ulong CasingSeed = FeatureHash.Of("<casing>");

    /// <summary>
    /// How the sentence is cased, judged from the first letter of its words: a capital means a
    /// name only in normally cased text, not in headline case, and web text without capitals
    /// writes names in lower case.
    /// </summary>
    public static SentenceCasing CasingOf(IReadOnlyList<string> words)
    {
        int letterWords = 0, capitalizedAfterFirst = 0, allUpper = 0;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (word.Length == 0 || !char.IsLetter(word[0])) continue;
            letterWords++;
            if (!char.IsUpper(word[0])) continue;
            if (!HasLowerCase(word)) allUpper++;
            // Every style capitalizes the first word, so it says nothing about headline case.
            if (i > 0) capitalizedAfterFirst++;
        }
        if (letterWords < 2) return SentenceCasing.Normal;
        if (allUpper == letterWords) return SentenceCasing.Upper;
        if (capitalizedAfterFirst == 0 && !StartsUpper(words[0])) return SentenceCasing.Lower;
        return capitalizedAfterFirst >= 2 && 2 * capitalizedAfterFirst > letterWords - 1 ? SentenceCasing.Title : SentenceCasing.Normal;
    }

    private static bool HasLowerCase(string word)
    {
        foreach (var c in word) if (char.IsLower(c)) return true;
        return false;
    }

    private static bool StartsUpper(string word) => word.Length > 0 && char.IsUpper(word[0]);

    private void SetPad(int slot, ulong hash)
    {
        Lower[slot] = Form[slot] = Shape[slot] = hash;
        Suffix1[slot] = Suffix2[slot] = Suffix3[slot] = Suffix4[slot] = hash;
        Prefix1[slot] = Prefix2[slot] = Prefix3[slot] = hash;
        Ambiguity[slot] = hash;
    }

    private static ulong Affix(ReadOnlySpan<char> word, int length, bool suffix)
    {
        if (word.Length < length) return (ulong)length * 7919;
        return FeatureHash.Mix(FeatureHash.Of(suffix ? word[^length..] : word[..length]) + (ulong)length);
    }

    /// <summary>Word shape with runs collapsed: "Iran" -> "Xx", "U.S." -> "X.X.", "2,018" -> "d,d", "high-ranking" -> "x-x".</summary>
    private static ulong ShapeHash(string word)
    {
        Span<char> shape = stackalloc char[16];
        var n = 0;
        var previous = '\0';
        foreach (var c in word)
        {
            var s = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (s == previous && s is 'X' or 'x' or 'd') continue;
            if (n == shape.Length) break;
            shape[n++] = s;
            previous = s;
        }
        return FeatureHash.Of(shape[..n]) ^ (word.Length > 3 ? 0x55UL : 0UL);
    }
}

/// <summary>A sentence's casing style (see <see cref="WordHashes.CasingOf"/>).</summary>
internal enum SentenceCasing
{
    /// <summary>Capitals where the language puts them.</summary>
    Normal,
    /// <summary>No capital at all, as often in web text.</summary>
    Lower,
    /// <summary>Every word in capitals.</summary>
    Upper,
    /// <summary>Headline case: most words after the first capitalized.</summary>
    Title,
}

/// <summary>
/// The tagger's feature templates: the first pass sees the two previous predicted tags; the second
/// pass also sees the first pass's tags of the next two words.
/// </summary>
internal static class TaggerFeatures
{
    public const int Count = 40;
    public const int RevisionCount = Count + 6;

    public static void ExtractRevision(WordHashes h, int i, int previousTag, int previousTag2, int nextTag, int nextTag2, bool firstWord, Span<ulong> f)
    {
        Extract(h, i, previousTag, previousTag2, firstWord, f);
        var s = i + WordHashes.Padding;
        var p1 = (ulong)(previousTag + 3);
        var n1 = (ulong)(nextTag + 3);
        var n2 = (ulong)(nextTag2 + 3);
        var k = Count;
        f[k++] = FeatureHash.Feature(38, n1);
        f[k++] = FeatureHash.Feature(39, n1, n2);
        f[k++] = FeatureHash.Feature(40, p1, n1);
        f[k++] = FeatureHash.Feature(41, n1, h.Lower[s]);
        f[k++] = FeatureHash.Feature(42, n1, h.Suffix3[s]);
        f[k] = FeatureHash.Feature(43, n1, h.Lower[s + 1]);
    }

    public static void Extract(WordHashes h, int i, int previousTag, int previousTag2, bool firstWord, Span<ulong> f)
    {
        var s = i + WordHashes.Padding;
        var p1 = (ulong)(previousTag + 3);
        var p2 = (ulong)(previousTag2 + 3);
        var k = 0;
        f[k++] = FeatureHash.Feature(0, 1);
        f[k++] = FeatureHash.Feature(1, h.Lower[s]);
        f[k++] = FeatureHash.Feature(2, h.Form[s]);
        f[k++] = FeatureHash.Feature(3, h.Suffix1[s]);
        f[k++] = FeatureHash.Feature(4, h.Suffix2[s]);
        f[k++] = FeatureHash.Feature(5, h.Suffix3[s]);
        f[k++] = FeatureHash.Feature(6, h.Suffix4[s]);
        f[k++] = FeatureHash.Feature(7, h.Prefix1[s]);
        f[k++] = FeatureHash.Feature(8, h.Prefix2[s]);
        f[k++] = FeatureHash.Feature(9, h.Prefix3[s]);
        f[k++] = FeatureHash.Feature(10, h.Shape[s]);
        f[k++] = FeatureHash.Feature(11, p1);
        f[k++] = FeatureHash.Feature(12, p1, p2);
        f[k++] = FeatureHash.Feature(13, p1, h.Lower[s]);
        f[k++] = FeatureHash.Feature(14, h.Lower[s - 1]);
        f[k++] = FeatureHash.Feature(15, h.Lower[s - 2]);
        f[k++] = FeatureHash.Feature(16, h.Lower[s + 1]);
        f[k++] = FeatureHash.Feature(17, h.Lower[s + 2]);
        f[k++] = FeatureHash.Feature(18, h.Suffix3[s - 1]);
        f[k++] = FeatureHash.Feature(19, h.Suffix3[s + 1]);
        f[k++] = FeatureHash.Feature(20, h.Shape[s + 1]);
        f[k++] = FeatureHash.Feature(21, h.Shape[s - 1]);
        f[k++] = FeatureHash.Feature(22, h.Lower[s - 1], h.Lower[s]);
        f[k++] = FeatureHash.Feature(23, h.Lower[s], h.Lower[s + 1]);
        f[k++] = FeatureHash.Feature(24, p1, h.Lower[s + 1]);
        f[k++] = FeatureHash.Feature(25, firstWord ? 1UL : 2UL, h.Shape[s]);
        f[k++] = FeatureHash.Feature(26, h.Suffix2[s + 1]);
        f[k++] = FeatureHash.Feature(27, h.Lower[s + 1], h.Lower[s + 2]);
        f[k++] = FeatureHash.Feature(28, p1, h.Suffix3[s]);
        f[k++] = FeatureHash.Feature(29, h.Lower[s - 1], h.Lower[s + 1]);
        // Ambiguity classes: the word's possible tags, and those of the words ahead.
        f[k++] = FeatureHash.Feature(30, h.Ambiguity[s]);
        f[k++] = FeatureHash.Feature(31, h.Ambiguity[s + 1]);
        f[k++] = FeatureHash.Feature(32, h.Ambiguity[s + 2]);
        f[k++] = FeatureHash.Feature(33, p1, h.Ambiguity[s]);
        f[k++] = FeatureHash.Feature(34, h.Ambiguity[s], h.Ambiguity[s + 1]);
        f[k++] = FeatureHash.Feature(35, h.Ambiguity[s], h.Ambiguity[s + 1], h.Ambiguity[s + 2]);
        f[k++] = FeatureHash.Feature(36, p1, h.Ambiguity[s], h.Ambiguity[s + 1]);
        f[k++] = FeatureHash.Feature(37, h.Suffix3[s], h.Ambiguity[s + 1]);
        // The sentence's casing with the word's shape (numbered after the revision's templates).
        f[k++] = FeatureHash.Feature(44, h.Casing, h.Shape[s]);
        f[k] = FeatureHash.Feature(45, h.Casing, h.Shape[s], h.Ambiguity[s]);
    }
}
