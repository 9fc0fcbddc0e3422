using System.Diagnostics;
using System.Threading.Channels;
using Parley.Storage;
using Parley.Text;

namespace Parley.Ingest;

public sealed record IngestOptions
{
    /// <summary>Analysis workers; the default leaves one core to reading and writing on small machines.</summary>
    public int Jobs { get; init; } = Math.Max(1, Environment.ProcessorCount);
    /// <summary>Largest article (or feed file) accepted, in bytes.</summary>
    public long MaxArticleBytes { get; init; } = ArticleReader.DefaultMaxBytes;
    /// <summary>Longest time one article may take to analyse before it is given up.</summary>
    public TimeSpan ArticleTimeLimit { get; init; } = TimeSpan.FromSeconds(60);
    /// <summary>Articles written per transaction.</summary>
    public int BatchSize { get; init; } = 64;
}

/// <summary>Where an ingest run stands; reported a few times a second.</summary>
public sealed record IngestProgress(
    long ArticlesDone, long New, long AlreadyStored, long Failed, long Sentences, long EventReports,
    long BytesDone, long BytesTotal, bool TotalKnown, TimeSpan Elapsed);

public sealed record IngestSummary(
    long New, long AlreadyStored, long Failed, long Sentences, long EventReports, StoreCounts StoreAfter,
    TimeSpan Elapsed, IReadOnlyList<IngestFailure> Failures);

/// <summary>
/// Ingests many articles into a store through a bounded pipeline: one reader lists the articles
/// of each input in order, <see cref="IngestOptions.Jobs"/> workers read, clean and analyse them,
/// and one writer stores them in batches (one transaction each). Bounded channels keep memory
/// flat however large the input. Articles already stored (same content hash) are skipped before
/// analysis, so an interrupted run resumes where it stopped.
/// </summary>
public sealed class IngestRunner(Pipeline pipeline, IStore store, IngestOptions options)
{
    private long _new, _already, _failed, _sentences, _reports, _bytesDone, _done;
    private readonly List<IngestFailure> _failures = new();
    private readonly object _failureLock = new();

    /// <summary>Called for each failure as it happens (file and reason).</summary>
    public Action<IngestFailure>? OnFailure { get; init; }

    /// <summary>Reads JSON Lines for the "-" input.</summary>
    public TextReader? StandardInput { get; init; }

    public async Task<IngestSummary> RunAsync(IReadOnlyList<IngestInput> inputs, IEnumerable<IngestFailure> listingFailures,
        Action<IngestProgress>? progress = null, CancellationToken cancellation = default)
    {
        foreach (var failure in listingFailures) Fail(failure);
        var clock = Stopwatch.StartNew();
        var bytesTotal = inputs.Sum(i => i.Bytes);
        var totalKnown = inputs.All(i => !i.IsStandardInput);

        var items = Channel.CreateBounded<IngestItem>(new BoundedChannelOptions(options.Jobs * 4) { SingleWriter = true });
        var analysed = Channel.CreateBounded<AnalysisResult>(new BoundedChannelOptions(options.BatchSize * 2) { SingleReader = true });

        using var ticker = progress is null ? null : new Timer(_ => progress(Snapshot(clock, bytesTotal, totalKnown)), null, 250, 250);
        var reader = Task.Run(() => ProduceAsync(inputs, items.Writer, cancellation), CancellationToken.None);
        // Workers block while an article is analysed, so they get their own threads rather than
        // pool threads: blocked pool threads would starve the analyses and the writer.
        var workers = Enumerable.Range(0, Math.Max(1, options.Jobs))
            .Select(_ => Task.Factory.StartNew(() => AnalyseLoop(items.Reader, analysed.Writer, cancellation),
                CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)).ToArray();
        var writer = Task.Run(() => WriteAsync(analysed.Reader), CancellationToken.None);

        try { await reader; }
        finally
        {
            try { await Task.WhenAll(workers); }
            finally
            {
                analysed.Writer.TryComplete();
                await writer;
            }
        }
        progress?.Invoke(Snapshot(clock, bytesTotal, totalKnown));
        List<IngestFailure> failures;
        lock (_failureLock) failures = [.. _failures];
        return new IngestSummary(_new, _already, _failed, _sentences, _reports, store.Counts(), clock.Elapsed, failures);
    }

    private IngestProgress Snapshot(Stopwatch clock, long bytesTotal, bool totalKnown) => new(
        Interlocked.Read(ref _done), Interlocked.Read(ref _new), Interlocked.Read(ref _already), Interlocked.Read(ref _failed),
        Interlocked.Read(ref _sentences), Interlocked.Read(ref _reports), Interlocked.Read(ref _bytesDone), bytesTotal, totalKnown, clock.Elapsed);

    private async Task ProduceAsync(IReadOnlyList<IngestInput> inputs, ChannelWriter<IngestItem> writer, CancellationToken cancellation)
    {
        try
        {
            foreach (var input in inputs)
            {
                if (cancellation.IsCancellationRequested) break;
                foreach (var item in ItemsOf(input))
                {
                    await writer.WriteAsync(item, cancellation);
                }
            }
        }
        catch (OperationCanceledException) { }
        finally { writer.TryComplete(); }
    }

