using System.Text.Json;
using Microsoft.Data.Sqlite;
using Parley.Output;

namespace Parley.Storage.Sqlite;

/// <summary>
/// A store in one SQLite file (WAL mode). Writes are serialized and each batch is one
/// transaction, so a crash leaves whole articles or none; reads use their own pooled connections
/// and run beside a writer.
/// </summary>
public sealed class SqliteStore : IStore
{
    private readonly string _connectionString;
    private readonly object _writeLock = new();
    private readonly SqliteConnection _writer;

    private SqliteStore(string path, SqliteConnection writer, string connectionString)
    {
        Path = path;
        _writer = writer;
        _connectionString = connectionString;
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    public string Location => Path;

    public static int SchemaVersion => SqliteSchema.Migrations[^1].Version;

    /// <summary>
    /// Opens (creating if absent) the store at <paramref name="path"/> and migrates it to the
    /// newest schema, or to <paramref name="schemaVersion"/> (tests build old stores this way).
    /// </summary>
    public static SqliteStore Open(string path, int? schemaVersion = null)
    {
        string full;
        try { full = System.IO.Path.GetFullPath(path); }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new ParleyInputException(path, "is not a valid store path");
        }
        if (Directory.Exists(full)) throw new ParleyInputException(path, "is a folder, not a store file");
        var folder = System.IO.Path.GetDirectoryName(full)!;
        try { Directory.CreateDirectory(folder); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ParleyInputException(path, $"cannot create the folder for the store ({e.Message})");
        }
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            ForeignKeys = true,
            DefaultTimeout = 60,
        }.ToString();
        var connection = new SqliteConnection(connectionString);
        try
        {
            connection.Open();
            Execute(connection, "PRAGMA journal_mode = WAL");
            Execute(connection, "PRAGMA synchronous = NORMAL");
            SqliteMigrator.Apply(connection, path, SqliteSchema.Migrations, schemaVersion);
            return new SqliteStore(full, connection, connectionString);
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new ParleyInputException(path, e.SqliteErrorCode switch
            {
                26 => "is not a Parley store (not a SQLite database); it was left untouched",
                14 => "cannot be opened (permission or path problem)",
                8 => "is read-only",
                _ => $"cannot be opened as a store ({e.Message})",
            });
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public int CurrentSchemaVersion()
    {
        lock (_writeLock) return SqliteMigrator.CurrentVersion(_writer);
    }

    // ---- writing ----

    public SaveOutcome Save(AnalysisResult result) => SaveBatch([result])[0];

    /// <summary>Saves several articles in one transaction: all of them or none.</summary>
    public IReadOnlyList<SaveOutcome> SaveBatch(IReadOnlyList<AnalysisResult> results)
    {
        var prepared = results.Select(PreparedArticle.From).ToList();
        lock (_writeLock)
        {
            using var transaction = _writer.BeginTransaction();
            var writer = new SqliteArticleWriter(_writer, transaction);
            var outcomes = prepared.Select(writer.Write).ToList();
            transaction.Commit();
            return outcomes;
        }
    }

    public bool Contains(string articleId)
    {
        using var connection = OpenReader();
        using var command = Command(connection, "SELECT 1 FROM articles WHERE id = $id", ("$id", articleId));
        return command.ExecuteScalar() is not null;
    }

    public StoreCounts Counts()
    {
        using var connection = OpenReader();
        using var command = Command(connection, """
            SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events), (SELECT count(*) FROM event_reports),
                   (SELECT count(*) FROM mentions), (SELECT count(*) FROM claims)
            """);
        using var reader = command.ExecuteReader();
        reader.Read();
        return new StoreCounts(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4));
    }

    // ---- reading ----

    public IReadOnlyList<ArticleSummary> ListArticles(int offset, int limit)
    {
        using var connection = OpenReader();
        using var command = Command(connection, """
            SELECT id, title, published, published_basis, source, url, stored_at, event_count, claim_count
            FROM articles ORDER BY stored_at, id LIMIT $limit OFFSET $offset
            """, ("$limit", limit), ("$offset", offset));
        using var reader = command.ExecuteReader();
        var list = new List<ArticleSummary>();
        while (reader.Read())
        {
            list.Add(new ArticleSummary(reader.GetString(0), NullableString(reader, 1),
                reader.GetString(2) == "unknown" ? null : reader.GetString(2), reader.GetString(3),
                NullableString(reader, 4), NullableString(reader, 5), DateTimeOffset.Parse(reader.GetString(6), System.Globalization.CultureInfo.InvariantCulture),
                reader.GetInt32(7), reader.GetInt32(8)));
        }
        return list;
    }

