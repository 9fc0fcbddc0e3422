using Microsoft.Data.Sqlite;
using Npgsql;
using Parley.Storage;
using Parley.Storage.Postgres;
using Parley.Storage.Sqlite;
using Parley.Tests.Support;

namespace Parley.Tests.Storage;

/// <summary>
/// A store backend for the store test suite: every test runs on SQLite, and on PostgreSQL when
/// $PARLEY_TEST_POSTGRES holds a connection string to a server where databases may be created.
/// Each <see cref="Fresh"/> store lives in its own new database (a schema on PostgreSQL), dropped on dispose.
/// </summary>
public sealed class StoreBackend : IDisposable
{
    public const string PostgresVariable = "PARLEY_TEST_POSTGRES";

    public static string? PostgresConnection => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value ? value : null;

    /// <summary>The backends the suite runs on here.</summary>
    public static IReadOnlyList<string> Available => PostgresConnection is null ? ["sqlite"] : ["sqlite", "postgres"];

    public static IEnumerable<object[]> Names => Available.Select(name => new object[] { name });

    private readonly TempFolder _temp = new();
    private readonly List<string> _databases = new();
    private string? _current;

    public StoreBackend(string name) => Name = name;

    public string Name { get; }

    /// <summary>The current database: a file path (SQLite) or a connection string (PostgreSQL).</summary>
    public string? CurrentConnection => _current;

    /// <summary>A store in a new, empty database (migrated to <paramref name="schemaVersion"/> if given).</summary>
    public IStore Fresh(int? schemaVersion = null)
    {
        if (Name == "sqlite")
        {
            _current = _temp.File($"store-{_databases.Count}.db");
            _databases.Add(_current);
        }
        else
        {
            // A schema per store: as isolated as a database for these tests, and much faster to create.
            var schema = "parley_test_" + Guid.NewGuid().ToString("N")[..16];
            Admin($"CREATE SCHEMA {schema}");
            _databases.Add(schema);
            _current = new NpgsqlConnectionStringBuilder(PostgresConnection) { SearchPath = schema }.ConnectionString;
        }
        return Reopen(schemaVersion);
    }

    /// <summary>The current database opened again (migrating it as the program does).</summary>
    public IStore Reopen(int? schemaVersion = null) =>
        Name == "sqlite" ? SqliteStore.Open(_current!, schemaVersion) : PostgresStore.Open(_current!, schemaVersion);

    /// <summary>Runs raw SQL on the current database.</summary>
    public void Execute(string sql)
    {
        if (Name == "sqlite")
        {
            using var connection = new SqliteConnection($"Data Source={_current}");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }
        else
        {
            using var connection = new NpgsqlConnection(_current);
            connection.Open();
            using var command = new NpgsqlCommand(sql, connection);
            command.ExecuteNonQuery();
        }
    }

    public long Scalar(string sql)
    {
        if (Name == "sqlite")
        {
            using var connection = new SqliteConnection($"Data Source={_current}");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            return Convert.ToInt64(command.ExecuteScalar());
        }
        using var pg = new NpgsqlConnection(_current);
        pg.Open();
        using var pgCommand = new NpgsqlCommand(sql, pg);
        return Convert.ToInt64(pgCommand.ExecuteScalar());
    }

    /// <summary>Makes inserting a claim with this subject fail, to break a transaction half-way.</summary>
    public void RefuseClaimsAbout(string subject) => Execute(Name == "sqlite"
        ? $"CREATE TRIGGER refuse BEFORE INSERT ON claims WHEN NEW.subject = '{subject}' BEGIN SELECT RAISE(ABORT, 'refused'); END"
        : $"""
           CREATE FUNCTION refuse_claim() RETURNS trigger AS $$
           BEGIN IF NEW.subject = '{subject}' THEN RAISE EXCEPTION 'refused'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql;
           CREATE TRIGGER refuse BEFORE INSERT ON claims FOR EACH ROW EXECUTE FUNCTION refuse_claim();
           """);

    private static void Admin(string sql)
    {
        using var connection = new NpgsqlConnection(PostgresConnection);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Name == "postgres")
        {
            NpgsqlConnection.ClearAllPools();
            foreach (var database in _databases)
            {
                try { Admin($"DROP SCHEMA IF EXISTS {database} CASCADE"); }
                catch (NpgsqlException) { }
            }
        }
        _temp.Dispose();
    }
}

/// <summary>Says, as a skipped test, when the PostgreSQL half of the store suite does not run.</summary>
public sealed class PostgresBackendTests
{
    public sealed class PostgresFactAttribute : FactAttribute
    {
        public PostgresFactAttribute()
        {
            if (StoreBackend.PostgresConnection is null)
                Skip = $"PostgreSQL store tests skipped: set ${StoreBackend.PostgresVariable} to a connection string (e.g. Host=127.0.0.1;Port=5432;Username=postgres) of a server where test databases may be created.";
        }
    }

    [PostgresFact]
    public void The_store_suite_runs_on_PostgreSQL_too()
    {
        Assert.Contains("postgres", StoreBackend.Available);
        using var backend = new StoreBackend("postgres");
        using var store = backend.Fresh();
        Assert.Equal(0, store.Counts().Articles);
    }

    [PostgresFact]
    public void Article_text_is_searchable()
    {
        using var backend = new StoreBackend("postgres");
        using var store = (Parley.Storage.Postgres.PostgresStore)backend.Fresh();
        store.Save(StoreTestData.Article("Oman hosted envoys in Muscat for indirect talks."));
        store.Save(StoreTestData.Article("Sanctions on oil exports were tightened."));
        var hit = Assert.Single(store.SearchArticles("muscat talks"));
        Assert.Equal(Parley.Text.ContentHash.Of("Oman hosted envoys in Muscat for indirect talks."), hit);
        Assert.Empty(store.SearchArticles("earthquake"));
    }

    [PostgresFact]
    public void The_cli_uses_a_postgres_store_given_as_a_connection_string()
    {
        using var backend = new StoreBackend("postgres");
        using (backend.Fresh()) { }
        using var temp = new TempFolder();
        temp.Write("a.txt", "Qatar urged both sides to return to negotiations.");
        // A key=value string, which can name the test's own schema (a URL cannot).
        var connection = new Npgsql.NpgsqlConnectionStringBuilder(backend.CurrentConnection!).ConnectionString;
        var ingest = CliProcess.Run("ingest", temp.File("a.txt"), "--db", connection);
        Assert.True(ingest.ExitCode == 0, ingest.Stderr);
        var stats = CliProcess.Run("stats", "--db", connection, "--format", "json");
        Assert.Contains("\"articles\":1", stats.Stdout);
    }
}
