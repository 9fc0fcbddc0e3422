using Npgsql;

namespace Parley.Tests.Cluster;

/// <summary>
/// A fact that needs PostgreSQL: $PARLEY_TEST_POSTGRES names a reachable server (CI starts a
/// private one); skipped with a message otherwise.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public const string Variable = "PARLEY_TEST_POSTGRES";

    public PostgresFactAttribute()
    {
        var connection = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(connection)) Skip = $"${Variable} is not set; this test needs a PostgreSQL server.";
        else if (ScratchDatabase.Unreachable(connection) is { } why) Skip = $"PostgreSQL at ${Variable} is not reachable: {why}";
    }
}

/// <summary>A fresh, empty database on the test server, dropped on dispose.</summary>
public sealed class ScratchDatabase : IDisposable
{
    private readonly string _admin;

    public ScratchDatabase(string prefix)
    {
        _admin = Environment.GetEnvironmentVariable(PostgresFactAttribute.Variable)!;
        Name = $"{prefix}_{Guid.NewGuid():N}"[..Math.Min(60, prefix.Length + 13)];
        Execute($"CREATE DATABASE {Name}");
        ConnectionString = new NpgsqlConnectionStringBuilder(_admin) { Database = Name, Pooling = false }.ConnectionString;
    }

    public string Name { get; }
    public string ConnectionString { get; }

    public long Scalar(string sql)
    {
        using var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(command.ExecuteScalar());
    }

    public static string? Unreachable(string connectionString)
    {
        try
        {
            using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Timeout = 3, Pooling = false }.ConnectionString);
            connection.Open();
            return null;
        }
        catch (Exception e) when (e is NpgsqlException or ArgumentException or System.Net.Sockets.SocketException or TimeoutException)
        {
            return e.Message;
        }
    }

    private void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_admin) { Pooling = false }.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        try { Execute($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)"); }
        catch (NpgsqlException) { /* left for the server's owner; the name is unique */ }
    }
}
