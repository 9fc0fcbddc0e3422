namespace Parley.Cli;

/// <summary>Stores an analysis in the chosen store and says what happened, for the report.</summary>
public static class ArticleStoring
{
    /// <summary>PLACEHOLDER until the store lands: storage is reported as unavailable.</summary>
    public static string? Store(AnalysisResult result, string? db) => "not stored: no store is available yet";
}
