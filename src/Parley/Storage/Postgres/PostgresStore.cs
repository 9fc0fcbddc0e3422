using System.Data.Common;
using Npgsql;
using Parley.Storage.Sql;

namespace Parley.Storage.Postgres;

/// <summary>
/// A store in a PostgreSQL database shared by several users or processes. Same tables, migrations,
/// idempotence and merging as SQLite; writers from all processes take turns through an advisory
/// lock held for each batch transaction, so merging stays consistent under concurrency.
/// </summary>
public sealed class PostgresStore : SqlStore
{
    private readonly NpgsqlDataSource _dataSource;

    private PostgresStore(string location, NpgsqlDataSource dataSource) : base(location) => _dataSource = dataSource;

    public static int SchemaVersion => PostgresSchema.Migrations[^1].Version;

    /// <summary>Opens the store at a postgres:// URL or a key=value connection string and migrates it.</summary>
    public static PostgresStore Open(string connection, int? schemaVersion = null)
    {
        var builder = PostgresConnectionString.Parse(connection);
        var location = PostgresConnectionString.Describe(builder);
        var dataSource = NpgsqlDataSource.Create(builder);
        try
        {
            using (var open = dataSource.OpenConnection())
                SqlMigrator.Apply(open, location, PostgresSchema.Migrations, schemaVersion, PostgresSchema.WriteLock);
            return new PostgresStore(location, dataSource);
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException or TimeoutException)
        {
            dataSource.Dispose();
            var reason = e is PostgresException pg ? $"{pg.MessageText} ({pg.SqlState})" : e.Message;
            throw new ParleyInputException(location, $"cannot be opened as a PostgreSQL store: {reason}");
        }
        catch
        {
            dataSource.Dispose();
            throw;
        }
    }

    protected override DbConnection OpenConnection() => _dataSource.OpenConnection();

    protected override string? WriteLockStatement => PostgresSchema.WriteLock;

    /// <summary>Articles whose title or text match a full-text query (PostgreSQL websearch syntax), best first.</summary>
    public IReadOnlyList<string> SearchArticles(string query, int limit = 20)
    {
        using var connection = OpenConnection();
        using var command = Command(connection, """
            SELECT id FROM articles WHERE search @@ websearch_to_tsquery('simple', @q)
            ORDER BY ts_rank(search, websearch_to_tsquery('simple', @q)) DESC, id LIMIT @limit
            """, ("@q", query), ("@limit", limit));
        using var reader = command.ExecuteReader();
        var ids = new List<string>();
        while (reader.Read()) ids.Add(reader.GetString(0));
        return ids;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) _dataSource.Dispose();
    }
}

/// <summary>Reads postgres:// URLs and Npgsql key=value strings; describes them without the password.</summary>
public static class PostgresConnectionString
{
    public static NpgsqlConnectionStringBuilder Parse(string value)
    {
        if (value.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
                throw new ParleyInputException("--db", "is not a valid postgres:// URL (postgres://USER:PASSWORD@HOST:PORT/DATABASE)");
            var builder = new NpgsqlConnectionStringBuilder { Host = uri.Host, Port = uri.Port > 0 ? uri.Port : 5432 };
            var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
            if (database.Length > 0) builder.Database = database;
            if (uri.UserInfo.Length > 0)
            {
                var parts = uri.UserInfo.Split(':', 2);
                builder.Username = Uri.UnescapeDataString(parts[0]);
                if (parts.Length == 2) builder.Password = Uri.UnescapeDataString(parts[1]);
            }
            foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
            {
                var kv = pair.Split('=', 2);
                if (kv.Length == 2 && kv[0].Equals("sslmode", StringComparison.OrdinalIgnoreCase)
                    && Enum.TryParse<SslMode>(kv[1], ignoreCase: true, out var ssl)) builder.SslMode = ssl;
            }
            return builder;
        }
        try { return new NpgsqlConnectionStringBuilder(value); }
        catch (ArgumentException e) { throw new ParleyInputException("--db", $"is not a valid PostgreSQL connection string ({e.Message})"); }
    }

    public static string Describe(NpgsqlConnectionStringBuilder builder) =>
        $"postgres://{(string.IsNullOrEmpty(builder.Username) ? "" : builder.Username + "@")}{builder.Host}:{builder.Port}/{builder.Database}";
}
