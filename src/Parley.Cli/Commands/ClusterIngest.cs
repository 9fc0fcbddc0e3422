using Parley.Cluster;
using Parley.Cluster.Hosting;
using Parley.Ingest;

namespace Parley.Cli.Commands;

/// <summary>`parley ingest ... --cluster CONN`: the same inputs and summary, with the work done by the cluster's silos.</summary>
internal static class ClusterIngest
{
    public static async Task<(IngestSummary Summary, string Location)> RunAsync(string cluster, IReadOnlyList<IngestInput> inputs,
        IEnumerable<IngestFailure> listingFailures, IngestOptions options, CancellationToken cancellation)
    {
        await using var connection = await ClusterConnection.ConnectAsync(ClusterCommand.ResolveMembership(cluster), cancellation);
        var runner = new ClusterIngestRunner(connection.Client, new ClusterIngestOptions
        {
            MaxArticleBytes = options.MaxArticleBytes,
            InFlight = Math.Max(8, options.Jobs * 2),
        })
        {
            StandardInput = Console.In,
            OnFailure = f => Console.Error.WriteLine($"parley: {f.Origin}: {f.Reason}"),
        };
        var summary = await runner.RunAsync(inputs, listingFailures, IngestProgressView.PlainLines(Console.Error), cancellation);
        if (runner.Retries > 0) Console.Error.WriteLine($"parley: {runner.Retries} batch(es) were sent again after a failure (stored once by content hash)");
        return (summary, "the cluster on " + connection.Description);
    }
}
