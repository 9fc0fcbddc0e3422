using Parley.Output;
using Parley.Time;

namespace Parley.Storage;

/// <summary>Filters for event queries; null means "any". Dates compare on the event date.</summary>
public sealed record EventQuery
{
    /// <summary>Two actor codes or ISO3 countries; matches events between them in either direction.</summary>
    public (string A, string B)? Dyad { get; init; }
    /// <summary>An actor code or country on either side.</summary>
    public string? Actor { get; init; }
    public string? Root { get; init; }
    public string? Code { get; init; }
    public string? Plover { get; init; }
    public string? Modality { get; init; }
    public PartialDate? From { get; init; }
    public PartialDate? To { get; init; }
    public bool? Historical { get; init; }
    public string? ArticleId { get; init; }
    public int Offset { get; init; }
    public int? Limit { get; init; }
}

/// <summary>
/// One stored event: a merged event (the same happening reported by one or more articles) with
/// the report that represents it and how many reports stand behind it.
/// </summary>
public sealed record StoredEvent(
    long EventId, string ArticleId, EventJson Event, int Reports, IReadOnlyList<EvidenceRef> Evidence);

/// <summary>Where a merged event is stated: an article and a span of its cleaned text.</summary>
public sealed record EvidenceRef(string ArticleId, int Sentence, string Text, int Start, int End);

public sealed record ArticleSummary(
    string Id, string? Title, string? Published, string PublishedBasis, string? Source, string? Url,
    DateTimeOffset StoredAt, int Events, int Claims);

/// <summary>A claim with the article it comes from.</summary>
public sealed record StoredClaim(string ArticleId, ClaimJson Claim);

/// <summary>
/// Read access to a store, shared by the CLI queries, the outlook and the web API. Queries stream
/// (IEnumerable) so memory stays constant however many events match.
/// </summary>
public interface IStoreReader
{
    IReadOnlyList<ArticleSummary> ListArticles(int offset, int limit);
    /// <summary>The stored analysis (contract JSON) of one article, or null if absent.</summary>
    string? GetAnalysisJson(string articleId);
    /// <summary>The cleaned text of one article, or null if absent.</summary>
    string? GetArticleText(string articleId);
    IEnumerable<StoredEvent> QueryEvents(EventQuery query);
    long CountEvents(EventQuery query);
    IReadOnlyList<StoredClaim> QueryClaims(string? verdict, int offset, int limit);
}
