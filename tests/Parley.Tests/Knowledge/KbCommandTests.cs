using System.Text.Json;
using Parley.Tests.Support;

namespace Parley.Tests.Knowledge;

/// <summary>The `kb` commands run as a real process, in the contract JSON shape.</summary>
public sealed class KbCommandTests
{
    private static JsonElement[] Holders(params string[] args)
    {
        var result = CliProcess.Run(["kb", "holders", .. args, "--format", "json"]);
        Assert.True(result.ExitCode == 0, result.Stderr);
        return JsonDocument.Parse(result.Stdout).RootElement.EnumerateArray().ToArray();
    }

    private static IEnumerable<string> NamesIn(JsonElement[] rows, string role) =>
        rows.Where(r => r.GetProperty("role").GetString() == role).Select(r => r.GetProperty("name").GetString()!);

    [Fact]
    public void IranMid2024HasTheActingPresident()
    {
        var rows = Holders("--country", "IRN", "--on", "2024-06-15");
        Assert.Equal(["Mohammad Mokhber"], NamesIn(rows, "head_of_government"));
        var row = rows.First(r => r.GetProperty("role").GetString() == "head_of_government");
        foreach (var field in new[] { "name", "office", "role", "start", "end", "entity_id" }) Assert.True(row.TryGetProperty(field, out _), field);
        Assert.True(row.GetProperty("acting").GetBoolean());
    }

    [Fact]
    public void IranInMarch2025HasPezeshkian() =>
        Assert.Equal(["Masoud Pezeshkian"], NamesIn(Holders("--country", "IRN", "--on", "2025-03-01"), "head_of_government"));

    [Fact]
    public void TrumpHoldsBothTopRolesInJune2025()
    {
        var rows = Holders("--country", "USA", "--on", "2025-06-01");
        Assert.Equal(["Donald Trump"], NamesIn(rows, "head_of_state"));
        Assert.Equal(["Donald Trump"], NamesIn(rows, "head_of_government"));
    }

    [Fact]
    public void OrganizationHeadsByAcronym() =>
        Assert.Equal(["Rafael Grossi"], NamesIn(Holders("--org", "IAEA", "--on", "2025-03-01"), "head"));

    [Fact]
    public void UnknownCountryIsBadInputAndMissingOwnerIsUsage()
    {
        Assert.Equal(1, CliProcess.Run("kb", "holders", "--country", "XXX", "--on", "2025-01-01").ExitCode);
        Assert.Equal(2, CliProcess.Run("kb", "holders", "--on", "2025-01-01").ExitCode);
        Assert.Equal(2, CliProcess.Run("kb", "holders", "--country", "IRN", "--on", "yesterday").ExitCode);
    }

    [Fact]
    public void FindReturnsTenures()
    {
        var result = CliProcess.Run("kb", "find", "Raisi", "--format", "json");
        var first = JsonDocument.Parse(result.Stdout).RootElement[0];
        Assert.Equal("person/ebrahim-raisi", first.GetProperty("id").GetString());
        Assert.Equal("2024-05-19", first.GetProperty("tenures")[0].GetProperty("end").GetString());
    }
}
