using Npgsql;

namespace Parley.Cluster.Hosting;

/// <summary>
/// Applies the Orleans membership schema (tables, routines, named queries) that ADO.NET clustering
/// needs. The script can run again without harm; an advisory lock keeps silos that start together
/// from applying it at the same moment.
/// </summary>
public static class MembershipSchema
{
    private const long LockId = 0x5061726C6579; // "Parley"

    public static async Task EnsureAsync(string connectionString, CancellationToken cancellation = default)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        try { await connection.OpenAsync(cancellation); }
        catch (Exception e) when (e is NpgsqlException or System.Net.Sockets.SocketException or TimeoutException)
        {
            throw new ParleyInputException(PostgresConnection.Describe(connectionString), "PostgreSQL cannot be reached: " + e.Message);
        }
        await using var transaction = await connection.BeginTransactionAsync(cancellation);
        await using (var lockCommand = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({LockId})", connection, transaction))
            await lockCommand.ExecuteNonQueryAsync(cancellation);
        await using (var command = new NpgsqlCommand(Script(), connection, transaction))
            await command.ExecuteNonQueryAsync(cancellation);
        await transaction.CommitAsync(cancellation);
    }

    private static string Script()
    {
        using var stream = typeof(MembershipSchema).Assembly.GetManifestResourceStream("Parley.Cluster.Schema.OrleansMembership.postgres.sql")
            ?? throw new InvalidOperationException("The membership schema is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
