using Parley.Storage;

namespace Parley.Web.Api;

// Response shapes of the JSON API (snake_case on the wire, like the CLI's contract JSON).

public sealed record Page<T>(long Total, int Offset, int Limit, IReadOnlyList<T> Items);

public sealed record ApiError(string Error);

public sealed record ArticleDetail(string Id, string Text, System.Text.Json.JsonElement Analysis);

public sealed record SeriesBucket(
    string Period, string Start, string End, int Events, double GoldsteinSum, double? GoldsteinMean, int[] QuadCounts);

/// <summary>One event placed at its own date on a dyad chart.</summary>
public sealed record SeriesPoint(
    long EventId, string ArticleId, string Date, string Precision, double Goldstein, int QuadClass,
    string Cameo, string CameoLabel, bool Historical);

public sealed record DyadSeries(
    string A, string B, string By, IReadOnlyList<SeriesBucket> Buckets, IReadOnlyList<SeriesPoint> Points,
    int Undated, int TooCoarse);

public sealed record DyadTotal(string A, string B, int Events, double GoldsteinSum, double? GoldsteinMean, int[] QuadCounts);

public sealed record CountedName(string Name, int Count);

public sealed record PartnerTotal(string Actor, int Events, double? GoldsteinMean);

public sealed record ActorProfile(
    string Actor, IReadOnlyList<CountedName> Names, IReadOnlyList<CountedName> Codes, int Events, int AsSource,
    int AsTarget, double? GoldsteinMean, string? FirstDate, string? LastDate, IReadOnlyList<CountedName> Roots,
    IReadOnlyList<PartnerTotal> Partners, IReadOnlyList<TenureJson>? Offices);

public sealed record ActorTotal(string Actor, string? Name, int Events);

public sealed record NetworkNode(string Id, string Label, int Events);

public sealed record NetworkEdge(string Source, string Target, int Events, double? GoldsteinMean);

public sealed record Network(IReadOnlyList<NetworkNode> Nodes, IReadOnlyList<NetworkEdge> Edges);

public sealed record Overview(
    StoreCounts Counts, IReadOnlyList<StoredEvent> LatestEvents, IReadOnlyList<DyadTotal> TopDyads,
    IReadOnlyList<StoredClaim> OutdatedClaims);
