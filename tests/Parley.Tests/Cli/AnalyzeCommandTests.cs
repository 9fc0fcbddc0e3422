using System.Text.Json;
using Parley.Tests.Support;

namespace Parley.Tests.Cli;

public class AnalyzeCommandTests
{
    [Fact]
    public void BadInputsExitWithOneAndNameTheFile()
    {
        using var temp = new TempFolder();
        var db = temp.File("store.db");
        var empty = temp.Write("empty.txt", "");
        var binary = temp.Write("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]);
        var missing = temp.File("missing.txt");
        foreach (var path in new[] { empty, binary, missing, temp.Path })
        {
            var result = CliProcess.Run("analyze", path, "--db", db);
            Assert.Equal(1, result.ExitCode);
            var line = Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.Contains(path, line);
        }
        Assert.False(File.Exists(db), "nothing may be written to the store for bad input");
    }

    [Fact]
    public void BadDateIsAUsageError()
    {
        using var temp = new TempFolder();
        var file = temp.Write("a.txt", "Oman hosted talks.");
        Assert.Equal(2, CliProcess.Run("analyze", file, "--published", "last year", "--no-store").ExitCode);
    }

    [Fact]
    public void JsonHasTheContractShape()
    {
        var result = CliProcess.Run("analyze", RepoPaths.InRepo("examples", "articles", "korea-talks.txt"), "--format", "json", "--no-store");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        foreach (var key in new[] { "article", "sentences", "mentions", "events", "quotes", "claims", "dyads" })
            Assert.True(root.TryGetProperty(key, out _), $"missing {key}");
        var published = root.GetProperty("article").GetProperty("published");
        Assert.Equal("2025-08-14", published.GetProperty("value").GetString());
        Assert.Equal("dateline", published.GetProperty("basis").GetString());
    }

    [Fact]
    public void ReadsStandardInput()
    {
        var result = CliProcess.RunWithInput("Qatar offered to mediate between the two sides.\n", "analyze", "-", "--format", "json", "--no-store");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.True(json.RootElement.GetProperty("sentences").GetArrayLength() >= 1);
    }
}
