using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Parley.Storage;

namespace Parley.Cluster.Hosting;

/// <summary>
/// Runs one Parley silo: Orleans with ADO.NET clustering on PostgreSQL, the analysis pipeline
/// loaded once, and the shared store. Runs until the token is cancelled or the process is
/// stopped (Ctrl+C / SIGTERM leave the cluster gracefully; a kill is detected by the others).
/// </summary>
public static class SiloHost
{
    public static async Task RunAsync(SiloSettings settings, Action<string> onReady, CancellationToken cancellation)
    {
        await MembershipSchema.EnsureAsync(settings.Membership, cancellation);
        var pipeline = Pipeline.Load();
        var store = StoreFactory.Open(settings.Store);

        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning)
            .AddFilter("Orleans.Runtime.Silo", LogLevel.Error); // start-up advice about server GC
        builder.Services.AddSingleton(pipeline);
        builder.Services.AddSingleton(store);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.UseOrleans(silo =>
        {
            silo.UseAdoNetClustering(o =>
            {
                o.Invariant = ClusterNames.AdoInvariant;
                o.ConnectionString = settings.Membership;
            });
            silo.Configure<ClusterOptions>(o => { o.ClusterId = ClusterNames.ClusterId; o.ServiceId = ClusterNames.ServiceId; });
            silo.Configure<SiloOptions>(o => o.SiloName = settings.Name ?? $"silo-{settings.SiloPort}");
            silo.ConfigureEndpoints(settings.Address ?? IPAddress.Loopback, settings.SiloPort, settings.GatewayPort, listenOnAnyHostAddress: settings.Address is not null);
            // Detect a dead silo in seconds, not the default half-minute: work in flight on it is resent.
            silo.Configure<ClusterMembershipOptions>(o =>
            {
                o.ProbeTimeout = TimeSpan.FromSeconds(2);
                o.NumMissedProbesLimit = 2;
                o.TableRefreshTimeout = TimeSpan.FromSeconds(5);
            });
            silo.Configure<SiloMessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromSeconds(30));
        });

        using var host = builder.Build();
        var lifetime = host.Services.GetRequiredService<IHostApplicationLifetime>();
        lifetime.ApplicationStarted.Register(() =>
            onReady($"silo {settings.Name ?? $"silo-{settings.SiloPort}"} ready on port {settings.SiloPort} (gateway {settings.GatewayPort}); " +
                    $"membership {PostgresConnection.Describe(settings.Membership)}; store {store.Location}"));
        try { await host.RunAsync(cancellation); }
        finally { store.Dispose(); }
    }
}
