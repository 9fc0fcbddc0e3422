using System.Data.Common;

namespace Parley.Storage.Sql;

/// <summary>
/// Brings a store up to the newest schema this program knows, in one transaction: either every
/// pending step is applied or none. A store newer than the program is refused untouched.
/// </summary>
internal static class SqlMigrator
{
    public static int CurrentVersion(DbConnection connection, DbTransaction? transaction = null)
    {
        using var max = connection.CreateCommand();
        max.Transaction = transaction;
        max.CommandText = "SELECT coalesce(max(version), 0) FROM schema_migrations";
        return Convert.ToInt32(max.ExecuteScalar());
    }

    /// <summary>
    /// Applies the migrations up to <paramref name="targetVersion"/> (all by default).
    /// <paramref name="lockStatement"/> serializes concurrent migrators where the database needs it.
    /// </summary>
    public static void Apply(DbConnection connection, string storeName, IReadOnlyList<StoreMigration> migrations,
        int? targetVersion = null, string? lockStatement = null)
    {
        var known = migrations.Count == 0 ? 0 : migrations[^1].Version;
        var target = targetVersion ?? known;
        using var transaction = connection.BeginTransaction();
        void Run(string sql)
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }
        if (lockStatement != null) Run(lockStatement);
        Run("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)");
        var current = CurrentVersion(connection, transaction);
        if (current > known) throw StoreSchemaErrors.TooNew(storeName, current, known);
        foreach (var migration in migrations.Where(m => m.Version > current && m.Version <= target))
        {
            foreach (var statement in migration.Statements) Run(statement);
            using var record = SqlStore.Command(connection, "INSERT INTO schema_migrations (version, description, applied_at) VALUES (@v, @d, @t)",
                ("@v", migration.Version), ("@d", migration.Description), ("@t", DateTimeOffset.UtcNow.ToString("O")));
            record.Transaction = transaction;
            record.ExecuteNonQuery();
        }
        transaction.Commit();
    }
}
