using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Parley.Web.Security;
using Parley.Web.Tests.Support;

namespace Parley.Web.Tests.Api;

/// <summary>POST /api/analyze and the guards around it, each on its own server and store.</summary>
public sealed class WriteSecurityTests
{
    private const string Article = "Atlantis and Borduria agreed to resume talks on Tuesday, officials in both capitals said.";

    private static readonly Lazy<Pipeline> SharedPipeline = new(() => Pipeline.Load(RepoRoot.Resources));

    private static async Task<(RunningServer Server, Parley.Storage.IStore Store)> Start(WebOptions options, TestStore testStore)
    {
        var store = testStore.Store;
        var pipeline = SharedPipeline.Value;
        return (await RunningServer.StartAsync(new ParleyServices(store, store, () => pipeline), options), store);
    }

    private static StringContent JsonBody(object body) =>
        new(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");

    [Fact]
    public async Task AnalyzeReturnsTheAnalysisAndStoresIt()
    {
        using var testStore = new TestStore();
        var (server, store) = await Start(new WebOptions { AllowWrites = true }, testStore);
        await using var _ = server;
        using var response = await server.Client.PostAsync("/api/analyze", JsonBody(new { text = Article, title = "Talks", published = "2025-02-04" }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("stored", response.Headers.GetValues("X-Parley-Stored").Single());
        using var analysis = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var id = analysis.RootElement.GetProperty("article").GetProperty("id").GetString()!;
        Assert.Equal("2025-02-04", analysis.RootElement.GetProperty("article").GetProperty("published").GetProperty("value").GetString());
        foreach (var layer in new[] { "sentences", "mentions", "events", "quotes", "claims", "dyads" })
            Assert.Equal(JsonValueKind.Array, analysis.RootElement.GetProperty(layer).ValueKind);
        Assert.True(store.Contains(id));
        var stored = await server.Client.GetJson($"/api/articles/{id}");
        Assert.Equal(id, stored.GetProperty("analysis").GetProperty("article").Str("id"));

        using var again = await server.Client.PostAsync("/api/analyze", JsonBody(new { text = Article, published = "2025-02-04" }));
        Assert.Equal("already_stored", again.Headers.GetValues("X-Parley-Stored").Single());
        Assert.Equal(1, store.Counts().Articles);
    }

    [Fact]
    public async Task AnalyzeWithStoreFalseLeavesTheStoreAlone()
    {
        using var testStore = new TestStore();
        var (server, store) = await Start(new WebOptions { AllowWrites = true }, testStore);
        await using var _ = server;
        using var response = await server.Client.PostAsync("/api/analyze?store=false", JsonBody(new { text = Article }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("not_stored", response.Headers.GetValues("X-Parley-Stored").Single());
        Assert.Equal(0, store.Counts().Articles);
    }

    [Fact]
    public async Task SummariesFollowTheStoreAsItChanges()
    {
        using var testStore = new TestStore();
        var (server, store) = await Start(new WebOptions(), testStore);
        await using var _ = server;
        Assert.DoesNotContain((await server.Client.GetJson("/api/dyads")).EnumerateArray(), d => d.Str("a") == "XAT");
        Scenario.Fill(store, SharedPipeline.Value); // written behind the server's back, as `parley ingest` would
        var top = (await server.Client.GetJson("/api/dyads?limit=1"))[0];
        Assert.Equal(("XAT", "XBO", Scenario.SeriesMonths * 2 + 3), (top.Str("a"), top.Str("b"), top.GetProperty("events").GetInt32()));
        Assert.Contains((await server.Client.GetJson("/api/network")).GetProperty("nodes").EnumerateArray(), n => n.Str("id") == "XCA");
    }

    [Fact]
    public async Task ReadOnlyServerRefusesWrites()
    {
        using var testStore = new TestStore();
        var (server, store) = await Start(new WebOptions(), testStore);
        await using var _ = server;
        using var response = await server.Client.PostAsync("/api/analyze", JsonBody(new { text = Article }));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("--allow-writes", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, store.Counts().Articles);
    }

    [Fact]
    public async Task TokenIsRequiredWhenSet()
    {
        using var testStore = new TestStore();
        var (server, store) = await Start(new WebOptions { AllowWrites = true, WriteToken = "s3cret-token" }, testStore);
        await using var _ = server;
        using (var missing = await server.Client.PostAsync("/api/analyze", JsonBody(new { text = Article })))
            Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
        using (var wrong = new HttpRequestMessage(HttpMethod.Post, "/api/analyze") { Content = JsonBody(new { text = Article }) })
        {
            wrong.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "s3cret-tokem");
            using var response = await server.Client.SendAsync(wrong);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }
        Assert.Equal(0, store.Counts().Articles);
        using var right = new HttpRequestMessage(HttpMethod.Post, "/api/analyze") { Content = JsonBody(new { text = Article }) };
        right.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "s3cret-token");
        using (var response = await server.Client.SendAsync(right))
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, store.Counts().Articles);
    }

    [Fact]
    public async Task CrossSiteAndNonJsonWritesAreRefused()
    {
        using var testStore = new TestStore();
        var (server, store) = await Start(new WebOptions { AllowWrites = true }, testStore);
        await using var _ = server;
        // A page elsewhere can post a plain-text or form body without a CORS preflight: refuse it.
        using (var plain = await server.Client.PostAsync("/api/analyze", new StringContent(Article, Encoding.UTF8, "text/plain")))
            Assert.Equal(HttpStatusCode.UnsupportedMediaType, plain.StatusCode);
        using (var crossSite = new HttpRequestMessage(HttpMethod.Post, "/api/analyze") { Content = JsonBody(new { text = Article }) })
        {
            crossSite.Headers.Add("Origin", "http://attacker.example");
            using var response = await server.Client.SendAsync(crossSite);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
        Assert.Equal(0, store.Counts().Articles);
    }

    [Fact]
    public async Task OversizedAndMalformedBodiesAreRefused()
    {
        using var testStore = new TestStore();
        var (server, store) = await Start(new WebOptions { AllowWrites = true, MaxRequestBytes = 64 * 1024, MaxArticleChars = 20_000 }, testStore);
        await using var _ = server;
        using (var huge = await server.Client.PostAsync("/api/analyze", JsonBody(new { text = new string('a', 200_000) })))
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
        using (var tooLong = await server.Client.PostAsync("/api/analyze", JsonBody(new { text = new string('a', 30_000) })))
        {
            Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
            Assert.Contains("longer than 20000", await tooLong.Content.ReadAsStringAsync());
        }
        using (var broken = await server.Client.PostAsync("/api/analyze", new StringContent("{\"text\": ", Encoding.UTF8, "application/json")))
            Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        using (var empty = await server.Client.PostAsync("/api/analyze", JsonBody(new { text = "  " })))
            Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        using (var badDate = await server.Client.PostAsync("/api/analyze", JsonBody(new { text = Article, published = "last week" })))
            Assert.Equal(HttpStatusCode.BadRequest, badDate.StatusCode);
        using (var fileUrl = await server.Client.PostAsync("/api/analyze", JsonBody(new { text = Article, url = "file:///etc/passwd" })))
            Assert.Equal(HttpStatusCode.BadRequest, fileUrl.StatusCode);
        Assert.Equal(0, store.Counts().Articles);
    }

    [Fact]
    public async Task ForeignHostNamesAreRefusedOnLoopback()
    {
        using var testStore = new TestStore();
        var (server, _) = await Start(new WebOptions(), testStore);
        await using var __ = server;
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/stats");
        request.Headers.Host = "rebound.attacker.example";
        using var response = await server.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task PagesCarryAStrictContentSecurityPolicy()
    {
        using var testStore = new TestStore();
        var (server, _) = await Start(new WebOptions(), testStore);
        await using var __ = server;
        using var response = await server.Client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<title>Parley", await response.Content.ReadAsStringAsync());
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Theory]
    [InlineData("http://127.0.0.1:5080", true)]
    [InlineData("http://localhost:5080", true)]
    [InlineData("http://[::1]:5080", true)]
    [InlineData("http://127.0.0.1:5080;http://[::1]:5081", true)]
    [InlineData("http://0.0.0.0:5080", false)]
    [InlineData("http://*:5080", false)]
    [InlineData("http://+:5080", false)]
    [InlineData("http://192.168.1.10:5080", false)]
    [InlineData("http://127.0.0.1:5080;http://example.org:80", false)]
    public void LoopbackIsRecognised(string urls, bool loopback) => Assert.Equal(loopback, WriteGuard.LoopbackOnly(urls));

    [Fact]
    public void WritesBeyondLoopbackNeedAToken()
    {
        Assert.Contains("token", WebHost.Problem(new WebOptions { Urls = "http://0.0.0.0:5080", AllowWrites = true }));
        Assert.Null(WebHost.Problem(new WebOptions { Urls = "http://0.0.0.0:5080", AllowWrites = true, WriteToken = "t" }));
        Assert.Null(WebHost.Problem(new WebOptions { Urls = "http://0.0.0.0:5080" }));
        Assert.Null(WebHost.Problem(new WebOptions { AllowWrites = true }));
    }
}
