using System.Text.Json;
using Parley.Tests.Support;

namespace Parley.Tests.Events;

public class EventCommandTests
{
    /// <summary>Runs `code` on the given input lines; the exit code must be 0.</summary>
    private static (string[] Lines, string Stderr) RunCode(params string[] inputLines)
    {
        using var folder = new TempFolder();
        var input = folder.Write("in.jsonl", string.Join("\n", inputLines) + "\n");
        var output = folder.File("out.jsonl");
        var result = CliProcess.Run("code", "--input", input, "--output", output);
        Assert.True(result.ExitCode == 0, result.Stderr);
        return (File.ReadAllLines(output), result.Stderr);
    }

    [Fact]
    public void Code_writes_one_line_per_input_line_in_order()
    {
        var (lines, _) = RunCode(
            """{"id":"a","text":"Israel attacked Syria on Monday.","date":"2024-05-03"}""",
            """{"id":"b","text":"Nothing happened here."}""");
        Assert.Equal(2, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.Equal("a", first.RootElement.GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Array, first.RootElement.GetProperty("events").ValueKind);
        using var second = JsonDocument.Parse(lines[1]);
        Assert.Equal("b", second.RootElement.GetProperty("id").GetString());
    }

    [Fact]
    public void Code_rejects_missing_and_malformed_input_with_exit_code_1()
    {
        using var folder = new TempFolder();
        var missing = CliProcess.Run("code", "--input", folder.File("none.jsonl"));
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("none.jsonl", missing.Stderr);
        var bad = folder.Write("bad.jsonl", "{\"id\":1}\n");
        var result = CliProcess.Run("code", "--input", bad);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("text", result.Stderr);
    }

    [Fact]
    public void Code_warns_about_an_unreadable_date_and_codes_the_record_without_it()
    {
        var (lines, stderr) = RunCode(
            """{"id":"a","text":"Israel attacked Syria on Monday.","date":"121108"}""",
            """{"id":"b","text":"Iran condemned Israel.","date":"2024-05-03"}""");
        Assert.Contains("line 1", stderr);
        Assert.Contains("121108", stderr);
        Assert.Equal(2, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.NotEqual(0, first.RootElement.GetProperty("events").GetArrayLength());
    }

    [Fact]
    public void Eval_prints_scores_as_json()
    {
        using var folder = new TempFolder();
        var gold = folder.Write("gold.jsonl",
            """{"id":"1","text":"Israel attacked Syria on Monday.","date":"2024-05-03","events":[{"source":"ISR","target":"SYR","code":"190"}],"meta":{}}""" + "\n");
        var result = CliProcess.Run("eval", "--gold", gold, "--format", "json", "--explain");
        Assert.True(result.ExitCode == 0, result.Stderr);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(1, json.RootElement.GetProperty("records").GetInt32());
        Assert.True(json.RootElement.TryGetProperty("root_triples", out _));
        Assert.Equal(JsonValueKind.Array, json.RootElement.GetProperty("disagreements").ValueKind);
    }
}
