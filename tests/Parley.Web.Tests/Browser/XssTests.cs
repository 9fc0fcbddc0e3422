using Parley.Web.Tests.Support;

namespace Parley.Web.Tests.Browser;

/// <summary>
/// An article full of script tags and event handlers is stored; every page that shows it must
/// show the markup as text, and nothing in it may run.
/// </summary>
[Collection(ScenarioCollection.Name)]
public sealed class XssTests(ScenarioServer server, BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Probe = "() => typeof window." + Scenario.XssMarker;

    [BrowserFact]
    public async Task HostileArticleIsShownAsTextAndNothingRuns()
    {
        await using var session = await PageSession.OpenAsync(browser.Browser, server.Address);
        var page = session.Page;
        foreach (var path in new[]
                 {
                     $"article.html?id={server.Stored.XssId}", "index.html", "events.html?actor=XCA", "actor.html?actor=XCA",
                     "dyad.html?a=XAT&b=XCA", "network.html",
                 })
        {
            await session.GoAsync(path);
            await page.Mouse.MoveAsync(300, 300);
            foreach (var hovered in await page.Locator("main span.hl, main q, main td").AllAsync())
                if (await hovered.IsVisibleAsync()) { await hovered.HoverAsync(new() { Timeout = 2_000 }); break; }
            Assert.Equal("undefined", await page.EvaluateAsync<string>(Probe));
            // No element from the data became markup: the only scripts are our own files.
            Assert.Equal(0, await page.Locator("main img, main svg[onload], main [onerror], main [onmouseover], main [onload], main script").CountAsync());
            Assert.All(await page.Locator("script").EvaluateAllAsync<string[]>("nodes => nodes.map(n => n.getAttribute('src') || 'inline')"),
                src => Assert.StartsWith(src.StartsWith("vendor/", StringComparison.Ordinal) ? "vendor/" : "js/", src));
        }

        await session.GoAsync($"article.html?id={server.Stored.XssId}");
        var shown = await page.InnerTextAsync("#text");
        Assert.Contains("<script>window." + Scenario.XssMarker, shown);
        Assert.Contains("onerror=", shown);
        Assert.Contains("<script>", await page.InnerTextAsync("#title"));
        Assert.Contains("onerror=", await page.InnerTextAsync("#claims"));
        Assert.Contains("<svg onload", await page.InnerTextAsync("#quotes"));

        // The Analyze page renders a hostile analysis the same way.
        await session.GoAsync("analyze.html");
        await page.FillAsync("textarea[name=text]", Scenario.XssText);
        await page.UncheckAsync("input[name=store]");
        await page.ClickAsync("#analyze-form button[type=submit]");
        await page.WaitForSelectorAsync("#result:not([hidden])", new() { Timeout = 60_000 });
        Assert.Equal("undefined", await page.EvaluateAsync<string>(Probe));
        session.AssertClean();
    }
}
