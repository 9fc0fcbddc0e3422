using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Parley.Output;

namespace Parley.Storage.Sql;

/// <summary>
/// The store logic shared by the SQL backends (SQLite, PostgreSQL): the same tables, the same
/// queries (portable SQL with @name parameters), the same merging. Writes are serialized and each
/// batch is one transaction, so a crash leaves whole articles or none; reads open their own
/// pooled connections and run beside a writer.
/// </summary>
public abstract class SqlStore : IStore
{
    private readonly object _writeLock = new();
    private DbConnection? _writer;

    protected SqlStore(string location) => Location = location;

    public string Location { get; }

    /// <summary>A new open connection.</summary>
    protected abstract DbConnection OpenConnection();

    /// <summary>Run first in each write transaction (e.g. a lock shared with other processes); null for none.</summary>
    protected virtual string? WriteLockStatement => null;

    private DbConnection Writer => _writer ??= OpenConnection();

    public int CurrentSchemaVersion()
    {
        lock (_writeLock) return SqlMigrator.CurrentVersion(Writer);
    }

    // ---- writing ----

    public SaveOutcome Save(AnalysisResult result) => SaveBatch([result])[0];

    public IReadOnlyList<SaveOutcome> SaveBatch(IReadOnlyList<AnalysisResult> results)
    {
        var prepared = results.Select(PreparedArticle.From).ToList();
        lock (_writeLock)
        {
            using var transaction = Writer.BeginTransaction();
            if (WriteLockStatement is { } lockSql)
            {
                using var lockCommand = Command(Writer, lockSql);
                lockCommand.Transaction = transaction;
                lockCommand.ExecuteNonQuery();
            }
            using var writer = new SqlArticleWriter(Writer, transaction);
            var outcomes = prepared.Select(writer.Write).ToList();
            transaction.Commit();
            return outcomes;
        }
    }

    public bool Contains(string articleId)
    {
        using var connection = OpenConnection();
        using var command = Command(connection, "SELECT 1 FROM articles WHERE id = @id", ("@id", articleId));
        return command.ExecuteScalar() is not null;
    }

    public StoreCounts Counts()
    {
        using var connection = OpenConnection();
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
        using var connection = OpenConnection();
        using var command = Command(connection, """
            SELECT id, title, published, published_basis, source, url, stored_at, event_count, claim_count
            FROM articles ORDER BY stored_at, id LIMIT @limit OFFSET @offset
            """, ("@limit", limit), ("@offset", offset));
        using var reader = command.ExecuteReader();
        var list = new List<ArticleSummary>();
        while (reader.Read())
        {
            list.Add(new ArticleSummary(reader.GetString(0), NullableString(reader, 1),
                reader.GetString(2) == "unknown" ? null : reader.GetString(2), reader.GetString(3),
                NullableString(reader, 4), NullableString(reader, 5), DateTimeOffset.Parse(reader.GetString(6), CultureInfo.InvariantCulture),
                reader.GetInt32(7), reader.GetInt32(8)));
        }
        return list;
    }

    public string? GetAnalysisJson(string articleId) => ScalarString("SELECT analysis_json FROM articles WHERE id = @id", articleId);

    public string? GetArticleText(string articleId) => ScalarString("SELECT text FROM articles WHERE id = @id", articleId);

