namespace Parley.Cluster.Grains;

/// <summary>Counts what one silo processed, with a one-minute window for the current rate.</summary>
public sealed class ThroughputGrain(TimeProvider clock) : Grain, IThroughputGrain
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private readonly Queue<(DateTimeOffset At, int Articles)> _recent = new();
    private long _articles, _sentences;

    public Task Add(int articles, int sentences)
    {
        _articles += articles;
        _sentences += sentences;
        _recent.Enqueue((clock.GetUtcNow(), articles));
        Trim();
        return Task.CompletedTask;
    }

    public Task<ThroughputReading> Read()
    {
        Trim();
        var inWindow = _recent.Sum(r => r.Articles);
        var span = _recent.Count == 0 ? Window : clock.GetUtcNow() - _recent.Peek().At;
        var seconds = Math.Clamp(span.TotalSeconds, 1, Window.TotalSeconds);
        return Task.FromResult(new ThroughputReading(this.GetPrimaryKeyString(), _articles, _sentences, inWindow / seconds));
    }

    private void Trim()
    {
        var cutoff = clock.GetUtcNow() - Window;
        while (_recent.Count > 0 && _recent.Peek().At < cutoff) _recent.Dequeue();
    }
}
