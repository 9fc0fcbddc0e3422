using System.Text.Json;
using Parley.Tests.Support;

namespace Parley.Tests.Analysis;

public class OutlookCliTests
{
    [Fact]
    public void Outlook_on_an_empty_store_is_the_baseline_with_every_component_listed()
    {
        using var temp = new TempFolder();
        var r = CliProcess.Run("outlook", "IRN", "USA", "--as-of", "2025-06-01", "--days", "60", "--db", temp.File("s.db"), "--format", "json");
        Assert.Equal(0, r.ExitCode);
        using var doc = JsonDocument.Parse(r.Stdout);
        var root = doc.RootElement;
        Assert.Equal("IRN", root.GetProperty("a").GetString());
        Assert.Equal("2025-06-01", root.GetProperty("as_of").GetString());
        Assert.Equal(1 - Math.Exp(-60.0 / 365), root.GetProperty("probability").GetDouble(), 9);
        Assert.Equal(6, root.GetProperty("components").GetArrayLength());
    }

    [Fact]
    public void Outlook_usage_errors_exit_2()
    {
        using var temp = new TempFolder();
        Assert.Equal(2, CliProcess.Run("outlook", "IRN", "IRN", "--db", temp.File("s.db")).ExitCode);
        Assert.Equal(2, CliProcess.Run("outlook", "IRN", "USA", "--as-of", "yesterday", "--db", temp.File("s.db")).ExitCode);
        Assert.Equal(2, CliProcess.Run("outlook", "IRN", "USA", "--days", "0", "--db", temp.File("s.db")).ExitCode);
    }
}
