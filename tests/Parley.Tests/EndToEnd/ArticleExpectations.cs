using Parley.Output;
using Parley.Tests.Support;
using Parley.Text;

namespace Parley.Tests.EndToEnd;

/// <summary>
/// Runs the real pipeline (loaded once for all end-to-end tests) on an article file and offers
/// the checks the acceptance cases share, phrased on the contract JSON.
/// </summary>
public static class ArticleExpectations
{
    private static readonly Lazy<Pipeline> SharedPipeline = new(() => Pipeline.Load(RepoPaths.Resources));

    public static AnalysisJson Analyze(string path) =>
        AnalysisJsonMapper.ToJson(SharedPipeline.Value.Analyze(ArticleReader.ReadFile(path)));

    public static string Describe(AnalysisJson a) => string.Join("\n", a.Events.Select(e =>
        $"{e.Source?.Code ?? e.Source?.Country ?? "-"} {e.Cameo} {e.Target?.Code ?? e.Target?.Country ?? "-"} {e.Modality} {e.Date.Value} hist={e.Historical} rule={e.Rule} | {e.Evidence.Text}"));

    private static bool From(EventJson e, string country) => e.Source?.Country == country;
    private static bool To(EventJson e, string country) => e.Target?.Country == country;

    public static void HasEvent(AnalysisJson a, string because, Func<EventJson, bool> match) =>
        Assert.True(a.Events.Any(match), $"expected an event: {because}\nevents found:\n{Describe(a)}");

    public static void HasEvent(AnalysisJson a, string sourceCountry, string? targetCountry, string[] roots, string because) =>
        HasEvent(a, because, e => From(e, sourceCountry) && (targetCountry is null || To(e, targetCountry)) && roots.Contains(e.Root));

    public static void HasHistoricalEvent(AnalysisJson a, string sourceCountry, string[] roots, string dateValue, string because) =>
        HasEvent(a, because, e => From(e, sourceCountry) && roots.Contains(e.Root) && e.Date.Value == dateValue && e.Date.Basis == "text" && e.Historical);

    public static void HasClaim(AnalysisJson a, string textPart, string verdict, string? holder = null)
    {
        var claims = string.Join("\n", a.Claims.Select(c => $"{c.Text} -> {c.Verdict} ({c.HolderAsOf})"));
        Assert.True(a.Claims.Any(c => c.Text.Contains(textPart, StringComparison.Ordinal) && c.Verdict == verdict && (holder is null || c.HolderAsOf == holder)),
            $"expected claim '{textPart}' {verdict} {holder}\nclaims found:\n{claims}");
    }

    public static void HasQuote(AnalysisJson a, string textPart, string speaker, string attribution)
    {
        var quotes = string.Join("\n", a.Quotes.Select(q => $"{q.Text} -> {q.Speaker?.Name} ({q.Attribution})"));
        Assert.True(a.Quotes.Any(q => q.Text.Contains(textPart, StringComparison.Ordinal) && q.Speaker?.Name == speaker && q.Attribution == attribution),
            $"expected quote '{textPart}' by {speaker} ({attribution})\nquotes found:\n{quotes}");
    }
}
