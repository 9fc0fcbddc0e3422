using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;

namespace Parley.Cluster.Hosting;

/// <summary>A connection to a running Parley cluster, found through its membership database.</summary>
public sealed class ClusterConnection : IAsyncDisposable
{
    private readonly IHost _host;

    private ClusterConnection(IHost host, IClusterClient client, string description)
    {
        _host = host;
        Client = client;
        Description = description;
    }

    public IClusterClient Client { get; }
    /// <summary>The membership database without its password, for messages.</summary>
    public string Description { get; }

    public static async Task<ClusterConnection> ConnectAsync(string location, CancellationToken cancellation = default)
    {
        var membership = PostgresConnection.Normalize(location);
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Error);
        builder.UseOrleansClient(client =>
        {
            client.UseAdoNetClustering(o =>
            {
                o.Invariant = ClusterNames.AdoInvariant;
                o.ConnectionString = membership;
            });
            client.Configure<ClusterOptions>(o => { o.ClusterId = ClusterNames.ClusterId; o.ServiceId = ClusterNames.ServiceId; });
            client.Configure<GatewayOptions>(o => o.GatewayListRefreshPeriod = TimeSpan.FromSeconds(5));
            // A batch takes seconds; a call that waits longer went to a silo that died, and is resent.
            client.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromSeconds(60));
        });
        var host = builder.Build();
        try
        {
            await host.StartAsync(cancellation);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            host.Dispose();
            throw new ParleyInputException("--cluster",
                $"no Parley silo could be reached through {PostgresConnection.Describe(membership)} ({e.Message}); start one with `parley cluster silo`");
        }
        return new ClusterConnection(host, host.Services.GetRequiredService<IClusterClient>(), PostgresConnection.Describe(membership));
    }

    public async ValueTask DisposeAsync()
    {
        try { await _host.StopAsync(TimeSpan.FromSeconds(5)); }
        catch (Exception e) when (e is not OutOfMemoryException) { /* the cluster may already be gone */ }
        _host.Dispose();
    }
}
