using System.CommandLine;
using System.Text.Json;
using Parley.Events;
using Parley.Events.Evaluation;
using Parley.Output;

namespace Parley.Cli.Commands;

/// <summary>`parley eval --gold FILE.jsonl [--format text|json] [--explain]`: scores the coder on a gold file.</summary>
public sealed class EvalCommand : ICliCommand
{
    public Command Build()
    {
        var gold = new Option<string>("--gold") { Description = "gold file (JSON Lines, one record per line)", Required = true };
        var format = new Option<string>("--format") { Description = "text or json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var explain = new Option<bool>("--explain") { Description = "list every record where the coder and the gold disagree" };
        var command = new Command("eval", "Score the event coder against a gold file.") { gold, format, explain };
        command.SetAction(parseResult => Run(parseResult.GetValue(gold)!, parseResult.GetValue(format)!, parseResult.GetValue(explain)));
        return command;
    }

    private static int Run(string goldPath, string format, bool explain)
    {
        var records = GoldReader.Read(goldPath);
        var pipeline = Pipeline.Load();
        var coder = pipeline.Components.OfType<EventCoder>().FirstOrDefault()
                    ?? throw new InvalidOperationException("The pipeline has no event coder.");
        var batch = new EventBatch(pipeline);
        var scorer = new EventScorer(coder.Resources.Ontology);
        foreach (var record in records)
        {
            var document = batch.Analyze(record.Text, record.Date);
            scorer.Add(record, document.Events);
        }
        var report = scorer.Report(Path.GetFileName(goldPath));
        if (format == "json")
        {
            Console.WriteLine(JsonSerializer.Serialize(EvaluationJson.From(report, explain), ContractJson.Indented));
            return ExitCodes.Success;
        }
        Console.WriteLine(EvaluationText.Render(report, explain));
        return ExitCodes.Success;
    }
}
