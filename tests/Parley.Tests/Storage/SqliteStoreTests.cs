using Microsoft.Data.Sqlite;
using Parley.Storage;
using Parley.Storage.Sqlite;
using Parley.Tests.Support;

namespace Parley.Tests.Storage;

/// <summary>What is particular to SQLite files: paths, folders, files that are not databases.</summary>
public sealed class SqliteStoreTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _temp.Dispose();
    }

    [Fact]
    public void A_file_that_is_not_a_database_is_refused_and_left_as_it_was()
    {
        var path = _temp.Write("notes.db", "These are my notes, not a database. " + new string('x', 5000));
        var before = File.ReadAllBytes(path);
        var error = Assert.Throws<ParleyInputException>(() => SqliteStore.Open(path));
        Assert.Contains("not a Parley store", error.Message);
        Assert.Equal(before, File.ReadAllBytes(path));
    }

    [Fact]
    public void A_folder_is_not_a_store()
    {
        var error = Assert.Throws<ParleyInputException>(() => StoreFactory.Open(_temp.Path));
        Assert.Contains("folder", error.Message);
    }

    [Fact]
    public void Missing_folders_are_created()
    {
        var nested = _temp.File(Path.Combine("a", "b", "c", "parley.db"));
        using var store = StoreFactory.Open(nested);
        Assert.True(File.Exists(nested));
        Assert.Equal(0, store.Counts().Articles);
        Assert.Equal("wal", ScalarText(nested, "PRAGMA journal_mode"));
    }

    [Fact]
    public void The_argument_wins_and_the_default_is_under_the_user_data_folder()
    {
        Assert.Equal("given.db", StoreFactory.Resolve("given.db"));
        Assert.EndsWith(Path.Combine("parley", "parley.db"), StoreFactory.DefaultPath());
        Assert.True(StoreFactory.IsPostgres("postgres://u:p@localhost:5432/parley"));
        Assert.True(StoreFactory.IsPostgres("Host=localhost;Database=parley"));
        Assert.False(StoreFactory.IsPostgres("stores/hosting.db"));
    }

    [Fact]
    public void An_unreachable_postgres_server_is_a_clear_input_error()
    {
        var error = Assert.Throws<ParleyInputException>(() => StoreFactory.Open("postgres://nobody@127.0.0.1:1/none"));
        Assert.Contains("cannot be opened as a PostgreSQL store", error.Message);
        Assert.DoesNotContain("password", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    private static string ScalarText(string db, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={db}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (string)command.ExecuteScalar()!;
    }
}

public sealed class PostgresConnectionStringTests
{
    [Fact]
    public void Urls_become_npgsql_settings_and_are_described_without_the_password()
    {
        var builder = Parley.Storage.Postgres.PostgresConnectionString.Parse("postgres://analyst:s%40cret@db.example.org:6543/events?sslmode=require");
        Assert.Equal(("db.example.org", 6543, "events", "analyst", "s@cret"), (builder.Host, builder.Port, builder.Database, builder.Username, builder.Password));
        Assert.Equal(Npgsql.SslMode.Require, builder.SslMode);
        Assert.Equal("postgres://analyst@db.example.org:6543/events", Parley.Storage.Postgres.PostgresConnectionString.Describe(builder));
        Assert.Equal("localhost", Parley.Storage.Postgres.PostgresConnectionString.Parse("Host=localhost;Database=parley").Host);
        Assert.Throws<ParleyInputException>(() => Parley.Storage.Postgres.PostgresConnectionString.Parse("Host=x;Nonsense Key=1"));
    }
}
