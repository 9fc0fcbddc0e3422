using Parley.Storage;

namespace Parley.Cluster.Grains;

/// <summary>
/// Aggregates one dyad. Calls for a dyad are serialized in its single activation; the tally is
/// recounted from the shared store (the truth, written transactionally) whenever an article
/// touched the dyad since the last count, so a silo crash loses no state: a new activation
/// simply counts again.
/// </summary>
public sealed class DyadGrain(IStore store) : Grain, IDyadGrain
{
    private readonly HashSet<string> _articles = new(StringComparer.Ordinal);
    private long _events;
    private bool _stale = true;

    public Task Touch(string articleId)
    {
        if (_articles.Add(articleId)) _stale = true;
        return Task.CompletedTask;
    }

    public Task<DyadTally> Tally()
    {
        var key = this.GetPrimaryKeyString();
        if (_stale)
        {
            _events = store.CountEvents(new EventQuery { Dyad = DyadKey.Sides(key) });
            _stale = false;
        }
        return Task.FromResult(new DyadTally(key, _events, _articles.Count));
    }
}
