namespace Parley.Text;

/// <summary>
/// The closed word lists the tokenizer and sentence splitter need: abbreviations that keep their
/// period, the ones that may also end a sentence, prefixes that keep their hyphen, fused forms.
/// </summary>
internal static class Abbreviations
{
    /// <summary>Abbreviations written with a final period (case-sensitive, without the period).</summary>
    private static readonly HashSet<string> WithPeriod = new(StringComparer.Ordinal)
    {
        // titles and ranks
        "Mr", "Mrs", "Ms", "Messrs", "Mme", "Dr", "Drs", "Prof", "Rev", "Hon", "Fr", "Sr", "Jr", "St", "Sen", "Sens",
        "Rep", "Reps", "Gov", "Govs", "Pres", "Gen", "Lt", "Col", "Maj", "Capt", "Cmdr", "Adm", "Sgt", "Cpl", "Pvt",
        "Brig", "Supt", "Insp", "Amb", "Atty", "Mt", "Ft", "Pt",
        // months and days (not "Sun", "Sat", "Wed", "Mar" which are also words)
        "Jan", "Feb", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mon", "Tue", "Tues", "Thu", "Thur", "Thurs", "Fri",
        // companies and addresses
        "Inc", "Corp", "Co", "Ltd", "Bros", "Dept", "Univ", "Assn", "Ave", "Blvd", "Rd", "Hwy",
        // U.S. states in AP style
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans", "Ky", "La", "Md",
        "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo",
        // other
        "vs", "etc", "al", "cf", "approx", "est", "fig", "Fig", "No", "Nos", "vol", "Vol", "pp", "ca", "op", "ed", "eds", "Ph",
        "Ref", "ref", "Sec", "Dist", "Div", "Intl", "Natl",
    };

    /// <summary>Abbreviations that often end a sentence too ("... founded by Smith Jr. He ...").</summary>
    private static readonly HashSet<string> MayEndSentence = new(StringComparer.Ordinal)
    {
        "etc", "Inc", "Corp", "Co", "Ltd", "Jr", "Sr", "Bros", "al",
    };

    /// <summary>Lower-case prefixes UD English keeps attached to the word after their hyphen.</summary>
    private static readonly HashSet<string> HyphenPrefixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "e", "non", "re", "mid", "anti", "co", "pre", "pro", "cross", "post", "counter", "semi", "over", "ex", "multi", "sub",
        "pan", "inter", "un", "mini", "vice", "socio", "psycho", "neo", "bi", "tri", "macro", "micro", "self", "ultra", "x",
    };

    /// <summary>True when the word text[start..periodIndex) keeps the period at periodIndex.</summary>
    public static bool KeepsPeriod(string text, int start, int periodIndex)
    {
        var word = text.AsSpan(start, periodIndex - start);
        if (word.Length == 0) return false;
        if (word.Length == 1) return char.IsLetter(word[0]); // an initial: "J."
        if (IsDottedInitials(word)) return true; // "U.S", "p.m", "Ph.D"
        return WithPeriod.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }

    /// <summary>True for a token such as "U.S." or "etc." that may also close a sentence.</summary>
    public static bool MayCloseSentence(ReadOnlySpan<char> token)
    {
        if (token.Length < 2 || token[^1] != '.') return false;
        var word = token[..^1];
        if (IsDottedInitials(word)) return true;
        return MayEndSentence.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }

    /// <summary>True for a title or initial ("Dr.", "J.") that never closes a sentence.</summary>
    public static bool IsTitleOrInitial(ReadOnlySpan<char> token)
    {
        if (token.Length < 2 || token[^1] != '.') return false;
        var word = token[..^1];
        if (word.Length == 1) return char.IsUpper(word[0]);
        return WithPeriod.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) &&
               !MayEndSentence.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }

    public static bool IsHyphenPrefix(ReadOnlySpan<char> word) =>
        word.Length <= 7 && HyphenPrefixes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>Where a fused form splits ("cannot" -> "can|not", "gonna" -> "gon|na"), or 0.</summary>
    public static int FusedSplit(ReadOnlySpan<char> word)
    {
        if (word.Equals("cannot", StringComparison.OrdinalIgnoreCase)) return 3;
        if (word.Equals("gonna", StringComparison.OrdinalIgnoreCase) ||
            word.Equals("wanna", StringComparison.OrdinalIgnoreCase) ||
            word.Equals("gotta", StringComparison.OrdinalIgnoreCase)) return 3;
        return 0;
    }

    /// <summary>Letters separated by periods, each group at most 3 letters: "U.S", "p.m", "Ph.D", "e.g".</summary>
    private static bool IsDottedInitials(ReadOnlySpan<char> word)
    {
        if (word.IndexOf('.') < 0) return false;
        var group = 0;
        foreach (var c in word)
        {
            if (c == '.')
            {
                if (group == 0) return false;
                group = 0;
            }
            else if (char.IsLetter(c))
            {
                if (++group > 3) return false;
            }
            else return false;
        }
        return group > 0;
    }
}
