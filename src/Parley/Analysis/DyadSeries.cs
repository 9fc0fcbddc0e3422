using System.Globalization;
using Parley.Storage;
using Parley.Time;

namespace Parley.Analysis;

public enum SeriesPeriod { Day, Week, Month }

/// <summary>One period of a dyad's series: merged events, the reports behind them, and their tone.</summary>
public sealed record DyadPeriod(
    string Period, DateOnly Start, int Events, int Reports, double GoldsteinSum, double GoldsteinMean,
    int[] QuadCounts, IReadOnlyDictionary<string, int> PloverCounts, int Imprecise);

/// <summary>
/// A time series of the events between two actors, counted per day, ISO week or month. Events
/// are merged events (each happening once, however many articles report it); an event dated only
/// to a month or a year falls in the period holding its first day and is counted as imprecise.
/// Events of unknown date are left out and counted in <see cref="Undated"/>.
/// </summary>
public sealed record DyadSeries(string A, string B, SeriesPeriod By, IReadOnlyList<DyadPeriod> Periods, int Undated)
{
    public static DyadSeries Build(string a, string b, SeriesPeriod by, IEnumerable<StoredEvent> events)
    {
        var periods = new SortedDictionary<DateOnly, Accumulator>();
        var undated = 0;
        foreach (var stored in events)
        {
            var e = stored.Event;
            if (!PartialDate.TryParse(e.Date.Value, out var date) || !date.IsKnown) { undated++; continue; }
            var start = PeriodStart(date.FirstDay, by);
            if (!periods.TryGetValue(start, out var acc)) periods[start] = acc = new Accumulator();
            acc.Events++;
            acc.Reports += stored.Reports;
            acc.Goldstein += e.Goldstein;
            if (e.QuadClass is >= 1 and <= 4) acc.Quads[e.QuadClass - 1]++;
            acc.Plover[e.Plover] = acc.Plover.GetValueOrDefault(e.Plover) + 1;
            if (IsCoarser(date.Precision, by)) acc.Imprecise++;
        }
        var list = periods.Select(kv => new DyadPeriod(Label(kv.Key, by), kv.Key, kv.Value.Events, kv.Value.Reports,
            Math.Round(kv.Value.Goldstein, 3), Math.Round(kv.Value.Goldstein / kv.Value.Events, 3), kv.Value.Quads,
            new SortedDictionary<string, int>(kv.Value.Plover, StringComparer.Ordinal), kv.Value.Imprecise)).ToList();
        return new DyadSeries(a, b, by, list, undated);
    }

    public static DateOnly PeriodStart(DateOnly day, SeriesPeriod by) => by switch
    {
        SeriesPeriod.Day => day,
        SeriesPeriod.Week => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)),
        _ => new DateOnly(day.Year, day.Month, 1),
    };

    public static string Label(DateOnly start, SeriesPeriod by) => by switch
    {
        SeriesPeriod.Day => start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        SeriesPeriod.Week => $"{ISOWeek.GetYear(start.ToDateTime(TimeOnly.MinValue)):D4}-W{ISOWeek.GetWeekOfYear(start.ToDateTime(TimeOnly.MinValue)):D2}",
        _ => start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
    };

    private static bool IsCoarser(DatePrecision precision, SeriesPeriod by) => by switch
    {
        SeriesPeriod.Day or SeriesPeriod.Week => precision != DatePrecision.Day,
        _ => precision == DatePrecision.Year,
    };

    /// <summary>A one-line chart of values with eight block heights.</summary>
    public static string Sparkline(IReadOnlyList<double> values)
    {
        const string blocks = "\u2581\u2582\u2583\u2584\u2585\u2586\u2587\u2588";
        if (values.Count == 0) return "";
        var min = values.Min(); var max = values.Max();
        return string.Concat(values.Select(v => max == min ? blocks[3] : blocks[(int)Math.Round((v - min) / (max - min) * 7)]));
    }

    private sealed class Accumulator
    {
        public int Events, Reports, Imprecise;
        public double Goldstein;
        public int[] Quads = new int[4];
        public Dictionary<string, int> Plover = new(StringComparer.Ordinal);
    }
}
