using System.Globalization;
using Parley.Output;
using Parley.Storage;
using Parley.Time;

namespace Parley.Web.Api;

/// <summary>
/// Summaries computed from a stream of stored events in one pass: dyad series and totals, actor
/// profiles, the interaction network. A side of an event is its country when known, else its code.
/// </summary>
public static class EventAggregates
{
    public static string? SideKey(ActorJson? actor) => actor is null ? null : actor.Country ?? actor.Code;

    public static PartialDate? DateOf(EventJson e) =>
        PartialDate.TryParse(e.Date.Value, out var d) ? d : null;

    /// <summary>
    /// Buckets events by week (ISO, Monday first) or month of their own date. An event dated less
    /// precisely than the bucket (a month when bucketing by week, a year) is not put in a bucket,
    /// never spread over an invented day, but it is still a point at its own date.
    /// </summary>
    public static DyadSeries Series(string a, string b, string by, IEnumerable<StoredEvent> events)
    {
        var byWeek = by == "week";
        var needed = byWeek ? DatePrecision.Day : DatePrecision.Month;
        var buckets = new SortedDictionary<DateOnly, Accumulator>();
        var points = new List<SeriesPoint>();
        int undated = 0, tooCoarse = 0;
        foreach (var stored in events)
        {
            var e = stored.Event;
            if (DateOf(e) is not { IsKnown: true } date) { undated++; continue; }
            points.Add(new SeriesPoint(stored.EventId, stored.ArticleId, date.ToString(), date.Precision.ToJson(),
                e.Goldstein, e.QuadClass, e.Cameo, e.CameoLabel, e.Historical));
            if (date.Precision < needed) { tooCoarse++; continue; }
            var start = byWeek ? WeekStart(date.FirstDay) : new DateOnly(date.Year, date.Month, 1);
            if (!buckets.TryGetValue(start, out var acc)) buckets[start] = acc = new Accumulator();
            acc.Add(e);
        }
        points.Sort((x, y) => string.CompareOrdinal(x.Date, y.Date));
        var list = buckets.Select(kv =>
        {
            var end = byWeek ? kv.Key.AddDays(6) : kv.Key.AddMonths(1).AddDays(-1);
            var period = byWeek
                ? $"{ISOWeek.GetYear(kv.Key.ToDateTime(TimeOnly.MinValue))}-W{ISOWeek.GetWeekOfYear(kv.Key.ToDateTime(TimeOnly.MinValue)):D2}"
                : kv.Key.ToString("yyyy-MM", CultureInfo.InvariantCulture);
            return new SeriesBucket(period, Iso(kv.Key), Iso(end), kv.Value.Count, Round(kv.Value.Sum), kv.Value.Mean,
                kv.Value.Quads);
        }).ToList();
        return new DyadSeries(a, b, by, list, points, undated, tooCoarse);
    }

    public static ActorProfile Profile(string actor, IEnumerable<StoredEvent> events, IReadOnlyList<TenureJson>? offices)
    {
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        var codes = new Dictionary<string, int>(StringComparer.Ordinal);
        var roots = new Dictionary<string, int>(StringComparer.Ordinal);
        var partners = new Dictionary<string, Accumulator>(StringComparer.Ordinal);
        var all = new Accumulator();
        int asSource = 0, asTarget = 0;
        PartialDate? first = null, last = null;
        foreach (var stored in events)
        {
            var e = stored.Event;
            var isSource = Matches(e.Source, actor);
            var isTarget = Matches(e.Target, actor);
            if (!isSource && !isTarget) continue;
            all.Add(e);
            if (isSource) asSource++;
            if (isTarget) asTarget++;
            var self = isSource ? e.Source! : e.Target!;
            var other = isSource ? e.Target : e.Source;
            Increment(names, self.Name ?? self.Text);
            if (self.Code is { } code) Increment(codes, code);
            Increment(roots, e.Root);
            if (SideKey(other) is { } partner && !(isSource && isTarget))
            {
                if (!partners.TryGetValue(partner, out var acc)) partners[partner] = acc = new Accumulator();
                acc.Add(e);
            }
            if (DateOf(e) is { IsKnown: true } d)
            {
                if (first is null || d.CompareTo(first.Value) < 0) first = d;
                if (last is null || d.CompareTo(last.Value) > 0) last = d;
            }
        }
        return new ActorProfile(actor, Top(names, 10), Top(codes, 10), all.Count, asSource, asTarget, all.Mean,
            first?.ToString(), last?.ToString(), Top(roots, 20),
            partners.OrderByDescending(kv => kv.Value.Count).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(20)
                .Select(kv => new PartnerTotal(kv.Key, kv.Value.Count, kv.Value.Mean)).ToList(),
            offices);
    }

    internal static (string, string)? PairOf(EventJson e)
    {
        var a = SideKey(e.Source); var b = SideKey(e.Target);
        if (a is null || b is null || a == b) return null;
        return string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
    }

    private static bool Matches(ActorJson? side, string actor) =>
        side is not null && (string.Equals(side.Code, actor, StringComparison.OrdinalIgnoreCase)
                             || string.Equals(side.Country, actor, StringComparison.OrdinalIgnoreCase)
                             || string.Equals(side.EntityId, actor, StringComparison.Ordinal));

    private static void Increment(Dictionary<string, int> counts, string key) =>
        counts[key] = counts.GetValueOrDefault(key) + 1;

    private static IReadOnlyList<CountedName> Top(Dictionary<string, int> counts, int limit) =>
        counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(limit)
            .Select(kv => new CountedName(kv.Key, kv.Value)).ToList();

    private static DateOnly WeekStart(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal static double Round(double x) => Math.Round(x, 3);

    internal sealed class Accumulator
    {
        public int Count;
        public double Sum;
        public int[] Quads = new int[4];
        public double? Mean => Count == 0 ? null : Math.Round(Sum / Count, 3);

        public void Add(EventJson e)
        {
            Count++;
            Sum += e.Goldstein;
            if (e.QuadClass is >= 1 and <= 4) Quads[e.QuadClass - 1]++;
        }
    }
}
