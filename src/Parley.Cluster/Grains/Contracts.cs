using Parley.Text;
using Parley.Time;

namespace Parley.Cluster.Grains;

/// <summary>
/// One article as the client read it (decoded, HTML already reduced to text), sent to the
/// cluster for cleaning, analysis and storage. Plain fields so that it serializes compactly.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ArticleSubmission(
    [property: Id(0)] string Origin,
    [property: Id(1)] string Text,
    [property: Id(2)] string? Title,
    [property: Id(3)] string? Url,
    [property: Id(4)] string? Source,
    [property: Id(5)] string? Published)
{
    public static ArticleSubmission From(RawArticle raw, string origin) =>
        new(origin, raw.Text, raw.Title, raw.Url, raw.SourceName, raw.MetadataDate?.ToString());

    public RawArticle ToRawArticle() => new()
    {
        Text = Text,
        Title = Title,
        Url = Url,
        SourceName = Source,
        Origin = Origin,
        MetadataDate = PartialDate.TryParse(Published, out var date) ? date : null,
    };
}

[GenerateSerializer]
public enum ArticleOutcome { Stored, AlreadyStored, Failed }

/// <summary>What became of one submitted article.</summary>
[GenerateSerializer, Immutable]
public sealed record ArticleReply(
    [property: Id(0)] string Origin,
    [property: Id(1)] ArticleOutcome Outcome,
    [property: Id(2)] string? ArticleId,
    [property: Id(3)] int Sentences,
    [property: Id(4)] int EventReports,
    [property: Id(5)] string? Failure);

/// <summary>The store's counts, as `parley stats` prints them.</summary>
[GenerateSerializer, Immutable]
public sealed record StoreTally(
    [property: Id(0)] long Articles, [property: Id(1)] long Events, [property: Id(2)] long EventReports);

/// <summary>Articles a silo has processed: in all, and over the last minute.</summary>
[GenerateSerializer, Immutable]
public sealed record ThroughputReading(
    [property: Id(0)] string Silo,
    [property: Id(1)] long Articles,
    [property: Id(2)] long Sentences,
    [property: Id(3)] double ArticlesPerSecondLastMinute);

/// <summary>Events and reports stored between two sides, as the dyad grain last counted them.</summary>
[GenerateSerializer, Immutable]
public sealed record DyadTally(
    [property: Id(0)] string Dyad, [property: Id(1)] long Events, [property: Id(2)] long ArticlesSeen);

/// <summary>
/// Cleans, analyses and stores batches of articles. A stateless worker: every silo runs as many
/// activations as it has cores, and calls go to the silo that receives them, so the analysis
/// spreads over the silos the client talks to. Storing is idempotent by content hash, so a batch
/// may be sent again after any failure.
/// </summary>
public interface IAnalysisGrain : IGrainWithIntegerKey
{
    Task<ArticleReply[]> IngestBatch(ArticleSubmission[] batch);
    Task<StoreTally> StoreCounts();
}

/// <summary>
/// Per-dyad aggregation, one activation per dyad ("IRN|USA", sides sorted): calls for one dyad
/// are serialized, so its tally never sees a half-applied update.
/// </summary>
public interface IDyadGrain : IGrainWithStringKey
{
    Task Touch(string articleId);
    Task<DyadTally> Tally();
}

/// <summary>Throughput of one silo, keyed by the silo's address.</summary>
public interface IThroughputGrain : IGrainWithStringKey
{
    Task Add(int articles, int sentences);
    Task<ThroughputReading> Read();
}
