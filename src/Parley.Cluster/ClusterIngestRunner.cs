using System.Diagnostics;
using Parley.Cluster.Grains;
using Parley.Ingest;
using Parley.Storage;

namespace Parley.Cluster;

public sealed record ClusterIngestOptions
{
    public long MaxArticleBytes { get; init; } = Text.ArticleReader.DefaultMaxBytes;
    /// <summary>Articles per grain call (and per store transaction).</summary>
    public int BatchSize { get; init; } = 16;
    /// <summary>Batches sent and not yet answered: the back-pressure bound on the client.</summary>
    public int InFlight { get; init; } = 8;
    /// <summary>Tries per batch before its articles are reported as failed.</summary>
    public int MaxAttempts { get; init; } = 10;
}

/// <summary>
/// Feeds articles to a Parley cluster. The client reads and decodes the inputs (as `parley
/// ingest` does), groups them into batches and sends each batch to a stateless analysis grain;
/// at most <see cref="ClusterIngestOptions.InFlight"/> batches are outstanding, so a slow cluster
/// slows the reader instead of filling memory. A batch that fails (a silo died, a timeout) is
/// sent again, to whichever silo answers: the store's content-hash idempotence makes the
/// repeat harmless, so every article is stored exactly once.
/// </summary>
public sealed class ClusterIngestRunner(IClusterClient client, ClusterIngestOptions options)
{
    private long _new, _already, _failed, _sentences, _reports, _bytesDone, _done, _retries;
    private readonly List<IngestFailure> _failures = new();

    public Action<IngestFailure>? OnFailure { get; init; }
    public TextReader? StandardInput { get; init; }
    /// <summary>Batches that had to be sent more than once.</summary>
    public long Retries => Interlocked.Read(ref _retries);

    public async Task<IngestSummary> RunAsync(IReadOnlyList<IngestInput> inputs, IEnumerable<IngestFailure> listingFailures,
        Action<IngestProgress>? progress = null, CancellationToken cancellation = default)
    {
        foreach (var failure in listingFailures) Fail(failure);
        var clock = Stopwatch.StartNew();
        var bytesTotal = inputs.Sum(i => i.Bytes);
        var totalKnown = inputs.All(i => !i.IsStandardInput);
        using var ticker = progress is null ? null
            : new Timer(_ => progress(Snapshot(clock, bytesTotal, totalKnown)), null, 250, 250);

        using var gate = new SemaphoreSlim(Math.Max(1, options.InFlight));
        var pending = new List<Task>();
        var batch = new List<(ArticleSubmission Article, long Bytes)>(options.BatchSize);
        foreach (var item in inputs.SelectMany(ItemsOf))
        {
            if (cancellation.IsCancellationRequested) break;
            var submission = Read(item);
            if (submission is null) continue;
            batch.Add((submission, item.Bytes));
            if (batch.Count < options.BatchSize) continue;
            pending.Add(await SendWhenFreeAsync(gate, [.. batch], cancellation));
            batch.Clear();
            pending.RemoveAll(t => t.IsCompleted);
        }
        if (batch.Count > 0 && !cancellation.IsCancellationRequested) pending.Add(await SendWhenFreeAsync(gate, [.. batch], cancellation));
        await Task.WhenAll(pending);

        progress?.Invoke(Snapshot(clock, bytesTotal, totalKnown));
        var tally = await WithRetries(() => client.GetGrain<IAnalysisGrain>(0).StoreCounts(), cancellation);
        List<IngestFailure> failures;
        lock (_failures) failures = [.. _failures];
        return new IngestSummary(_new, _already, _failed, _sentences, _reports,
            new StoreCounts(tally.Articles, tally.Events, tally.EventReports, 0, 0), clock.Elapsed, failures);
    }

    private async Task<Task> SendWhenFreeAsync(SemaphoreSlim gate, List<(ArticleSubmission Article, long Bytes)> batch, CancellationToken cancellation)
    {
        await gate.WaitAsync(cancellation);
        return Task.Run(async () =>
        {
            try { await SendAsync(batch, cancellation); }
            finally { gate.Release(); }
        }, CancellationToken.None);
    }

