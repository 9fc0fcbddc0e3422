using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Parley.Bargaining;
using Parley.Bargaining.Readers;
using Parley.Output;

namespace Parley.Cli.Commands;

/// <summary>`parley forecast-eval --deu FILE`: every model's error on the DEU data.</summary>
public sealed class ForecastEvalCommand : ICliCommand
{
    public Command Build()
    {
        var deu = new Option<string>("--deu") { Description = "The DEU table (tab-separated, see docs/bargaining.md)", Required = true };
        var model = new Option<string>("--model") { Description = "Models to score (comma-separated) or all", DefaultValueFactory = _ => "all" };
        var format = CommonOptions.Format("text", "json");
        var command = new Command("forecast-eval", "Mean and median absolute error of every bargaining model on the DEU issues with an outcome")
        {
            deu, model, format,
        };
        command.SetAction(parse =>
        {
            IReadOnlyList<IBargainingModel> models;
            try
            {
                models = ModelCatalog.Select(parse.GetValue(model)!);
            }
            catch (ArgumentException e)
            {
                throw new UsageException(e.Message);
            }
            if (parse.GetValue(model)!.Trim().Equals("all", StringComparison.OrdinalIgnoreCase))
                models = [.. models, BaselineModel.ActorPosition("com")];
            var data = DeuDataset.Load(parse.GetValue(deu)!);
            var rows = DeuReport.Build(data, models, includeFitted: models.Count > 1);
            if (parse.GetValue(format) == "json")
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(new
                {
                    models = rows.Select(r => new { name = r.Name, capabilities = r.Capabilities, n = r.N, mae = Math.Round(r.Mae, 4), median_ae = Math.Round(r.MedianAe, 4), validation = r.Validation }),
                }, ContractJson.Indented));
            }
            else
            {
                Console.Out.WriteLine($"{"model",-38} {"capabilities",-12} {"n",5} {"MAE",7} {"median",7}  validation");
                foreach (var r in rows.OrderBy(r => r.Mae))
                    Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{r.Name,-38} {r.Capabilities,-12} {r.N,5} {r.Mae,7:0.00} {r.MedianAe,7:0.00}  {r.Validation}"));
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
