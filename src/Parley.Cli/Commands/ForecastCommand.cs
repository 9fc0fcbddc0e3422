using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Parley.Bargaining;
using Parley.Bargaining.Readers;
using Parley.Output;

namespace Parley.Cli.Commands;

/// <summary>`parley forecast SCENARIO`: bargaining models on a scenario file.</summary>
public sealed class ForecastCommand : ICliCommand
{
    public Command Build()
    {
        var scenario = new Argument<string>("scenario") { Description = "Scenario file: KTAB CSV/XML, DEU table, actor table CSV, Parley JSON/YAML" };
        var model = new Option<string>("--model") { Description = "Model name, comma-separated names, actor:NAME, or all", DefaultValueFactory = _ => "all" };
        var rounds = new Option<int?>("--rounds") { Description = "Round limit of the iterative models" };
        var runs = new Option<int?>("--runs") { Description = "Monte Carlo sensitivity: number of perturbed runs" };
        var seed = new Option<int>("--seed") { Description = "Seed of the sensitivity runs", DefaultValueFactory = _ => 1 };
        var capabilities = new Option<string>("--capabilities") { Description = "Capabilities for a DEU table: nice, gdp or equal", DefaultValueFactory = _ => "nice" };
        capabilities.AcceptOnlyFromAmong("nice", "gdp", "equal");
        var format = CommonOptions.Format("text", "json");
        var command = new Command("forecast", "Run bargaining models on a scenario: forecast, rounds, challenges and an explanation")
        {
            scenario, model, rounds, runs, seed, capabilities, format,
        };
        command.SetAction(parse =>
        {
            if (parse.GetValue(rounds) is < 1) throw new UsageException("--rounds must be at least 1");
            if (parse.GetValue(runs) is < 1) throw new UsageException("--runs must be at least 1");
            IReadOnlyList<IBargainingModel> models;
            try
            {
                models = ModelCatalog.Select(parse.GetValue(model)!, parse.GetValue(rounds));
            }
            catch (ArgumentException e)
            {
                throw new UsageException(e.Message);
            }
            var caps = Enum.Parse<DeuCapabilities>(parse.GetValue(capabilities)!, ignoreCase: true);
            var scenarios = ScenarioReader.ReadAll(parse.GetValue(scenario)!, caps);
            var reports = scenarios.Select(s => ForecastReport.Build(s, models, parse.GetValue(runs), parse.GetValue(seed))).ToList();
            if (parse.GetValue(format) == "json")
                Console.Out.WriteLine(JsonSerializer.Serialize(reports.Count == 1 ? reports[0] : (object)new { scenarios = reports }, ContractJson.Indented));
            else
                foreach (var report in reports) ForecastReport.WriteText(Console.Out, report);
            return ExitCodes.Success;
        });
        return command;
    }
}

/// <summary>The JSON shape of one scenario's forecasts.</summary>
public sealed record ForecastReport(string Scenario, IReadOnlyList<string> Dimensions, int Actors, IReadOnlyList<double?> StatusQuo, IReadOnlyList<ModelForecastJson> Models)
{
    public static ForecastReport Build(Scenario scenario, IReadOnlyList<IBargainingModel> models, int? runs, int seed) =>
        new(scenario.Name, scenario.Dimensions, scenario.Actors.Count, scenario.StatusQuo, models.Select(m =>
        {
            var result = m.Forecast(scenario);
            return new ModelForecastJson(m.Name, m.Description, result.Forecast, result.Stopped, result.Explanation,
                result.Rounds.Select(r => new RoundJson(r.Round, r.Forecast,
                    r.Positions.Select(p => new PositionJson(p.Actor, p.Positions)).ToList(),
                    r.Interactions.Select(i => new InteractionJson(i.Dimension, i.Actor, i.Counterpart, i.Kind, i.ActorValue, i.CounterpartValue, i.NewPosition)).ToList())).ToList(),
                runs is { } n ? Sensitivity.Run(m, scenario, n, seed) : null);
        }).ToList());

    private static string Phrase(string kind) => kind switch
    {
        "confrontation" => "loses a confrontation to",
        "compromise" => "compromises with",
        "capitulation" => "capitulates to",
        "bargain proposed" => "moves to the bargain it proposed to",
        "bargain accepted" => "accepts the bargain proposed by",
        _ => kind + " with",
    };

    public static void WriteText(TextWriter output, ForecastReport report)
    {
        static string F(double? v) => v is { } x ? x.ToString("0.00", CultureInfo.InvariantCulture) : "-";
        output.WriteLine($"Scenario {report.Scenario}: {report.Actors} actors, dimensions {string.Join(", ", report.Dimensions)}");
        if (report.StatusQuo.Any(q => q.HasValue)) output.WriteLine($"  status quo: {string.Join(", ", report.StatusQuo.Select(F))}");
        foreach (var m in report.Models)
        {
            output.WriteLine();
            output.WriteLine($"{m.Name}: {string.Join(", ", report.Dimensions.Select((d, i) => $"{d} = {F(m.Forecast[i])}"))}");
            output.WriteLine($"  {m.Description}");
            if (m.Stopped is not null) output.WriteLine($"  stopped: {m.Stopped}");
            if (m.Explanation != m.Description + ".") output.WriteLine($"  {m.Explanation}");
            foreach (var round in m.Rounds.Skip(1).Take(10))
            {
                if (round.Interactions.Count == 0) continue;
                output.WriteLine($"  round {round.Round} (forecast {string.Join(", ", round.Forecast.Select(F))}):");
                foreach (var i in round.Interactions.Take(8))
                    output.WriteLine($"    {i.Actor} {Phrase(i.Kind)} {i.Counterpart} -> {F(i.NewPosition)}");
                if (round.Interactions.Count > 8) output.WriteLine($"    ... {round.Interactions.Count - 8} more");
            }
            if (m.Rounds.Count > 11) output.WriteLine($"  ... {m.Rounds.Count - 11} more rounds (see --format json)");
            if (m.Sensitivity is { } sens)
                foreach (var s in sens)
                    output.WriteLine($"  sensitivity {s.Dimension} over {s.Runs} runs: mean {F(s.Mean)} sd {F(s.StandardDeviation)}, 5-95% [{F(s.P05)}, {F(s.P95)}], median {F(s.Median)}");
        }
        output.WriteLine();
    }
}

public sealed record ModelForecastJson(
    string Name, string Description, IReadOnlyList<double?> Forecast, string? Stopped, string Explanation,
    IReadOnlyList<RoundJson> Rounds, IReadOnlyList<ForecastDistribution>? Sensitivity);

public sealed record RoundJson(int Round, IReadOnlyList<double?> Forecast, IReadOnlyList<PositionJson> Positions, IReadOnlyList<InteractionJson> Interactions);

public sealed record PositionJson(string Actor, IReadOnlyList<double?> Positions);

public sealed record InteractionJson(string Dimension, string Actor, string Counterpart, string Kind, double ActorValue, double CounterpartValue, double NewPosition);
