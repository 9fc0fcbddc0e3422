using System.Globalization;
using System.Text.RegularExpressions;
using Parley.Time;

namespace Parley.Text;

/// <summary>
/// Decides an article's publication date and says how it was found: an explicit date wins, then
/// metadata, then a dateline near the top, then the year of a copyright notice, else unknown.
/// </summary>
public static partial class PublicationDateFinder
{
    public static (PartialDate? Date, PublishedBasis Basis) Find(
        PartialDate? argument, RawArticle raw, string cleanedText, IEnumerable<Removal> removed)
    {
        if (argument is { IsKnown: true }) return (argument, PublishedBasis.Argument);
        if (raw.MetadataDate is { IsKnown: true }) return (raw.MetadataDate, PublishedBasis.Metadata);
        if (FindDateline(cleanedText) is { } dateline) return (dateline, PublishedBasis.Dateline);
        var copyright = CopyrightYear(removed.Select(r => r.Text).Append(cleanedText));
        if (copyright is { } year) return (PartialDate.OfYear(year), PublishedBasis.Copyright);
        return (null, PublishedBasis.Unknown);
    }

    /// <summary>A date at the start of one of the first lines ("TEHRAN, March 3, 2025 (AP) -", "Published: 3 March 2025").</summary>
    public static PartialDate? FindDateline(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 600)).ToString();
        var lines = head.Split('\n');
        for (var i = 0; i < Math.Min(lines.Length, 4); i++)
        {
            var line = lines[i];
            var m = DatelineMonthFirst().Match(line);
            if (m.Success && TryDate(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value, out var d)) return d;
            m = DatelineDayFirst().Match(line);
            if (m.Success && TryDate(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value, out d)) return d;
            m = DatelineIso().Match(line);
            if (m.Success && PartialDate.TryParse(m.Groups["iso"].Value, out d)) return d;
        }
        return null;
    }

    /// <summary>The latest year named in a copyright notice ("© 2019-2025", "Copyright 2025").</summary>
    public static int? CopyrightYear(IEnumerable<string> texts)
    {
        int? best = null;
        foreach (var text in texts)
        {
            foreach (Match m in CopyrightNotice().Matches(text))
            {
                foreach (Capture c in m.Groups["y"].Captures)
                {
                    var y = int.Parse(c.Value, CultureInfo.InvariantCulture);
                    if (y is >= 1900 and <= 2200 && (best is null || y > best)) best = y;
                }
            }
        }
        return best;
    }

    private static bool TryDate(string year, string month, string day, out PartialDate date)
    {
        date = default;
        var monthNumber = MonthNumber(month);
        if (monthNumber == 0 || !int.TryParse(year, CultureInfo.InvariantCulture, out var y) || !int.TryParse(day, CultureInfo.InvariantCulture, out var dd)) return false;
        if (y is < 1900 or > 2200 || dd < 1 || dd > DateTime.DaysInMonth(y, monthNumber)) return false;
        date = PartialDate.OfDay(y, monthNumber, dd);
        return true;
    }

    /// <summary>1-12 for an English month name or its three-letter abbreviation, else 0.</summary>
    public static int MonthNumber(string name)
    {
        if (name.Length < 3) return 0;
        var key = name[..3].ToLowerInvariant();
        var index = Array.IndexOf(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], key);
        return index + 1;
    }

    private const string Month = @"(?<m>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?";

    [GeneratedRegex(@"^(?:(?:published|posted|updated|dated?)\s*(?:on)?\s*:?\s*)?(?:[A-Z][A-Za-z .'-]{1,40},\s*)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s*)?" + Month + @"\s+(?<d>\d{1,2}),?\s+(?<y>\d{4})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DatelineMonthFirst();

    [GeneratedRegex(@"^(?:(?:published|posted|updated|dated?)\s*(?:on)?\s*:?\s*)?(?:[A-Z][A-Za-z .'-]{1,40},\s*)?(?<d>\d{1,2})\s+" + Month + @",?\s+(?<y>\d{4})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DatelineDayFirst();

    [GeneratedRegex(@"^(?:(?:published|posted|updated|dated?)\s*(?:on)?\s*:?\s*)(?<iso>\d{4}-\d{2}-\d{2})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DatelineIso();

    [GeneratedRegex(@"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?<y>\d{4})(?:\s*[-–]\s*(?<y>\d{4}))?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CopyrightNotice();
}
