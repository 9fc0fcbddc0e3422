using System.Globalization;
using System.Text.RegularExpressions;
using Parley.Knowledge.Model;
using Parley.Time;

namespace Parley.Knowledge.Import;

/// <summary>
/// Imports a PETRARCH/TABARI `.actors` dictionary. An entry is a name line ("BARACK_OBAMA"), its
/// synonyms ("+PRESIDENT_OBAMA") and its codes, on the name line or indented below it:
/// "[USAGOV]" (undated default), "[USAGOV >090120]" (from that day), "[USAELI &lt;090120]" (before
/// it), "[USAELI 780101-090120]" (a range). Dates are YYMMDD (years below 30 read as 20YY) or
/// YYYYMMDD. The resolver's semantics are kept: restrictions are tried in file order, the first
/// covering the day wins, starts are inclusive and ends exclusive. An open-ended restriction is
/// closed at the file's date (its "Generated at" or "Last Update" comment, else the latest date
/// in the file), because the file says nothing about later days.
/// </summary>
public static partial class PetrarchImporter
{
    [GeneratedRegex(@"\[([^\]]*)\]")]
    private static partial Regex CodeBlock();

    [GeneratedRegex(@"(?:Generated at|Last Update)\s*:?\s*(.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex FileDateComment();

    public static ImportResult Import(string path, PartialDate? fileDate = null)
    {
        using var reader = new StreamReader(path);
        return Import(reader, Path.GetFileName(path), fileDate);
    }

    public static ImportResult Import(TextReader reader, string sourceName, PartialDate? fileDate = null)
    {
        var result = new ImportResult { Source = "petrarch:" + sourceName };
        var drafts = new List<Draft>();
        Draft? current = null;
        var inXmlComment = false;
        string? raw;
        var lineNumber = 0;
        while ((raw = reader.ReadLine()) != null)
        {
            lineNumber++;
            var line = raw.TrimEnd();
            if (inXmlComment) { if (line.Contains("-->", StringComparison.Ordinal)) inXmlComment = false; continue; }
            if (line.TrimStart().StartsWith("<!--", StringComparison.Ordinal))
            {
                fileDate ??= DateFromComment(line);
                if (!line.Contains("-->", StringComparison.Ordinal)) inXmlComment = true;
                continue;
            }
            if (line.TrimStart().StartsWith('#')) { fileDate ??= DateFromComment(line); continue; }
            var hash = line.IndexOf('#');
            var comment = hash >= 0 ? line[(hash + 1)..].Trim() : null;
            var content = (hash >= 0 ? line[..hash] : line).TrimEnd();
            if (content.Trim().Length == 0) continue;
            var indented = char.IsWhiteSpace(content[0]);
            var trimmed = content.Trim();
            if (trimmed.StartsWith('+'))
            {
                if (current is null) { result.Warnings.Add($"{sourceName}:{lineNumber}: synonym before any entry"); continue; }
                current.Synonyms.Add(NameOf(trimmed[1..]));
                continue;
            }
            if (indented || trimmed.StartsWith('['))
            {
                if (current is null) { result.Warnings.Add($"{sourceName}:{lineNumber}: code before any entry"); continue; }
                AddCodes(trimmed, current, result, sourceName, lineNumber);
                continue;
            }
            var bracket = trimmed.IndexOf('[');
            current = new Draft(NameOf(bracket >= 0 ? trimmed[..bracket] : trimmed), lineNumber, comment);
            drafts.Add(current);
            if (bracket >= 0) AddCodes(trimmed[bracket..], current, result, sourceName, lineNumber);
        }
        fileDate ??= drafts.SelectMany(d => d.Codes).SelectMany(c => new[] { c.Start, c.End }).OfType<PartialDate>().DefaultIfEmpty().Max();
        result.SourceDate = fileDate is { IsKnown: true } ? fileDate : null;
        foreach (var draft in drafts)
        {
            // The date closes open-ended restrictions; an undated default stays undated.
            var codes = draft.Codes.Select(c => c.Start != null && c.End is null && result.SourceDate is { } d && d.FirstDay > c.Start.Value.FirstDay
                ? c with { End = d } : c).ToList();
            if (codes.Count == 0) { result.Warnings.Add($"{sourceName}:{draft.Line}: {draft.Name} has no code"); continue; }
            result.Actors.Add(new ImportedActor(draft.Name, draft.Synonyms, codes, draft.Comment, draft.Line));
        }
        return result;
    }

    private static void AddCodes(string text, Draft draft, ImportResult result, string source, int line)
    {
        foreach (Match m in CodeBlock().Matches(text))
        {
            var parts = m.Groups[1].Value.Trim().Split(' ', 2, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 0 || parts[0] == "---") continue; // "[---]" marks a deliberately uncoded actor
            var code = parts[0].ToUpperInvariant();
            if (parts.Length == 1) { draft.Codes.Add(new CodedPeriod(code, null, null)); continue; }
            var restriction = parts[1].Replace(" ", "", StringComparison.Ordinal);
            PartialDate? start = null, end = null;
            var ok = restriction switch
            {
                ['>', .. var from] => TryDate(from, out start),
                ['<', .. var until] => TryDate(until, out end),
                _ when restriction.Split('-') is [var a, var b] => TryDate(a, out start) && TryDate(b, out end),
                _ => false,
            };
            if (!ok) { result.Warnings.Add($"{source}:{line}: {draft.Name}: unreadable date restriction '{parts[1]}'"); continue; }
            if (start is { } s && end is { } e && e.FirstDay <= s.FirstDay) { result.Warnings.Add($"{source}:{line}: {draft.Name}: range ends before it starts"); continue; }
            draft.Codes.Add(new CodedPeriod(code, start, end));
        }
    }

    /// <summary>YYMMDD (years below 30 are 20YY) or YYYYMMDD.</summary>
    public static bool TryDate(string text, out PartialDate? date)
    {
        date = null;
        if (!text.All(char.IsAsciiDigit)) return false;
        int year, month, day;
        switch (text.Length)
        {
            case 6:
                var yy = int.Parse(text[..2], CultureInfo.InvariantCulture);
                year = yy < 30 ? 2000 + yy : 1900 + yy;
                month = int.Parse(text[2..4], CultureInfo.InvariantCulture);
                day = int.Parse(text[4..6], CultureInfo.InvariantCulture);
                break;
            case 8:
                year = int.Parse(text[..4], CultureInfo.InvariantCulture);
                month = int.Parse(text[4..6], CultureInfo.InvariantCulture);
                day = int.Parse(text[6..8], CultureInfo.InvariantCulture);
                break;
            default: return false;
        }
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(Math.Max(year, 1), month)) return false;
        date = PartialDate.OfDay(year, month, day);
        return true;
    }

    private static PartialDate? DateFromComment(string line)
    {
        var m = FileDateComment().Match(line);
        if (!m.Success) return null;
        var text = m.Groups[1].Value.Replace("-->", "", StringComparison.Ordinal).Trim();
        string[] formats = ["ddd MMM d HH:mm:ss yyyy", "ddd MMM  d HH:mm:ss yyyy", "d MMMM yyyy", "dd MMMM yyyy", "yyyy-MM-dd"];
        return DateTime.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var dt)
            ? PartialDate.FromDate(DateOnly.FromDateTime(dt)) : null;
    }

    /// <summary>"BARACK_OBAMA_" becomes "Barack Obama".</summary>
    private static string NameOf(string token)
    {
        var words = token.Trim().Trim('_').Split('_', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Select(w => w.Length <= 1 || w.Contains('.') ? w : char.ToUpperInvariant(w[0]) + w[1..].ToLowerInvariant()));
    }

    private sealed class Draft(string name, int line, string? comment)
    {
        public string Name { get; } = name;
        public int Line { get; } = line;
        public string? Comment { get; } = comment;
        public List<string> Synonyms { get; } = [];
        public List<CodedPeriod> Codes { get; } = [];
    }
}
