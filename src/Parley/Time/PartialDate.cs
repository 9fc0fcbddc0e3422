using System.Globalization;

namespace Parley.Time;

/// <summary>How much of a date is known.</summary>
public enum DatePrecision { Unknown = 0, Year = 1, Month = 2, Day = 3 }

/// <summary>
/// A calendar date known to a day, a month or a year. "2020-01" is January 2020 as a whole,
/// never 2020-01-01: comparisons that need a day must ask for <see cref="FirstDay"/> or
/// <see cref="LastDay"/> explicitly, so unknown parts are never silently invented.
/// </summary>
public readonly record struct PartialDate : IComparable<PartialDate>
{
    public int Year { get; }
    public int Month { get; }
    public int Day { get; }
    public DatePrecision Precision { get; }

    private PartialDate(int year, int month, int day, DatePrecision precision)
    {
        Year = year; Month = month; Day = day; Precision = precision;
    }

    public static PartialDate OfYear(int year) => new(CheckYear(year), 0, 0, DatePrecision.Year);

    public static PartialDate OfMonth(int year, int month)
    {
        if (month is < 1 or > 12) throw new ArgumentOutOfRangeException(nameof(month));
        return new(CheckYear(year), month, 0, DatePrecision.Month);
    }

    public static PartialDate OfDay(int year, int month, int day)
    {
        var checkedDate = new DateOnly(CheckYear(year), month, day); // validates the day
        return new(checkedDate.Year, checkedDate.Month, checkedDate.Day, DatePrecision.Day);
    }

    public static PartialDate FromDate(DateOnly date) => OfDay(date.Year, date.Month, date.Day);

    private static int CheckYear(int year) =>
        year is < 1 or > 9999 ? throw new ArgumentOutOfRangeException(nameof(year)) : year;

    /// <summary>The first day the date can denote.</summary>
    public DateOnly FirstDay => Precision switch
    {
        DatePrecision.Day => new DateOnly(Year, Month, Day),
        DatePrecision.Month => new DateOnly(Year, Month, 1),
        DatePrecision.Year => new DateOnly(Year, 1, 1),
        _ => throw new InvalidOperationException("An unknown date has no first day."),
    };

    /// <summary>The last day the date can denote.</summary>
    public DateOnly LastDay => Precision switch
    {
        DatePrecision.Day => new DateOnly(Year, Month, Day),
        DatePrecision.Month => new DateOnly(Year, Month, DateTime.DaysInMonth(Year, Month)),
        DatePrecision.Year => new DateOnly(Year, 12, 31),
        _ => throw new InvalidOperationException("An unknown date has no last day."),
    };

    public bool IsKnown => Precision != DatePrecision.Unknown;

    /// <summary>Parses "2025", "2025-03" or "2025-03-01".</summary>
    public static bool TryParse(string? text, out PartialDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var parts = text.Trim().Split('-');
        var inv = CultureInfo.InvariantCulture;
        try
        {
            switch (parts.Length)
            {
                case 1 when parts[0].Length == 4 && int.TryParse(parts[0], NumberStyles.None, inv, out var y):
                    date = OfYear(y); return true;
                case 2 when parts[0].Length == 4 && parts[1].Length == 2
                            && int.TryParse(parts[0], NumberStyles.None, inv, out var y2)
                            && int.TryParse(parts[1], NumberStyles.None, inv, out var m2):
                    date = OfMonth(y2, m2); return true;
                case 3 when parts[0].Length == 4 && parts[1].Length == 2 && parts[2].Length == 2
                            && int.TryParse(parts[0], NumberStyles.None, inv, out var y3)
                            && int.TryParse(parts[1], NumberStyles.None, inv, out var m3)
                            && int.TryParse(parts[2], NumberStyles.None, inv, out var d3):
                    date = OfDay(y3, m3, d3); return true;
            }
        }
        catch (ArgumentOutOfRangeException) { }
        return false;
    }

    public static PartialDate Parse(string text) =>
        TryParse(text, out var d) ? d : throw new FormatException($"Not a date (YYYY, YYYY-MM or YYYY-MM-DD): '{text}'");

    public override string ToString() => Precision switch
    {
        DatePrecision.Day => $"{Year:D4}-{Month:D2}-{Day:D2}",
        DatePrecision.Month => $"{Year:D4}-{Month:D2}",
        DatePrecision.Year => $"{Year:D4}",
        _ => "unknown",
    };

    /// <summary>Orders by first possible day, then by precision (coarser first).</summary>
    public int CompareTo(PartialDate other)
    {
        if (!IsKnown || !other.IsKnown) return Precision.CompareTo(other.Precision);
        var byDay = FirstDay.CompareTo(other.FirstDay);
        return byDay != 0 ? byDay : Precision.CompareTo(other.Precision);
    }
}

/// <summary>Lower-case names used in JSON for precisions.</summary>
public static class DatePrecisionNames
{
    public static string ToJson(this DatePrecision p) => p switch
    {
        DatePrecision.Day => "day",
        DatePrecision.Month => "month",
        DatePrecision.Year => "year",
        _ => "unknown",
    };
}
