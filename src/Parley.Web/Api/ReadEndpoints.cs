using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Parley.Storage;

namespace Parley.Web.Api;

/// <summary>The read-only part of the JSON API: articles, events, actors, dyads, claims, knowledge base.</summary>
public static class ReadEndpoints
{
    /// <summary>Summaries stream every matching event once; this caps how many they read.</summary>
    private const int AggregateCap = 1_000_000;

    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("read");

        api.MapGet("/stats", (ParleyServices s) => s.Store.Counts())
            .WithSummary("Counts in the store");

        api.MapGet("/overview", Overview)
            .WithSummary("Counts, latest events, most active dyads, claims flagged outdated");

        api.MapGet("/articles", (ParleyServices s, int? offset, int? limit) =>
        {
            var (o, l) = ApiInput.Paging(offset, limit);
            return new Page<ArticleSummary>(s.Store.Counts().Articles, o, l, s.Reader.ListArticles(o, l));
        }).WithSummary("Stored articles, most recently stored first as the store orders them");

        api.MapGet("/articles/{id}", Results<Ok<ArticleDetail>, NotFound<ApiError>> (ParleyServices s, string id) =>
        {
            var articleId = ApiInput.Article(id);
            var json = s.Reader.GetAnalysisJson(articleId);
            var text = s.Reader.GetArticleText(articleId);
            if (json is null || text is null) return TypedResults.NotFound(new ApiError($"no article {articleId}"));
            using var doc = JsonDocument.Parse(json);
            return TypedResults.Ok(new ArticleDetail(articleId, text, doc.RootElement.Clone()));
        }).WithSummary("One article: its cleaned text and its stored analysis");

        api.MapGet("/events", (ParleyServices s, [AsParameters] EventFilter filter, int? offset, int? limit) =>
        {
            var (o, l) = ApiInput.Paging(offset, limit);
            var query = ApiInput.Events(filter, o, l);
            var items = s.Reader.QueryEvents(query).Take(l).ToList();
            // A page that is neither full nor empty is the last one, so it tells the total without counting.
            var total = items.Count > 0 && items.Count < l ? o + items.Count
                : s.Reader.CountEvents(query with { Offset = 0, Limit = null });
            return new Page<StoredEvent>(total, o, l, items);
        }).WithSummary("Events matching every filter given, a page at a time");

        api.MapGet("/dyads", (ParleyServices s, int? limit) =>
        {
            var (_, l) = ApiInput.Paging(0, limit ?? 20);
            return s.Summaries.Get().Dyads.Take(l).ToList();
        }).WithSummary("The most active dyads (pairs of countries, or actor codes where no country is known)");

        api.MapGet("/dyads/{a}/{b}/series", (ParleyServices s, string a, string b, string? by, [AsParameters] SeriesFilter f) =>
        {
            var bucket = ApiInput.Choice(by, "by", "week", "month") ?? "month";
            var dyad = (ApiInput.Id(a, "a").ToUpperInvariant(), ApiInput.Id(b, "b").ToUpperInvariant());
            var query = ApiInput.Events(new EventFilter($"{dyad.Item1},{dyad.Item2}", null, f.Root, null, null, f.Modality,
                f.From, f.To, f.Historical, null), 0, AggregateCap);
            return EventAggregates.Series(dyad.Item1, dyad.Item2, bucket, s.Reader.QueryEvents(query));
        }).WithSummary("A dyad's events by week or month: counts, Goldstein sum and mean, quad-class counts, and each event at its own date");

        api.MapGet("/actors", (ParleyServices s, int? limit) =>
        {
            var (_, l) = ApiInput.Paging(0, limit ?? 50);
            return s.Summaries.Get().Actors.Take(l).ToList();
        }).WithSummary("The most active actors");

        api.MapGet("/actors/{actor}", (ParleyServices s, string actor) =>
        {
            var id = ApiInput.Id(actor, "actor");
            var events = s.Reader.QueryEvents(new EventQuery { Actor = id, Limit = AggregateCap });
            return EventAggregates.Profile(id, events, s.Knowledge?.Offices(id));
        }).WithSummary("An actor's profile: names, event counts, partners, CAMEO roots, and offices with tenures when the knowledge base knows them");

        api.MapGet("/network", (ParleyServices s, int? edges, int? min_events) =>
        {
            var (_, maxEdges) = ApiInput.Paging(0, edges ?? 150);
            if (min_events is < 1) throw new ApiInputException("'min_events' must be 1 or more");
            return s.Summaries.Get().Network(maxEdges, min_events ?? 1);
        }).WithSummary("Actor-interaction network: edge weight = events, edge goldstein_mean for colour");

        api.MapGet("/claims", (ParleyServices s, string? verdict, int? offset, int? limit) =>
        {
            var (o, l) = ApiInput.Paging(offset, limit);
            var v = ApiInput.Choice(verdict, "verdict", ApiInput.Verdicts);
            return s.Reader.QueryClaims(v, o, l);
        }).WithSummary("Checked office-holder claims, optionally of one verdict");

        api.MapGet("/kb/holders", Results<Ok<IReadOnlyList<HolderJson>>, NotFound<ApiError>, JsonHttpResult<ApiError>> (
            ParleyServices s, string? country, string? org, string? on) =>
        {
            if (s.Knowledge is null)
                return TypedResults.Json(new ApiError("the knowledge base is not available"), statusCode: StatusCodes.Status503ServiceUnavailable);
            if ((country is null) == (org is null)) throw new ApiInputException("give exactly one of 'country' or 'org'");
            var date = ApiInput.Date(on, "on") ?? throw new ApiInputException("'on' (a date) is required");
            var holders = s.Knowledge.Holders(
                ApiInput.OptionalId(country, "country")?.ToUpperInvariant(), ApiInput.OptionalId(org, "org")?.ToUpperInvariant(), date);
            return holders is null
                ? TypedResults.NotFound(new ApiError($"the knowledge base does not know {country ?? org}"))
                : TypedResults.Ok(holders);
        }).WithSummary("Office holders of a country (ISO3) or organization on a date");
    }

    private static Overview Overview(ParleyServices s)
    {
        var counts = s.Store.Counts();
        var summary = s.Summaries.Get();
        return new Overview(counts, summary.Latest.Take(10).ToList(), summary.Dyads.Take(10).ToList(),
            s.Reader.QueryClaims("outdated", 0, 10));
    }
}

/// <summary>Filters a dyad series accepts.</summary>
public sealed record SeriesFilter(string? Root, string? Modality, string? From, string? To, bool? Historical);
