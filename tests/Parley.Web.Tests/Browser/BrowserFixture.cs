using Microsoft.Playwright;
using Parley.Web.Tests.Support;

namespace Parley.Web.Tests.Browser;

/// <summary>
/// Debian's Chromium driven by Playwright (no browser is downloaded). Absent Chromium skips the
/// browser tests on a developer machine, and fails them in CI, where it must be installed.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public static string? SkipReason =>
        File.Exists(ChromiumPath) || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"))
            ? null
            : $"browser tests need Debian's Chromium at {ChromiumPath} (apt-get install chromium)";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where screenshots go: TestResults/test-output/web under the repository (ignored by git).</summary>
    public string OutputFolder { get; } = Path.Combine(RepoRoot.Path, "TestResults", "test-output", "web");

    public async Task InitializeAsync()
    {
        if (SkipReason is not null) return;
        Directory.CreateDirectory(OutputFolder);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
            ],
        });
    }

    public async Task DisposeAsync()
    {
        if (_playwright is null) return;
        await Browser.CloseAsync();
        _playwright.Dispose();
    }
}

/// <summary>A fact that needs the browser.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute() => Skip = BrowserFixture.SkipReason;
}

/// <summary>A theory that needs the browser.</summary>
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute() => Skip = BrowserFixture.SkipReason;
}