    private async Task SendAsync(List<(ArticleSubmission Article, long Bytes)> batch, CancellationToken cancellation)
    {
        var articles = batch.Select(b => b.Article).ToArray();
        ArticleReply[] replies;
        try
        {
            replies = await WithRetries(() => client.GetGrain<IAnalysisGrain>(Random.Shared.NextInt64()).IngestBatch(articles), cancellation);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            foreach (var a in articles)
            {
                Interlocked.Increment(ref _done);
                Fail(new IngestFailure(a.Origin, $"could not be stored after {options.MaxAttempts} attempts: {e.Message}"));
            }
            return;
        }
        foreach (var reply in replies) Count(reply);
        Interlocked.Add(ref _bytesDone, batch.Sum(b => b.Bytes));
    }

    /// <summary>
    /// Calls the cluster, trying again after a failure with a growing pause. Each try takes a
    /// fresh grain key, so the client's gateway choice (by key) can move to a silo that is alive.
    /// </summary>
    private async Task<T> WithRetries<T>(Func<Task<T>> call, CancellationToken cancellation)
    {
        for (var attempt = 1; ; attempt++)
        {
            try { return await call(); }
            catch (Exception) when (attempt < options.MaxAttempts && !cancellation.IsCancellationRequested)
            {
                if (attempt == 1) Interlocked.Increment(ref _retries);
                await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(250 * attempt * attempt, 5000)), cancellation);
            }
        }
    }

    private ArticleSubmission? Read(IngestItem item)
    {
        try
        {
            var raw = item.Read();
            if (raw.Text.Length > options.MaxArticleBytes)
                throw new ParleyInputException(item.Origin, $"the article text is {raw.Text.Length:N0} characters, over the limit of {options.MaxArticleBytes:N0}");
            return ArticleSubmission.From(raw, item.Origin);
        }
        catch (ParleyInputException e) { Fail(new IngestFailure(item.Origin, e.Problem)); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            Fail(new IngestFailure(item.Origin, "cannot be read: " + e.Message));
        }
        Interlocked.Increment(ref _done);
        Interlocked.Add(ref _bytesDone, item.Bytes);
        return null;
    }

    private IEnumerable<IngestItem> ItemsOf(IngestInput input) => input.Kind switch
    {
        InputKind.JsonLines when input.IsStandardInput =>
            JsonLinesReader.Read(StandardInput ?? Console.In, "<stdin>", options.MaxArticleBytes),
        InputKind.JsonLines => JsonLinesFile(input.Path),
        InputKind.Feed => FeedReader.Read(input.Path, options.MaxArticleBytes),
        _ => [new IngestItem(input.Path, input.Bytes, () => Text.ArticleReader.ReadFile(input.Path, options.MaxArticleBytes))],
    };

    private IEnumerable<IngestItem> JsonLinesFile(string path)
    {
        StreamReader reader;
        try { reader = new StreamReader(path, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Fail(new IngestFailure(path, "cannot be read: " + e.Message));
            yield break;
        }
        using (reader)
            foreach (var item in JsonLinesReader.Read(reader, path, options.MaxArticleBytes)) yield return item;
    }

    private void Count(ArticleReply reply)
    {
        Interlocked.Increment(ref _done);
        switch (reply.Outcome)
        {
            case ArticleOutcome.Stored:
                Interlocked.Increment(ref _new);
                Interlocked.Add(ref _sentences, reply.Sentences);
                Interlocked.Add(ref _reports, reply.EventReports);
                break;
            case ArticleOutcome.AlreadyStored:
                Interlocked.Increment(ref _already);
                break;
            default:
                Fail(new IngestFailure(reply.Origin, reply.Failure ?? "failed"));
                break;
        }
    }

    private IngestProgress Snapshot(Stopwatch clock, long bytesTotal, bool totalKnown) => new(
        Interlocked.Read(ref _done), Interlocked.Read(ref _new), Interlocked.Read(ref _already), Interlocked.Read(ref _failed),
        Interlocked.Read(ref _sentences), Interlocked.Read(ref _reports), Interlocked.Read(ref _bytesDone), bytesTotal, totalKnown, clock.Elapsed);

    private void Fail(IngestFailure failure)
    {
        Interlocked.Increment(ref _failed);
        lock (_failures) _failures.Add(failure);
        OnFailure?.Invoke(failure);
    }
}
