using Parley.Storage.Sqlite;

namespace Parley.Storage;

/// <summary>What exports say about an event's article.</summary>
public sealed record ArticleFacts(string? Url, string? Source, string? Published);

/// <summary>A store that can be both written and read.</summary>
public interface IStore : IArticleStore, IStoreReader
{
    /// <summary>Where the store is, for messages (a file path or a connection without its password).</summary>
    string Location { get; }
    /// <summary>Saves several articles in one transaction: all of them or none.</summary>
    IReadOnlyList<SaveOutcome> SaveBatch(IReadOnlyList<AnalysisResult> results);
    /// <summary>URL, source and publication date of a stored article, or null if absent.</summary>
    ArticleFacts? GetArticleFacts(string articleId);
    /// <summary>Actor codes and countries that occur in stored events, for suggestions.</summary>
    IReadOnlyList<string> DistinctActors();
    /// <summary>CAMEO codes that occur in stored events, for suggestions.</summary>
    IReadOnlyList<string> DistinctCodes();
}

/// <summary>
/// Chooses and opens the store: the --db argument, else $PARLEY_DB, else parley.db in the user's
/// local data folder (LocalApplicationData/parley). Opening never destroys data.
/// </summary>
public static class StoreFactory
{
    public const string EnvironmentVariable = "PARLEY_DB";

    public static IStore Open(string? db) => OpenLocation(Resolve(db));

    /// <summary>The store location that <see cref="Open"/> would use.</summary>
    public static string Resolve(string? db)
    {
        if (!string.IsNullOrWhiteSpace(db)) return db;
        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment)) return fromEnvironment;
        return DefaultPath();
    }

    public static string DefaultPath()
    {
        var data = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        if (string.IsNullOrEmpty(data))
            data = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
        return Path.Combine(data, "parley", "parley.db");
    }

    /// <summary>True for a PostgreSQL URL (postgres://, postgresql://) or key=value connection string with Host=.</summary>
    public static bool IsPostgres(string location) =>
        location.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
        || location.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        || location.Contains("Host=", StringComparison.OrdinalIgnoreCase);

    private static IStore OpenLocation(string location)
    {
        if (IsPostgres(location)) return Postgres.PostgresStore.Open(location);
        if (location.IndexOfAny(['\0']) >= 0) throw new ParleyInputException(location, "is not a valid path");
        return SqliteStore.Open(location);
    }
}
