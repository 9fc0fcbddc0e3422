namespace Parley.Cluster.Hosting;

/// <summary>Names shared by silos and clients: a client joins the silos with the same names.</summary>
public static class ClusterNames
{
    public const string ClusterId = "parley";
    public const string ServiceId = "parley";
    public const string AdoInvariant = "Npgsql";
}

/// <summary>How to run one silo.</summary>
public sealed record SiloSettings
{
    /// <summary>Key=value connection string of the membership database.</summary>
    public required string Membership { get; init; }
    /// <summary>Where articles are stored (any store location); the membership database by default.</summary>
    public required string Store { get; init; }
    public int SiloPort { get; init; } = 11111;
    public int GatewayPort { get; init; } = 30000;
    public string? Name { get; init; }
    /// <summary>The address other silos and clients reach this one at; loopback when null.</summary>
    public System.Net.IPAddress? Address { get; init; }
}
