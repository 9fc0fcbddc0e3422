using System.Net;
using Parley.Web.Tests.Support;

namespace Parley.Web.Tests.Api;

[Collection(ScenarioCollection.Name)]
public sealed class ArticlesApiTests(ScenarioServer server)
{
    private const int Articles = Scenario.SeriesMonths + 2;

    [Fact]
    public async Task ListPagesThroughEveryArticle()
    {
        var first = await server.Client.GetJson("/api/articles?limit=5");
        Assert.Equal(Articles, first.Total());
        var ids = new HashSet<string>();
        for (var offset = 0; offset < Articles; offset += 5)
        {
            var page = await server.Client.GetJson($"/api/articles?offset={offset}&limit=5");
            foreach (var a in page.Items()) Assert.True(ids.Add(a.Str("id")));
        }
        Assert.Equal(Articles, ids.Count);
        Assert.Contains(server.Stored.HeadlineId, ids);
    }

    [Fact]
    public async Task OneArticleHasItsTextAndAnalysis()
    {
        var article = await server.Client.GetJson($"/api/articles/{server.Stored.HeadlineId}");
        Assert.Equal(server.Stored.HeadlineId, article.Str("id"));
        Assert.Contains("Atlantis rejected the latest proposal", article.Str("text"));
        var analysis = article.GetProperty("analysis");
        Assert.Equal(server.Stored.HeadlineId, analysis.GetProperty("article").Str("id"));
        Assert.Equal("Atlantis rejects Borduria's proposal", analysis.GetProperty("article").Str("title"));
        Assert.Contains(analysis.GetProperty("claims").EnumerateArray(), c => c.Str("verdict") == "outdated");
        Assert.Contains(analysis.GetProperty("quotes").EnumerateArray(), q => q.Str("text") == "\"We will not bow to pressure,\"");
    }

    [Fact]
    public async Task UnknownArticleIsNotFound() =>
        Assert.Contains("no article", (await server.Client.GetJson("/api/articles/0123456789abcdef", HttpStatusCode.NotFound)).Str("error"));

    [Theory]
    [InlineData("not-an-id")]
    [InlineData("..%2F..%2Fetc%2Fpasswd")]
    [InlineData("ABCDEF0123456789")]
    public async Task MalformedArticleIdIsRefused(string id) =>
        await server.Client.GetJson($"/api/articles/{id}", HttpStatusCode.BadRequest);

    [Fact]
    public async Task ClaimsFilterByVerdict()
    {
        var outdated = await server.Client.GetJson("/api/claims?verdict=outdated");
        Assert.Equal(2, outdated.GetArrayLength());
        Assert.All(outdated.EnumerateArray(), c => Assert.Equal("outdated", c.GetProperty("claim").Str("verdict")));
        var supported = await server.Client.GetJson("/api/claims?verdict=supported");
        Assert.DoesNotContain(supported.EnumerateArray(), c => c.Str("article_id") == server.Stored.HeadlineId);
        await server.Client.GetJson("/api/claims?verdict=probably", HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task OverviewSummarisesTheStore()
    {
        var overview = await server.Client.GetJson("/api/overview");
        Assert.Equal(Articles, overview.GetProperty("counts").GetProperty("articles").GetInt64());
        var top = overview.GetProperty("top_dyads")[0];
        Assert.Equal(("XAT", "XBO"), (top.Str("a"), top.Str("b")));
        Assert.Equal(2, overview.GetProperty("outdated_claims").GetArrayLength());
        var latest = overview.GetProperty("latest_events").EnumerateArray().Select(e => e.GetProperty("event").GetProperty("date").Str("value")).ToList();
        Assert.Equal(latest.OrderDescending(StringComparer.Ordinal), latest);
        Assert.Equal($"2025-{Scenario.SeriesMonths:D2}-20", latest[0]);
    }

    [Theory]
    [InlineData("2025-06-16", "Someone Else")]
    [InlineData("2020", "Ivo Tamm")]
    [InlineData("2024-05-09", "Ivo Tamm")]
    [InlineData("2024-05-10", "Someone Else")]
    public async Task HoldersAreAnsweredAsOfTheDate(string on, string holder)
    {
        var rows = (await server.Client.GetJson($"/api/kb/holders?country=xbo&on={on}")).EnumerateArray().ToList();
        Assert.Equal(["head_of_government", "head_of_state"], rows.Select(r => r.Str("role")).Order());
        Assert.All(rows, r =>
        {
            Assert.Equal(holder, r.Str("name"));
            Assert.Equal("President of Borduria", r.Str("office"));
            Assert.Equal("held", r.Str("status"));
        });
    }

    [Fact]
    public async Task AHandOverInsideTheDateGivesBothCandidates()
    {
        var rows = (await server.Client.GetJson("/api/kb/holders?country=XBO&on=2024-05")).EnumerateArray().ToList();
        Assert.Equal(["Ivo Tamm", "Someone Else"], rows.Select(r => r.Str("name")).Distinct().Order());
        Assert.All(rows, r => Assert.Equal("straddles", r.Str("status")));
    }

    [Theory]
    [InlineData("country=ZZZ&on=2025", HttpStatusCode.NotFound)]
    [InlineData("country=XBO", HttpStatusCode.BadRequest)]
    [InlineData("country=XBO&on=soon", HttpStatusCode.BadRequest)]
    [InlineData("country=XBO&org=UN&on=2025", HttpStatusCode.BadRequest)]
    [InlineData("on=2025", HttpStatusCode.BadRequest)]
    public async Task HolderQuestionsNeedOneKnownOwnerAndADate(string query, HttpStatusCode status) =>
        Assert.False(string.IsNullOrEmpty((await server.Client.GetJson("/api/kb/holders?" + query, status)).Str("error")));

    [Fact]
    public async Task UnknownApiPathIsJsonNotFound() =>
        Assert.Equal("no such API endpoint", (await server.Client.GetJson("/api/nothing/here", HttpStatusCode.NotFound)).Str("error"));

    [Fact]
    public async Task OpenApiDocumentDescribesTheEndpoints()
    {
        var doc = await server.Client.GetJson("/openapi/v1.json");
        var paths = doc.GetProperty("paths");
        foreach (var path in new[] { "/api/events", "/api/articles/{id}", "/api/dyads/{a}/{b}/series", "/api/analyze", "/api/claims", "/api/kb/holders" })
            Assert.True(paths.TryGetProperty(path, out _), $"OpenAPI lacks {path}");
        var parameters = paths.GetProperty("/api/events").GetProperty("get").GetProperty("parameters").EnumerateArray()
            .Select(p => p.Str("name")).ToList();
        Assert.Superset(new HashSet<string> { "dyad", "actor", "root", "code", "plover", "modality", "from", "to", "historical", "offset", "limit" },
            parameters.ToHashSet(StringComparer.OrdinalIgnoreCase));
    }
}
