namespace Parley.Analysis;

/// <summary>
/// One coded event as the negotiation outlook reads it: a plain record, so the outlook can be run
/// (and tested) on any list of events, stored or constructed.
/// </summary>
public sealed record OutlookEvent(
    DateOnly Date, string? SourceCode, string? SourceCountry, string? TargetCode, string? TargetCountry,
    string Cameo, string Plover, double Goldstein, int QuadClass, string Modality, string Evidence, string ArticleId)
{
    /// <summary>How many reports (articles) stand behind the event; 1 for a constructed event.</summary>
    public int Reports { get; init; } = 1;

    /// <summary>True when the side (code or country) is the given actor: exact match, or a code that starts with a country code.</summary>
    public static bool Is(string? code, string? country, string actor) =>
        string.Equals(country, actor, StringComparison.OrdinalIgnoreCase)
        || string.Equals(code, actor, StringComparison.OrdinalIgnoreCase)
        || (actor.Length == 3 && code is { Length: > 3 } && code.StartsWith(actor, StringComparison.OrdinalIgnoreCase));

    public bool SourceIs(string actor) => Is(SourceCode, SourceCountry, actor);
    public bool TargetIs(string actor) => Is(TargetCode, TargetCountry, actor);
    public string SourceLabel => SourceCode ?? SourceCountry ?? "?";
    public string TargetLabel => TargetCode ?? TargetCountry ?? "?";
}
