using Npgsql;

namespace Parley.Cluster.Hosting;

/// <summary>
/// Accepts a PostgreSQL location as users write it (postgres://user:pass@host:port/db or a
/// key=value connection string) and gives the key=value form Npgsql and Orleans expect.
/// </summary>
public static class PostgresConnection
{
    public static string Normalize(string location)
    {
        if (string.IsNullOrWhiteSpace(location))
            throw new ParleyInputException("--postgres", "is empty; give postgres://user@host:port/database or Host=...;Database=...");
        if (!location.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
            && !location.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            try { return new NpgsqlConnectionStringBuilder(location).ConnectionString; }
            catch (ArgumentException e) { throw new ParleyInputException("--postgres", "is not a valid connection string: " + e.Message); }
        }
        if (!Uri.TryCreate(location, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
            throw new ParleyInputException("--postgres", "is not a valid postgres:// URL");
        var builder = new NpgsqlConnectionStringBuilder { Host = uri.Host };
        if (uri.Port > 0) builder.Port = uri.Port;
        var database = uri.AbsolutePath.Trim('/');
        if (database.Length > 0) builder.Database = Uri.UnescapeDataString(database);
        if (uri.UserInfo.Length > 0)
        {
            var parts = uri.UserInfo.Split(':', 2);
            builder.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length == 2) builder.Password = Uri.UnescapeDataString(parts[1]);
        }
        return builder.ConnectionString;
    }

    /// <summary>The connection without its password, for messages.</summary>
    public static string Describe(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { Password = null };
        return $"{builder.Host}:{builder.Port}/{builder.Database}";
    }
}
