using System.Data.Common;
using Microsoft.Data.Sqlite;
using Parley.Storage.Sql;

namespace Parley.Storage.Sqlite;

/// <summary>A store in one SQLite file, in WAL mode so that readers run beside the writer.</summary>
public sealed class SqliteStore : SqlStore
{
    private readonly string _connectionString;

    private SqliteStore(string path, string connectionString) : base(path)
    {
        Path = path;
        _connectionString = connectionString;
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

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
        try { Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!); }
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
        try
        {
            using (var connection = new SqliteConnection(connectionString))
            {
                connection.Open();
                Execute(connection, "PRAGMA journal_mode = WAL");
                SqlMigrator.Apply(connection, path, SqliteSchema.Migrations, schemaVersion);
            }
            return new SqliteStore(full, connectionString);
        }
        catch (SqliteException e)
        {
            throw new ParleyInputException(path, e.SqliteErrorCode switch
            {
                26 => "is not a Parley store (not a SQLite database); it was left untouched",
                14 => "cannot be opened (permission or path problem)",
                8 => "is read-only",
                _ => $"cannot be opened as a store ({e.Message})",
            });
        }
    }

    protected override DbConnection OpenConnection()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        Execute(connection, "PRAGMA synchronous = NORMAL");
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
