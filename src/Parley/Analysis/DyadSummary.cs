using Parley.Events;

namespace Parley.Analysis;

/// <summary>Events between two countries within one article. A and B are ordered alphabetically.</summary>
public sealed record DyadSummary(string A, string B, int Events, double GoldsteinSum, int[] QuadCounts)
{
    /// <summary>Groups events whose source and target belong to two different countries.</summary>
    public static IReadOnlyList<DyadSummary> FromEvents(IEnumerable<CodedEvent> events)
    {
        var byPair = new SortedDictionary<(string, string), (int Count, double Sum, int[] Quads)>();
        foreach (var e in events)
        {
            var a = e.Source?.Country; var b = e.Target?.Country;
            if (a is null || b is null || a == b) continue;
            var key = string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
            if (!byPair.TryGetValue(key, out var acc)) acc = (0, 0, new int[4]);
            if (e.QuadClass is >= 1 and <= 4) acc.Quads[e.QuadClass - 1]++;
            byPair[key] = (acc.Count + 1, acc.Sum + e.Goldstein, acc.Quads);
        }
        return byPair.Select(kv => new DyadSummary(kv.Key.Item1, kv.Key.Item2, kv.Value.Count, kv.Value.Sum, kv.Value.Quads)).ToList();
    }
}
