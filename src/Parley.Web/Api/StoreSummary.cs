using Parley.Storage;

namespace Parley.Web.Api;

/// <summary>
/// Whole-store summaries (dyads, actors, the network, the latest events) computed in one pass over
/// every stored event. They change only when the store does, so <see cref="StoreSummaryCache"/>
/// keeps the last one for as long as the store's counts stay the same.
/// </summary>
public sealed class StoreSummary
{
    /// <summary>How many of the latest-dated events are kept.</summary>
    public const int LatestKept = 50;

    private StoreSummary(IReadOnlyList<DyadTotal> dyads, IReadOnlyList<ActorTotal> actors, IReadOnlyList<StoredEvent> latest,
        IReadOnlyDictionary<string, string> labels)
    {
        Dyads = dyads;
        Actors = actors;
        Latest = latest;
        _labels = labels;
    }

    private readonly IReadOnlyDictionary<string, string> _labels;

    /// <summary>Every dyad of two different sides, most events first.</summary>
    public IReadOnlyList<DyadTotal> Dyads { get; }
    /// <summary>Every side of an event, most events first.</summary>
    public IReadOnlyList<ActorTotal> Actors { get; }
    /// <summary>The latest-dated events (by the first day their date can denote), latest first.</summary>
    public IReadOnlyList<StoredEvent> Latest { get; }

    public static StoreSummary Build(IEnumerable<StoredEvent> events)
    {
        var dyads = new Dictionary<(string, string), EventAggregates.Accumulator>();
        var actors = new Dictionary<string, (int Count, string? Name)>(StringComparer.Ordinal);
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        var latest = new PriorityQueue<StoredEvent, (DateOnly, long)>();
        foreach (var stored in events)
        {
            var e = stored.Event;
            foreach (var side in new[] { e.Source, e.Target })
            {
                if (EventAggregates.SideKey(side) is not { } key) continue;
                actors.TryGetValue(key, out var c);
                actors[key] = (c.Count + 1, c.Name ?? side!.Name);
                if (side!.Name is { } name) labels.TryAdd(key, name);
            }
            if (EventAggregates.PairOf(e) is { } pair)
            {
                if (!dyads.TryGetValue(pair, out var acc)) dyads[pair] = acc = new EventAggregates.Accumulator();
                acc.Add(e);
            }
            if (EventAggregates.DateOf(e) is { IsKnown: true } d)
            {
                latest.Enqueue(stored, (d.FirstDay, stored.EventId));
                if (latest.Count > LatestKept) latest.Dequeue();
            }
        }
        var latestFirst = new List<StoredEvent>(latest.Count);
        while (latest.Count > 0) latestFirst.Add(latest.Dequeue());
        latestFirst.Reverse();
        return new StoreSummary(
            dyads.OrderByDescending(kv => kv.Value.Count).ThenBy(kv => kv.Key.Item1, StringComparer.Ordinal)
                .ThenBy(kv => kv.Key.Item2, StringComparer.Ordinal)
                .Select(kv => new DyadTotal(kv.Key.Item1, kv.Key.Item2, kv.Value.Count, EventAggregates.Round(kv.Value.Sum),
                    kv.Value.Mean, kv.Value.Quads))
                .ToList(),
            actors.OrderByDescending(kv => kv.Value.Count).ThenBy(kv => kv.Key, StringComparer.Ordinal)
                .Select(kv => new ActorTotal(kv.Key, kv.Value.Name, kv.Value.Count)).ToList(),
            latestFirst,
            labels);
    }

    /// <summary>Undirected interaction network: the busiest edges (weight = events, colour = mean Goldstein) and the nodes they touch.</summary>
    public Network Network(int maxEdges, int minEvents)
    {
        var kept = Dyads.Where(d => d.Events >= minEvents).Take(maxEdges).ToList();
        var nodeEvents = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var d in kept)
        {
            nodeEvents[d.A] = nodeEvents.GetValueOrDefault(d.A) + d.Events;
            nodeEvents[d.B] = nodeEvents.GetValueOrDefault(d.B) + d.Events;
        }
        return new Network(
            nodeEvents.OrderBy(kv => kv.Key, StringComparer.Ordinal)
                .Select(kv => new NetworkNode(kv.Key, _labels.GetValueOrDefault(kv.Key, kv.Key), kv.Value)).ToList(),
            kept.Select(d => new NetworkEdge(d.A, d.B, d.Events, d.GoldsteinMean)).ToList());
    }
}

/// <summary>
/// Keeps the last <see cref="StoreSummary"/> while the store's counts are unchanged (saving an
/// article always changes them), so dashboards do not re-read every event on each request.
/// </summary>
public sealed class StoreSummaryCache(IStoreReader reader, IArticleStore store)
{
    /// <summary>Summaries read at most this many events.</summary>
    public const int MaxEvents = 1_000_000;

    private readonly object _lock = new();
    private (StoreCounts Version, StoreSummary Summary)? _last;

    public StoreSummary Get()
    {
        var version = store.Counts();
        lock (_lock)
        {
            if (_last is { } last && last.Version == version) return last.Summary;
        }
        // Built outside the lock: two first requests may both build; both results are correct.
        var summary = StoreSummary.Build(reader.QueryEvents(new EventQuery { Limit = MaxEvents }));
        lock (_lock) _last = (version, summary);
        return summary;
    }
}