    private IEnumerable<IngestItem> ItemsOf(IngestInput input)
    {
        switch (input.Kind)
        {
            case InputKind.JsonLines when input.IsStandardInput:
                return JsonLinesReader.Read(StandardInput ?? Console.In, "<stdin>", options.MaxArticleBytes);
            case InputKind.JsonLines:
                return ReadJsonLinesFile(input.Path);
            case InputKind.Feed:
                return FeedReader.Read(input.Path, options.MaxArticleBytes);
            default:
                return [new IngestItem(input.Path, input.Bytes, () => ArticleReader.ReadFile(input.Path, options.MaxArticleBytes))];
        }
    }

    private IEnumerable<IngestItem> ReadJsonLinesFile(string path)
    {
        StreamReader reader;
        try { reader = new StreamReader(path, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [new IngestItem(path, 0, () => throw new ParleyInputException(path, "cannot be read: " + e.Message))];
        }
        return Lines(reader);

        IEnumerable<IngestItem> Lines(StreamReader r)
        {
            using (r)
                foreach (var item in JsonLinesReader.Read(r, path, options.MaxArticleBytes)) yield return item;
        }
    }

    private void AnalyseLoop(ChannelReader<IngestItem> items, ChannelWriter<AnalysisResult> results, CancellationToken cancellation)
    {
        try
        {
            while (items.WaitToReadAsync(cancellation).AsTask().GetAwaiter().GetResult())
            {
                while (items.TryRead(out var item))
                {
                    var result = AnalyseOne(item);
                    Interlocked.Add(ref _bytesDone, item.Bytes);
                    if (result is null) { Interlocked.Increment(ref _done); continue; }
                    results.WriteAsync(result, CancellationToken.None).AsTask().GetAwaiter().GetResult();
                }
            }
        }
        catch (OperationCanceledException) { }
    }

    /// <summary>Reads, cleans and analyses one article; null when it failed or is already stored.</summary>
    private AnalysisResult? AnalyseOne(IngestItem item)
    {
        try
        {
            var raw = item.Read();
            if (raw.Text.Length > options.MaxArticleBytes)
                throw new ParleyInputException(item.Origin, $"the article text is {raw.Text.Length:N0} characters, over the limit of {options.MaxArticleBytes:N0}");
            var article = pipeline.Clean(raw);
            if (string.IsNullOrWhiteSpace(article.Text)) throw new ParleyInputException(item.Origin, "no text is left after cleaning");
            if (store.Contains(article.Id))
            {
                Interlocked.Increment(ref _already);
                return null;
            }
            var analysis = Task.Factory.StartNew(() => pipeline.Analyze(article), CancellationToken.None,
                TaskCreationOptions.LongRunning, TaskScheduler.Default);
            if (!analysis.Wait(options.ArticleTimeLimit))
            {
                // The analysis cannot be interrupted; it is abandoned and its result ignored.
                analysis.ContinueWith(t => _ = t.Exception, TaskScheduler.Default);
                throw new ParleyInputException(item.Origin,
                    $"analysis took longer than the limit of {options.ArticleTimeLimit.TotalSeconds:0.#} s (--article-timeout); skipped");
            }
            return analysis.Result;
        }
        catch (ParleyInputException e)
        {
            Fail(new IngestFailure(item.Origin, e.Problem));
        }
        catch (AggregateException e) when (e.InnerException is ParleyInputException inner)
        {
            Fail(new IngestFailure(item.Origin, inner.Problem));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            var inner = e is AggregateException { InnerException: { } ie } ? ie : e;
            Fail(new IngestFailure(item.Origin, $"analysis failed: {inner.GetType().Name}: {inner.Message}"));
        }
        return null;
    }

    private async Task WriteAsync(ChannelReader<AnalysisResult> results)
    {
        var batch = new List<AnalysisResult>(options.BatchSize);
        while (await results.WaitToReadAsync())
        {
            while (batch.Count < options.BatchSize && results.TryRead(out var result)) batch.Add(result);
            if (batch.Count < options.BatchSize && !results.Completion.IsCompleted)
            {
                // Give the workers a moment to fill the batch: fewer, larger transactions.
                await Task.Delay(20);
                while (batch.Count < options.BatchSize && results.TryRead(out var more)) batch.Add(more);
            }
            Write(batch);
            batch.Clear();
        }
    }

    private void Write(List<AnalysisResult> batch)
    {
        if (batch.Count == 0) return;
        try
        {
            Count(batch, store.SaveBatch(batch));
        }
        catch (Exception e) when (e is not OutOfMemoryException && batch.Count > 1)
        {
            // One bad article must not sink its batch: store them one by one to find it.
            foreach (var single in batch) Write([single]);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Interlocked.Increment(ref _done);
            Fail(new IngestFailure(batch[0].Article.Origin ?? batch[0].Article.Id, $"could not be stored: {e.Message}"));
        }
    }

    private void Count(List<AnalysisResult> batch, IReadOnlyList<SaveOutcome> outcomes)
    {
        for (var i = 0; i < batch.Count; i++)
        {
            Interlocked.Increment(ref _done);
            if (outcomes[i] == SaveOutcome.AlreadyStored) { Interlocked.Increment(ref _already); continue; }
            Interlocked.Increment(ref _new);
            Interlocked.Add(ref _sentences, batch[i].Document.Sentences.Count);
            Interlocked.Add(ref _reports, batch[i].Document.Events.Count);
        }
    }

    private void Fail(IngestFailure failure)
    {
        Interlocked.Increment(ref _failed);
        lock (_failureLock) _failures.Add(failure);
        OnFailure?.Invoke(failure);
    }
}
