using System.Text;

namespace Parley.Text;

/// <summary>
/// Folds accented Latin letters to their plain ASCII base ("Erdoğan" -> "Erdogan", "Nguyễn" ->
/// "Nguyen", "ß" -> "ss"). Written as tables rather than through Unicode normalization because the
/// project runs in invariant-globalization mode, where normalization does not decompose letters.
/// Covers Latin-1, Latin Extended-A, the Romanian comma letters, pinyin and Vietnamese letters, and
/// drops combining marks; other characters pass through unchanged.
/// </summary>
public static class LatinFolding
{
    // One base letter per code point from U+00C0; '*' marks letters folded to two (see Pair), '-'
    // marks signs that are not letters (× and ÷) and stay as they are.
    private const string Latin1 =
        "aaaaaa*ceeeeiiii" + // U+00C0..U+00CF
        "dnooooo-ouuuuy**" + // U+00D0..U+00DF
        "aaaaaa*ceeeeiiii" + // U+00E0..U+00EF
        "dnooooo-ouuuuy*y";  // U+00F0..U+00FF

    private const string LatinExtendedA =
        "aaaaaaccccccccdd" + // U+0100..U+010F
        "ddeeeeeeeeeegggg" + // U+0110..U+011F
        "gggghhhhiiiiiiii" + // U+0120..U+012F
        "ii**jjkkklllllll" + // U+0130..U+013F
        "lllnnnnnnnnnoooo" + // U+0140..U+014F
        "oo**rrrrrrssssss" + // U+0150..U+015F
        "ssttttttuuuuuuuu" + // U+0160..U+016F
        "uuuuwwyyyzzzzzzs";  // U+0170..U+017F

    private const string Pinyin = "aaiioouuuuuuuuuu"; // U+01CD..U+01DC
    private const string Vietnamese =                  // U+1EA0..U+1EF9
        "aaaaaaaaaaaaaaaaaaaaaaaa" + "eeeeeeeeeeeeeeee" + "iiii" + "oooooooooooooooooooooooo" + "uuuuuuuuuuuuuu" + "yyyyyyyy";

    /// <summary>True when the text has a character above U+007F (folding can change it).</summary>
    public static bool NeedsFolding(string text)
    {
        foreach (var c in text) if (c > 127) return true;
        return false;
    }

    public static string Fold(string text)
    {
        if (!NeedsFolding(text)) return text;
        var sb = new StringBuilder(text.Length + 4);
        foreach (var c in text)
        {
            if (c <= 127) { sb.Append(c); continue; }
            if (c is >= '\u0300' and <= '\u036F') continue; // combining accent of an already decomposed letter
            var folded = FoldLetter(c);
            if (folded == '*') sb.Append(Pair(c));
            else sb.Append(folded);
        }
        return sb.ToString();
    }

    private static char FoldLetter(char c)
    {
        var lower = char.IsUpper(c) ? char.ToLowerInvariant(c) : c;
        char mapped = c switch
        {
            >= '\u00C0' and <= '\u00FF' => Latin1[c - 0xC0],
            >= '\u0100' and <= '\u017F' => LatinExtendedA[c - 0x100],
            >= '\u01CD' and <= '\u01DC' => Pinyin[c - 0x1CD],
            '\u01A0' or '\u01A1' => 'o',
            '\u01AF' or '\u01B0' => 'u',
            '\u0218' or '\u0219' => 's',
            '\u021A' or '\u021B' => 't',
            >= '\u1EA0' and <= '\u1EF9' => Vietnamese[c - 0x1EA0],
            _ => '\0',
        };
        if (mapped == '\0' || mapped == '-') return c;
        if (mapped == '*') return '*';
        // Keep the case of the input: the tables hold lower-case bases.
        return lower == c ? mapped : char.ToUpperInvariant(mapped);
    }

    private static string Pair(char c) => c switch
    {
        'Æ' => "AE", 'æ' => "ae", 'Þ' => "TH", 'þ' => "th", 'ß' => "ss",
        'Ĳ' => "IJ", 'ĳ' => "ij", 'Œ' => "OE", 'œ' => "oe",
        _ => c.ToString(),
    };
}
