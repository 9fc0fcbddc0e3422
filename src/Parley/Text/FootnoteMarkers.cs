namespace Parley.Text;

/// <summary>
/// Finds reference markers pasted into prose: digits glued to the end of a lower-case word before
/// punctuation or a space ("withdrawals6."), bracketed numbers ("[12]") and superscript digits.
/// Codes such as "G20", "F-16" or "COVID19" are not markers: the word must be lower-case letters.
/// </summary>
public static class FootnoteMarkers
{
    public static IEnumerable<(int Start, int End)> Find(string line)
    {
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '[')
            {
                var j = i + 1;
                while (j < line.Length && j - i <= 4 && char.IsAsciiDigit(line[j])) j++;
                if (j > i + 1 && j < line.Length && line[j] == ']') { yield return (i, j + 1); i = j; }
                continue;
            }
            if (c is '¹' or '²' or '³' or (>= '⁰' and <= '⁹'))
            {
                if (i > 0 && char.IsLetter(line[i - 1]))
                {
                    var j = i;
                    while (j < line.Length && line[j] is '¹' or '²' or '³' or (>= '⁰' and <= '⁹')) j++;
                    yield return (i, j); i = j - 1;
                }
                continue;
            }
            if (!char.IsAsciiDigit(c) || i < 3 || !char.IsAsciiLetterLower(line[i - 1])) continue;
            var end = i;
            while (end < line.Length && char.IsAsciiDigit(line[end])) end++;
            if (end - i > 2) { i = end; continue; }
            var after = end < line.Length ? line[end] : ' ';
            if (!(after is '.' or ',' or ';' or ':' or ')' or ' ' or '"' or '\'' or '”' or '’')) { i = end; continue; }
            if (after is '.' or ',' && end + 1 < line.Length && char.IsAsciiDigit(line[end + 1])) { i = end; continue; }
            // The word before must be at least three lower-case letters ("withdrawals"), not a code.
            var wordStart = i;
            while (wordStart > 0 && char.IsLetter(line[wordStart - 1])) wordStart--;
            var word = line.AsSpan(wordStart, i - wordStart);
            var allLower = true;
            foreach (var ch in word) if (!char.IsLower(ch)) { allLower = false; break; }
            if (word.Length >= 3 && allLower) yield return (i, end);
            i = end;
        }
    }
}