    public string? GetAnalysisJson(string articleId) => ScalarString("SELECT analysis_json FROM articles WHERE id = $id", articleId);

    public string? GetArticleText(string articleId) => ScalarString("SELECT text FROM articles WHERE id = $id", articleId);

    public IEnumerable<StoredEvent> QueryEvents(EventQuery query)
    {
        var (where, parameters) = SqlEventFilter.Build(query);
        var sql = $"""
            SELECT id, article_id, reports, event_json FROM events {where}
            ORDER BY date_first IS NULL, date_first, id LIMIT $limit OFFSET $offset
            """;
        using var connection = OpenReader();
        using var command = Command(connection, sql, [.. parameters, ("$limit", query.Limit ?? -1), ("$offset", query.Offset)]);
        using var evidenceCommand = Command(connection, """
            SELECT article_id, sentence, evidence_text, evidence_start, evidence_end FROM event_reports
            WHERE event_id = $id ORDER BY article_id, evidence_start
            """, ("$id", 0L));
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var id = reader.GetInt64(0);
            var ev = JsonSerializer.Deserialize<EventJson>(reader.GetString(3), ContractJson.Options)!;
            evidenceCommand.Parameters["$id"].Value = id;
            var evidence = new List<EvidenceRef>();
            using (var er = evidenceCommand.ExecuteReader())
                while (er.Read()) evidence.Add(new EvidenceRef(er.GetString(0), er.GetInt32(1), er.GetString(2), er.GetInt32(3), er.GetInt32(4)));
            yield return new StoredEvent(id, reader.GetString(1), ev, reader.GetInt32(2), evidence);
        }
    }

    public long CountEvents(EventQuery query)
    {
        var (where, parameters) = SqlEventFilter.Build(query);
        using var connection = OpenReader();
        using var command = Command(connection, $"SELECT count(*) FROM events {where}", [.. parameters]);
        return Convert.ToInt64(command.ExecuteScalar());
    }

    public IReadOnlyList<StoredClaim> QueryClaims(string? verdict, int offset, int limit)
    {
        using var connection = OpenReader();
        using var command = Command(connection, """
            SELECT article_id, claim_json FROM claims WHERE ($verdict IS NULL OR verdict = $verdict)
            ORDER BY article_id, start LIMIT $limit OFFSET $offset
            """, ("$verdict", verdict), ("$limit", limit), ("$offset", offset));
        using var reader = command.ExecuteReader();
        var list = new List<StoredClaim>();
        while (reader.Read())
            list.Add(new StoredClaim(reader.GetString(0), JsonSerializer.Deserialize<ClaimJson>(reader.GetString(1), ContractJson.Options)!));
        return list;
    }

    public ArticleFacts? GetArticleFacts(string articleId)
    {
        using var connection = OpenReader();
        using var command = Command(connection, "SELECT url, source, published FROM articles WHERE id = $id", ("$id", articleId));
        using var reader = command.ExecuteReader();
        return reader.Read() ? new ArticleFacts(NullableString(reader, 0), NullableString(reader, 1), reader.GetString(2)) : null;
    }

    public IReadOnlyList<string> DistinctActors()
    {
        using var connection = OpenReader();
        using var command = Command(connection, """
            SELECT v FROM (
              SELECT source_country AS v FROM events UNION SELECT target_country FROM events
              UNION SELECT source_code FROM events UNION SELECT target_code FROM events)
            WHERE v IS NOT NULL ORDER BY v
            """);
        return ReadStrings(command);
    }

    public IReadOnlyList<string> DistinctCodes()
    {
        using var connection = OpenReader();
        using var command = Command(connection, "SELECT DISTINCT cameo FROM events ORDER BY cameo");
        return ReadStrings(command);
    }

    public void Dispose()
    {
        lock (_writeLock) _writer.Dispose();
    }

    // ---- helpers ----

    private SqliteConnection OpenReader()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }

    private string? ScalarString(string sql, string id)
    {
        using var connection = OpenReader();
        using var command = Command(connection, sql, ("$id", id));
        return command.ExecuteScalar() as string;
    }

    private static IReadOnlyList<string> ReadStrings(SqliteCommand command)
    {
        using var reader = command.ExecuteReader();
        var list = new List<string>();
        while (reader.Read()) list.Add(reader.GetString(0));
        return list;
    }

    private static string? NullableString(SqliteDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetString(i);

    internal static SqliteCommand Command(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
