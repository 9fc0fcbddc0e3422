using Microsoft.Data.Sqlite;

namespace Parley.Storage.Sqlite;

/// <summary>
/// Brings a SQLite store up to the newest schema this program knows, in one transaction: either
/// every pending step is applied or none. A store newer than the program is refused untouched.
/// </summary>
internal static class SqliteMigrator
{
    public static int CurrentVersion(SqliteConnection connection, SqliteTransaction? transaction = null)
    {
        using var exists = connection.CreateCommand();
        exists.Transaction = transaction;
        exists.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'";
        if (Convert.ToInt64(exists.ExecuteScalar()) == 0) return 0;
        using var max = connection.CreateCommand();
        max.Transaction = transaction;
        max.CommandText = "SELECT coalesce(max(version), 0) FROM schema_migrations";
        return Convert.ToInt32(max.ExecuteScalar());
    }

    /// <summary>Applies the migrations up to <paramref name="targetVersion"/> (all by default).</summary>
    public static void Apply(SqliteConnection connection, string storeName, IReadOnlyList<StoreMigration> migrations, int? targetVersion = null)
    {
        var known = migrations.Count == 0 ? 0 : migrations[^1].Version;
        var target = targetVersion ?? known;
        using var transaction = connection.BeginTransaction(); // BEGIN IMMEDIATE: one migrator at a time
        using (var create = connection.CreateCommand())
        {
            create.Transaction = transaction;
            create.CommandText = "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)";
            create.ExecuteNonQuery();
        }
        var current = CurrentVersion(connection, transaction);
        if (current > known) throw StoreSchemaErrors.TooNew(storeName, current, known);
        foreach (var migration in migrations.Where(m => m.Version > current && m.Version <= target))
        {
            foreach (var statement in migration.Statements)
            {
                using var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = statement;
                command.ExecuteNonQuery();
            }
            using var record = connection.CreateCommand();
            record.Transaction = transaction;
            record.CommandText = "INSERT INTO schema_migrations (version, description, applied_at) VALUES ($v, $d, $t)";
            record.Parameters.AddWithValue("$v", migration.Version);
            record.Parameters.AddWithValue("$d", migration.Description);
            record.Parameters.AddWithValue("$t", DateTimeOffset.UtcNow.ToString("O"));
            record.ExecuteNonQuery();
        }
        transaction.Commit();
    }
}