    public IEnumerable<StoredEvent> QueryEvents(EventQuery query)
    {
        var (where, parameters) = SqlEventFilter.Build(query);
        // Page on the narrow columns first, then fetch the wide JSON rows of that page only:
        // sorting whole rows made every page read the entire table.
        var sql = $"""
            SELECT e.id, e.article_id, e.reports, e.event_json
            FROM (SELECT id, date_first FROM events {where}
                  ORDER BY date_first IS NULL, date_first, id LIMIT @limit OFFSET @offset) page
            JOIN events e ON e.id = page.id
            ORDER BY page.date_first IS NULL, page.date_first, page.id
            """;
        using var connection = OpenConnection();
        using var evidenceConnection = OpenConnection();
        using var command = Command(connection, sql, [.. parameters, ("@limit", (long?)query.Limit ?? long.MaxValue), ("@offset", (long)query.Offset)]);
        using var evidenceCommand = Command(evidenceConnection, """
            SELECT article_id, sentence, evidence_text, evidence_start, evidence_end FROM event_reports
            WHERE event_id = @id ORDER BY article_id, evidence_start
            """, ("@id", 0L));
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var id = reader.GetInt64(0);
            var ev = JsonSerializer.Deserialize<EventJson>(reader.GetString(3), ContractJson.Options)!;
            evidenceCommand.Parameters["id"].Value = id;
            var evidence = new List<EvidenceRef>();
            using (var er = evidenceCommand.ExecuteReader())
                while (er.Read()) evidence.Add(new EvidenceRef(er.GetString(0), er.GetInt32(1), er.GetString(2), er.GetInt32(3), er.GetInt32(4)));
            yield return new StoredEvent(id, reader.GetString(1), ev, reader.GetInt32(2), evidence);
        }
    }

    public long CountEvents(EventQuery query)
    {
        var (where, parameters) = SqlEventFilter.Build(query);
        using var connection = OpenConnection();
        using var command = Command(connection, $"SELECT count(*) FROM events {where}", [.. parameters]);
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    public IReadOnlyList<StoredClaim> QueryClaims(string? verdict, int offset, int limit)
    {
        using var connection = OpenConnection();
        using var command = Command(connection, $"""
            SELECT article_id, claim_json FROM claims {(verdict is null ? "" : "WHERE verdict = @verdict")}
            ORDER BY article_id, start LIMIT @limit OFFSET @offset
            """, ("@verdict", verdict ?? ""), ("@limit", limit), ("@offset", offset));
        using var reader = command.ExecuteReader();
        var list = new List<StoredClaim>();
        while (reader.Read())
            list.Add(new StoredClaim(reader.GetString(0), JsonSerializer.Deserialize<ClaimJson>(reader.GetString(1), ContractJson.Options)!));
        return list;
    }

    public ArticleFacts? GetArticleFacts(string articleId)
    {
        using var connection = OpenConnection();
        using var command = Command(connection, "SELECT url, source, published FROM articles WHERE id = @id", ("@id", articleId));
        using var reader = command.ExecuteReader();
        return reader.Read() ? new ArticleFacts(NullableString(reader, 0), NullableString(reader, 1), reader.GetString(2)) : null;
    }

    public IReadOnlyList<string> DistinctActors()
    {
        using var connection = OpenConnection();
        using var command = Command(connection, """
            SELECT v FROM (
              SELECT source_country AS v FROM events UNION SELECT target_country FROM events
              UNION SELECT source_code FROM events UNION SELECT target_code FROM events) AS actors
            WHERE v IS NOT NULL ORDER BY v
            """);
        return ReadStrings(command);
    }

    public IReadOnlyList<string> DistinctCodes()
    {
        using var connection = OpenConnection();
        using var command = Command(connection, "SELECT DISTINCT cameo FROM events ORDER BY cameo");
        return ReadStrings(command);
    }

    public void Dispose()
    {
        lock (_writeLock)
        {
            _writer?.Dispose();
            _writer = null;
        }
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases what a backend holds beside the writer connection (a data source, a pool).</summary>
    protected virtual void Dispose(bool disposing) { }

    // ---- helpers ----

    private string? ScalarString(string sql, string id)
    {
        using var connection = OpenConnection();
        using var command = Command(connection, sql, ("@id", id));
        return command.ExecuteScalar() as string;
    }

    private static IReadOnlyList<string> ReadStrings(DbCommand command)
    {
        using var reader = command.ExecuteReader();
        var list = new List<string>();
        while (reader.Read()) list.Add(reader.GetString(0));
        return list;
    }

    private static string? NullableString(DbDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetString(i);

    /// <summary>A command with parameters; names are given as "@name" and stored without the prefix, as both providers accept.</summary>
    internal static DbCommand Command(DbConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name.TrimStart('@');
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }
        return command;
    }
}
