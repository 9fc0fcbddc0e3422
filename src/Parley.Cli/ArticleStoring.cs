using Parley.Storage;

namespace Parley.Cli;

/// <summary>Stores one analysed article for `parley analyze` and says what happened.</summary>
public static class ArticleStoring
{
    public static string? Store(AnalysisResult result, string? db)
    {
        using var store = StoreFactory.Open(db);
        return store.Save(result) switch
        {
            SaveOutcome.Stored => $"stored in {store.Location}",
            _ => $"already stored in {store.Location} (same content)",
        };
    }
}
