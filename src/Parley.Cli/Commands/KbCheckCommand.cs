using System.CommandLine;
using System.Text.Json;
using Parley.Knowledge;
using Parley.Output;

namespace Parley.Cli.Commands;

/// <summary>`parley kb check`: validates data/kb; exit 1 when it finds errors.</summary>
public static class KbCheckCommand
{
    public static Command Build()
    {
        var format = CommonOptions.Format("text", "json");
        var today = new Option<string?>("--today") { Description = "The day open tenures run to (default: today)" };
        var command = new Command("check", "Validate the knowledge base: ids, dates, overlaps, gaps, names") { format, today };
        command.SetAction(parse =>
        {
            var day = CommonOptions.ParseDate(parse.GetValue(today), "--today")?.LastDay ?? DateOnly.FromDateTime(DateTime.UtcNow);
            var report = new KnowledgeBaseChecker(KnowledgeBase.Load(ResourcePaths.Default)).Check(day);
            if (parse.GetValue(format) == "json")
                Console.Out.WriteLine(JsonSerializer.Serialize(new { passed = report.Passed, report.Errors, report.Warnings, report.Counts }, ContractJson.Indented));
            else
            {
                Console.Out.WriteLine(string.Join(", ", report.Counts.Select(c => $"{c.Value} {c.Key}")));
                foreach (var w in report.Warnings) Console.Out.WriteLine("warning: " + w);
                foreach (var e in report.Errors) Console.Out.WriteLine("error: " + e);
                Console.Out.WriteLine(report.Passed ? $"kb check passed ({report.Warnings.Count} warnings)" : $"kb check failed: {report.Errors.Count} errors");
            }
            return report.Passed ? ExitCodes.Success : ExitCodes.BadInput;
        });
        return command;
    }
}
