using Microsoft.Playwright;

namespace Parley.Web.Tests.Browser;

/// <summary>
/// One browser page that records every console error, page error, failed response and dialog,
/// so a test can assert that a page ran cleanly (and that no injected script ever ran).
/// </summary>
internal sealed class PageSession : IAsyncDisposable
{
    private readonly IBrowserContext _context;

    private PageSession(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        page.Console += (_, message) => { if (message.Type == "error") Problems.Add($"console: {message.Text}"); };
        page.PageError += (_, error) => Problems.Add($"page error: {error}");
        page.Response += (_, response) => { if (response.Status >= 400) Problems.Add($"HTTP {response.Status}: {response.Url}"); };
        page.Dialog += async (_, dialog) => { Problems.Add($"dialog: {dialog.Message}"); await dialog.DismissAsync(); };
    }

    public IPage Page { get; }
    public List<string> Problems { get; } = [];

    public static async Task<PageSession> OpenAsync(IBrowser browser, Uri baseAddress)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        return new PageSession(context, await context.NewPageAsync());
    }

    /// <summary>Opens a dashboard page and waits until its script marks it ready.</summary>
    public async Task GoAsync(string path)
    {
        await Page.GotoAsync(path);
        await WaitReadyAsync();
    }

    public async Task WaitReadyAsync()
    {
        await Page.WaitForSelectorAsync("body[data-state=ready], body[data-state=error]", new() { Timeout = 30_000 });
        var state = await Page.GetAttributeAsync("body", "data-state");
        if (state == "error") Problems.Add("page reported: " + await Page.InnerTextAsync("#error"));
    }

    public async Task ScreenshotAsync(string folder, string name) =>
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = false });

    public void AssertClean() => Assert.True(Problems.Count == 0, string.Join("\n", Problems));

    public async ValueTask DisposeAsync() => await _context.CloseAsync();
}
