using System.CommandLine;
using System.Text.Json;
using Parley.Events.Evaluation;
using Parley.Output;
using Parley.Time;

namespace Parley.Cli.Commands;

/// <summary>`parley code --input FILE.jsonl [--output FILE.jsonl]`: batch event coding, one output line per input line.</summary>
public sealed class CodeCommand : ICliCommand
{
    public Command Build()
    {
        var input = new Option<string>("--input") { Description = "JSON Lines file: one {\"id\",\"text\",\"date\"} object per line", Required = true };
        var output = new Option<string?>("--output") { Description = "where to write {\"id\",\"events\"} lines (default: standard output)" };
        var command = new Command("code", "Code events in many short texts (JSON Lines in, JSON Lines out, same order).") { input, output };
        command.SetAction(parseResult => Run(parseResult.GetValue(input)!, parseResult.GetValue(output)));
        return command;
    }

    private static int Run(string inputPath, string? outputPath)
    {
        if (Directory.Exists(inputPath)) throw new ParleyInputException(inputPath, $"is a directory, not a JSON Lines file");
        if (!File.Exists(inputPath)) throw new ParleyInputException(inputPath, $"no such file");
        var batch = new EventBatch(Pipeline.Load());
        using var writer = outputPath is null ? new StreamWriter(Console.OpenStandardOutput()) : new StreamWriter(outputPath);
        var lineNumber = 0;
        foreach (var line in File.ReadLines(inputPath))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            var (id, text, date) = ParseLine(inputPath, lineNumber, line, Console.Error);
            var document = batch.Analyze(text, date);
            var events = document.Events.Select(e => AnalysisJsonMapper.Event(e, document.Text)).ToList();
            writer.WriteLine(JsonSerializer.Serialize(new { id, events }, ContractJson.Options));
        }
        return ExitCodes.Success;
    }

    /// <summary>
    /// One input record. A malformed line stops the run (its output would break the one-line-per-input
    /// contract); a date that cannot be read only costs the record its publication date, with a
    /// warning, as the date is optional.
    /// </summary>
    private static (string Id, string Text, PartialDate? Date) ParseLine(string path, int lineNumber, string line, TextWriter warnings)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw new ParleyInputException(path, $"line {lineNumber}: expected a JSON object");
            var id = root.TryGetProperty("id", out var i) ? i.ToString() : lineNumber.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (!root.TryGetProperty("text", out var t) || t.ValueKind != JsonValueKind.String)
                throw new ParleyInputException(path, $"line {lineNumber}: missing \"text\"");
            PartialDate? date = null;
            if (root.TryGetProperty("date", out var d) && d.ValueKind == JsonValueKind.String)
            {
                var s = d.GetString()!;
                if (PartialDate.TryParse(s.Length > 10 ? s[..10] : s, out var parsed)) date = parsed;
                else warnings.WriteLine($"parley: {path}: line {lineNumber}: \"date\" is not YYYY, YYYY-MM or YYYY-MM-DD: '{s}'; coded without a publication date");
            }
            return (id, t.GetString()!, date);
        }
        catch (JsonException e)
        {
            throw new ParleyInputException(path, $"line {lineNumber}: not JSON ({e.Message})");
        }
    }
}
