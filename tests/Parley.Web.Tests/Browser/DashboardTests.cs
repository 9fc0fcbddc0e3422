using System.Text.Json;
using Parley.Web.Tests.Support;

namespace Parley.Web.Tests.Browser;

[Collection(ScenarioCollection.Name)]
public sealed class DashboardTests(ScenarioServer server, BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private Task<PageSession> Open() => PageSession.OpenAsync(browser.Browser, server.Address);

    public static TheoryData<string, string> Pages => new()
    {
        { "overview", "index.html" },
        { "events", "events.html" },
        { "dyad", "dyad.html?a=XAT&b=XBO" },
        { "article", "article.html?id={headline}" },
        { "actor", "actor.html?actor=XAT" },
        { "network", "network.html" },
        { "analyze", "analyze.html" },
    };

    [BrowserTheory]
    [MemberData(nameof(Pages))]
    public async Task PageLoadsWithoutErrors(string name, string path)
    {
        await using var session = await Open();
        await session.GoAsync(path.Replace("{headline}", server.Stored.HeadlineId));
        await session.ScreenshotAsync(browser.OutputFolder, name);
        session.AssertClean();
        Assert.False(string.IsNullOrWhiteSpace(await session.Page.InnerTextAsync("main h1")));
    }

    [BrowserFact]
    public async Task OverviewShowsCountsDyadsAndOutdatedClaims()
    {
        await using var session = await Open();
        await session.GoAsync("index.html");
        Assert.Equal(5, await session.Page.Locator("#counts .card").CountAsync());
        Assert.Equal("XAT–XBO", await session.Page.Locator("#dyads tbody tr").First.Locator("a").InnerTextAsync());
        Assert.Equal(2, await session.Page.Locator("#outdated li.verdict-outdated").CountAsync());
        Assert.True(await session.Page.Locator("#latest tbody tr").CountAsync() > 0);
        session.AssertClean();
    }

    [BrowserFact]
    public async Task DyadChartsDrawAndAClickListsTheEvents()
    {
        await using var session = await Open();
        await session.GoAsync("dyad.html?a=XAT&b=XBO&by=month");
        var page = session.Page;
        Assert.True(int.Parse(await page.GetAttributeAsync("#goldstein-chart", "data-points") ?? "0") > Scenario.SeriesMonths);
        Assert.Equal(Scenario.SeriesMonths.ToString(System.Globalization.CultureInfo.InvariantCulture), await page.GetAttributeAsync("#goldstein-chart", "data-buckets"));
        Assert.True(await InkedPixels(page, "#goldstein-chart") > 2000, "the dyad chart drew nothing");
        await session.ScreenshotAsync(browser.OutputFolder, "dyad-chart");

        // Click March's Goldstein bar where ECharts itself says it is.
        var point = await page.EvaluateAsync<double[]>(
            "() => echarts.getInstanceByDom(document.getElementById('goldstein-chart')).convertToPixel({ seriesIndex: 0 }, ['2025-03-01', -0.5])");
        var box = await page.Locator("#goldstein-chart").BoundingBoxAsync();
        await page.Mouse.ClickAsync((float)(box!.X + point[0]), (float)(box.Y + point[1]));
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#drill tbody tr').length > 0", null, new() { Timeout = 15_000 });
        Assert.Contains("2025-03", await page.InnerTextAsync("#drill-title"));
        var dates = await page.Locator("#drill tbody tr td:first-child").AllInnerTextsAsync();
        Assert.Equal(2, dates.Count);
        Assert.All(dates, d => Assert.StartsWith("2025-03", d));

        // The view opens on the bucketed months; the button reaches back to the 1979 event.
        const string axisStart = "() => new Date(echarts.getInstanceByDom(document.getElementById('goldstein-chart'))" +
                                 ".getModel().getComponent('xAxis', 0).axis.scale.getExtent()[0]).getUTCFullYear()";
        Assert.True(await page.EvaluateAsync<int>(axisStart) >= 2024);
        await page.ClickAsync("#zoom");
        Assert.Equal(1979, await page.EvaluateAsync<int>(axisStart));
        session.AssertClean();
    }

    [BrowserFact]
    public async Task EventFiltersChangeTheRowsAndHeadersSort()
    {
        await using var session = await Open();
        var page = session.Page;
        await session.GoAsync("events.html");
        var all = await page.Locator("#events tbody tr").CountAsync();
        await page.FillAsync("#filters input[name=dyad]", "XAT,XBO");
        await page.FillAsync("#filters input[name=code]", "112");
        await page.ClickAsync("#filters button[type=submit]");
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#events tbody tr').length === 10", null, new() { Timeout = 15_000 });
        Assert.True(all > 10);
        Assert.Contains("of 10 events", await page.InnerTextAsync("#total"));
        Assert.Contains("dyad=XAT%2CXBO", page.Url);
        // Every row shows its evidence with the trigger marked.
        Assert.Equal(10, await page.Locator("#events tbody tr .evidence .hl-trigger").CountAsync());
        Assert.Equal(10, await page.Locator("#events tbody tr .evidence .hl-source").CountAsync());

        await page.SelectOptionAsync("#filters select[name=modality]", "threatened");
        await page.FillAsync("#filters input[name=code]", "");
        await page.ClickAsync("#filters button[type=submit]");
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#events tbody tr').length === 1", null, new() { Timeout = 15_000 });
        Assert.Equal("threatened", await page.Locator("#events tbody tr td:nth-child(6)").InnerTextAsync());

        await page.SelectOptionAsync("#filters select[name=modality]", "");
        await page.ClickAsync("#filters button[type=submit]");
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#events tbody tr').length > 10", null, new() { Timeout = 15_000 });
        await page.ClickAsync("#events th[data-col=goldstein]");
        var ascending = (await page.Locator("#events tbody tr td:nth-child(5)").AllInnerTextsAsync())
            .Select(x => double.Parse(x, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(ascending.Order(), ascending);
        await page.ClickAsync("#events th[data-col=goldstein]");
        var descending = (await page.Locator("#events tbody tr td:nth-child(5)").AllInnerTextsAsync())
            .Select(x => double.Parse(x, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(descending.OrderDescending(), descending);
        Assert.Equal(-9, descending[^1]);
        session.AssertClean();
    }

    [BrowserFact]
    public async Task ArticleHighlightsEverySpanAtItsOffsets()
    {
        await using var session = await Open();
        var page = session.Page;
        await session.GoAsync($"article.html?id={server.Stored.HeadlineId}");
        var article = await server.Client.GetJson($"/api/articles/{server.Stored.HeadlineId}");
        var text = article.Str("text");
        Assert.Equal(text, await page.EvaluateAsync<string>("() => document.getElementById('text').textContent"));

        var analysis = article.GetProperty("analysis");
        var expected = new List<(string Kind, int Start, int End)>();
        foreach (var m in analysis.GetProperty("mentions").EnumerateArray()) expected.Add(("hl-mention", Int(m, "start"), Int(m, "end")));
        foreach (var q in analysis.GetProperty("quotes").EnumerateArray()) expected.Add(("hl-quote", Int(q, "start"), Int(q, "end")));
        foreach (var c in analysis.GetProperty("claims").EnumerateArray()) expected.Add(("hl-claim", Int(c, "start"), Int(c, "end")));
        foreach (var e in analysis.GetProperty("events").EnumerateArray())
        {
            var trigger = e.GetProperty("evidence").GetProperty("trigger");
            if (trigger.ValueKind == JsonValueKind.Object) expected.Add(("hl-event", Int(trigger, "start"), Int(trigger, "end")));
        }
        Assert.True(expected.Count >= 9, "the scenario's own layers are all present");
        foreach (var (kind, start, end) in expected)
        {
            // The highlighted pieces of this kind inside [start, end) must spell exactly that stretch of text.
            var covered = await page.EvaluateAsync<string>(
                @"([kind, start, end]) => [...document.querySelectorAll('#text span.' + kind)]
                    .filter(s => +s.dataset.start >= start && +s.dataset.end <= end)
                    .map(s => s.textContent).join('')", new object[] { kind, start, end });
            Assert.Equal(text[start..end], covered);
        }
        Assert.Contains("outdated", await page.TextContentAsync("#claims"));
        Assert.Contains("left office in 2024", await page.InnerTextAsync("#claims"));

        // Layers can be switched off without touching the text.
        await page.UncheckAsync("#layers input[value=hl-mention]");
        Assert.Contains("hide-hl-mention", await page.GetAttributeAsync("#text", "class") ?? "");
        await page.CheckAsync("#layers input[value=hl-mention]");
        await session.ScreenshotAsync(browser.OutputFolder, "article");
        session.AssertClean();
    }

    [BrowserFact]
    public async Task ActorPageAndNetworkDraw()
    {
        await using var session = await Open();
        var page = session.Page;
        await session.GoAsync("actor.html?actor=XCA");
        Assert.Contains("3 events", await page.InnerTextAsync("#summary"));
        Assert.Equal("XAT", await page.Locator("#partners tbody tr td a").First.InnerTextAsync());
        Assert.Equal("2", await page.GetAttributeAsync("#network", "data-nodes"));
        await session.GoAsync("network.html");
        Assert.True(int.Parse(await page.GetAttributeAsync("#network", "data-edges") ?? "0") >= 2);
        Assert.True(await InkedPixels(page, "#network") > 200, "the network drew nothing");
        await session.ScreenshotAsync(browser.OutputFolder, "network");
        session.AssertClean();
    }

    [BrowserFact]
    public async Task AnalyzePageShowsTheAnalysis()
    {
        await using var session = await Open();
        var page = session.Page;
        await session.GoAsync("analyze.html");
        await page.FillAsync("textarea[name=text]", "Borduria and Carpania signed a trade accord in Geneva on Friday.");
        await page.FillAsync("input[name=published]", "2025-05-02");
        await page.UncheckAsync("input[name=store]");
        await page.ClickAsync("#analyze-form button[type=submit]");
        await page.WaitForSelectorAsync("#result:not([hidden])", new() { Timeout = 60_000 });
        Assert.Contains("Not stored", await page.InnerTextAsync("#result-summary"));
        session.AssertClean();
    }

    private static int Int(JsonElement e, string name) => e.GetProperty(name).GetInt32();

    /// <summary>How many pixels of the element's canvases are drawn (not transparent, not white).</summary>
    private static Task<int> InkedPixels(Microsoft.Playwright.IPage page, string selector) =>
        page.EvaluateAsync<int>(@"(selector) => {
            let inked = 0;
            for (const canvas of document.querySelectorAll(selector + ' canvas')) {
              if (!canvas.width || !canvas.height) continue;
              const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
              for (let i = 0; i < data.length; i += 4)
                if (data[i + 3] > 0 && (data[i] < 240 || data[i + 1] < 240 || data[i + 2] < 240)) inked++;
            }
            return inked;
          }", selector);
}
