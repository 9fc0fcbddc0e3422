namespace Parley.Storage;

/// <summary>Counts in a store, as printed by `parley stats`.</summary>
public sealed record StoreCounts(long Articles, long Events, long EventReports, long Mentions, long Claims);

/// <summary>What happened when an article was saved.</summary>
public enum SaveOutcome { Stored, AlreadyStored }

/// <summary>
/// Persistent storage of analysed articles. Saving is transactional (all of an article or none)
/// and idempotent by the article's content hash.
/// </summary>
public interface IArticleStore : IDisposable
{
    SaveOutcome Save(AnalysisResult result);
    bool Contains(string articleId);
    StoreCounts Counts();
}
