namespace Parley.Web;

/// <summary>How `parley serve` runs: where it listens, whether it accepts writes, and its limits.</summary>
public sealed record WebOptions
{
    public const string DefaultUrls = "http://127.0.0.1:5080";
    public const string TokenVariable = "PARLEY_WEB_TOKEN";

    /// <summary>Kestrel URLs, separated by ';'. Port 0 picks a free port.</summary>
    public string Urls { get; init; } = DefaultUrls;
    /// <summary>POST /api/analyze is refused unless this is set.</summary>
    public bool AllowWrites { get; init; }
    /// <summary>Bearer token for writes; required when any URL listens beyond loopback.</summary>
    public string? WriteToken { get; init; }
    /// <summary>Largest request body accepted, in bytes.</summary>
    public long MaxRequestBytes { get; init; } = 1_000_000;
    /// <summary>Largest article text accepted by POST /api/analyze, in characters.</summary>
    public int MaxArticleChars { get; init; } = 200_000;
    /// <summary>Folder of the dashboard's static files; defaults to wwwroot beside the program.</summary>
    public string? WebRoot { get; init; }
}
