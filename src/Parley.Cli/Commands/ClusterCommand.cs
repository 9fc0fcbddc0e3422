using System.CommandLine;
using System.Net;
using System.Text.Json;
using Parley.Cluster;
using Parley.Cluster.Hosting;
using Parley.Output;
using Parley.Storage;

namespace Parley.Cli.Commands;

/// <summary>`parley cluster silo|status`: run a silo of the Orleans cluster, or look at the cluster.</summary>
public sealed class ClusterCommand : ICliCommand
{
    public const string EnvironmentVariable = "PARLEY_CLUSTER";

    public Command Build()
    {
        var command = new Command("cluster", "Scale out over several processes or machines (Orleans, PostgreSQL membership)");
        command.Subcommands.Add(BuildSilo());
        command.Subcommands.Add(BuildStatus());
        return command;
    }

    /// <summary>The membership database: the option, else $PARLEY_CLUSTER, else $PARLEY_DB when it is PostgreSQL.</summary>
    internal static string ResolveMembership(string? given)
    {
        if (!string.IsNullOrWhiteSpace(given)) return PostgresConnection.Normalize(given);
        foreach (var variable in new[] { EnvironmentVariable, StoreFactory.EnvironmentVariable })
            if (Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value && StoreFactory.IsPostgres(value))
                return PostgresConnection.Normalize(value);
        throw new UsageException("give the cluster's PostgreSQL database with --postgres (or $PARLEY_CLUSTER)");
    }

    private static Option<string?> Postgres() => new("--postgres")
    {
        Description = "PostgreSQL database for cluster membership (postgres://user@host:port/db or Host=...;Database=...; default $PARLEY_CLUSTER, else $PARLEY_DB)",
    };

    private static Command BuildSilo()
    {
        var postgres = Postgres();
        var port = new Option<int?>("--port") { Description = "Silo-to-silo port (default 11111)" };
        var gatewayPort = new Option<int?>("--gateway-port") { Description = "Port clients connect to (default 30000)" };
        var address = new Option<string?>("--address") { Description = "Address other machines reach this silo at (default 127.0.0.1: one machine)" };
        var name = new Option<string?>("--name") { Description = "Silo name shown by `parley cluster status`" };
        var db = new Option<string?>("--db") { Description = "Store location (default: the --postgres database)" };
        var command = new Command("silo", "Run one silo: analyses and stores articles sent with `parley ingest --cluster`")
            { postgres, port, gatewayPort, address, name, db };
        command.SetAction(async (parse, cancellation) =>
        {
            var membership = ResolveMembership(parse.GetValue(postgres));
            IPAddress? ip = null;
            if (parse.GetValue(address) is { } a && !IPAddress.TryParse(a, out ip))
                throw new UsageException($"--address: '{a}' is not an IP address");
            var settings = new SiloSettings
            {
                Membership = membership,
                Store = parse.GetValue(db) ?? membership,
                SiloPort = ValidPort(parse.GetValue(port) ?? 11111, "--port"),
                GatewayPort = ValidPort(parse.GetValue(gatewayPort) ?? 30000, "--gateway-port"),
                Address = ip,
                Name = parse.GetValue(name),
            };
            await SiloHost.RunAsync(settings, line => { Console.Out.WriteLine(line); Console.Out.Flush(); }, cancellation);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command BuildStatus()
    {
        var postgres = Postgres();
        var format = CommonOptions.Format("text", "json");
        var command = new Command("status", "Show the silos, the grains active, throughput and the store") { postgres, format };
        command.SetAction(async (parse, cancellation) =>
        {
            await using var connection = await ClusterConnection.ConnectAsync(ResolveMembership(parse.GetValue(postgres)), cancellation);
            var report = await ClusterStatus.ReadAsync(connection.Client);
            if (parse.GetValue(format) == "json")
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(new
                {
                    silos = report.Silos.Select(s => new
                    {
                        address = s.Address, name = s.Name, status = s.Status, started = s.StartedUtc,
                        activations = s.Activations, articles = s.ArticlesProcessed,
                        articles_per_second = Math.Round(s.ArticlesPerSecondLastMinute, 2),
                    }),
                    grains = report.Grains.ToDictionary(g => g.GrainType, g => g.Activations),
                    store = new { articles = report.Store.Articles, events = report.Store.Events, event_reports = report.Store.EventReports },
                }, ContractJson.Options));
                return ExitCodes.Success;
            }
            Console.Out.WriteLine($"cluster on {connection.Description}: {report.Silos.Count} silo(s) active");
            foreach (var s in report.Silos)
                Console.Out.WriteLine($"  {s.Name,-12} {s.Address,-28} {s.Status,-7} {s.Activations,5} activations  " +
                                      $"{s.ArticlesProcessed,8} articles  {s.ArticlesPerSecondLastMinute,7:0.0}/s (last minute)");
            Console.Out.WriteLine("grains active: " + (report.Grains.Count == 0 ? "none" : string.Join(", ", report.Grains.Select(g => $"{g.GrainType} {g.Activations}"))));
            Console.Out.WriteLine($"store: {report.Store.Articles} articles, {report.Store.Events} events from {report.Store.EventReports} reports");
            return ExitCodes.Success;
        });
        return command;
    }

    private static int ValidPort(int port, string option) =>
        port is > 0 and < 65536 ? port : throw new UsageException($"{option} must be between 1 and 65535");
}
