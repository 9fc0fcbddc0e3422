using Parley.Cluster.Grains;

namespace Parley.Cluster;

public sealed record SiloStatus(string Address, string Name, string Status, DateTime StartedUtc, int Activations,
    long ArticlesProcessed, double ArticlesPerSecondLastMinute);

public sealed record GrainCount(string GrainType, int Activations);

public sealed record ClusterStatusReport(IReadOnlyList<SiloStatus> Silos, IReadOnlyList<GrainCount> Grains, StoreTally Store);

/// <summary>Reads what `parley cluster status` shows: the silos, the grains active, throughput and the store.</summary>
public static class ClusterStatus
{
    public static async Task<ClusterStatusReport> ReadAsync(IClusterClient client)
    {
        var management = client.GetGrain<IManagementGrain>(0);
        var hosts = await management.GetDetailedHosts(onlyActive: true);
        var statistics = await management.GetSimpleGrainStatistics();
        var ours = statistics.Where(s => s.GrainType.Contains("Parley.Cluster", StringComparison.Ordinal)).ToList();

        var silos = new List<SiloStatus>();
        foreach (var host in hosts.OrderBy(h => h.SiloName, StringComparer.Ordinal))
        {
            var throughput = await client.GetGrain<IThroughputGrain>(host.SiloAddress.ToString()).Read();
            var activations = ours.Where(s => s.SiloAddress.Equals(host.SiloAddress)).Sum(s => s.ActivationCount);
            silos.Add(new SiloStatus(host.SiloAddress.ToString(), host.SiloName, host.Status.ToString(), host.StartTime,
                activations, throughput.Articles, throughput.ArticlesPerSecondLastMinute));
        }
        var grains = ours.GroupBy(s => ShortName(s.GrainType))
            .Select(g => new GrainCount(g.Key, g.Sum(s => s.ActivationCount)))
            .OrderBy(g => g.GrainType, StringComparer.Ordinal).ToList();
        var store = await client.GetGrain<IAnalysisGrain>(0).StoreCounts();
        return new ClusterStatusReport(silos, grains, store);
    }

    private static string ShortName(string grainType)
    {
        var comma = grainType.IndexOf(',');
        var name = comma < 0 ? grainType : grainType[..comma];
        return name[(name.LastIndexOf('.') + 1)..];
    }
}
