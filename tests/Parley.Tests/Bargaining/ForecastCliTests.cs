using System.Text.Json;
using Parley.Tests.Support;

namespace Parley.Tests.Bargaining;

public class ForecastCliTests
{
    private static readonly string Example = RepoPaths.InRepo("examples", "scenarios", "iran-us-nuclear.yaml");

    [Fact]
    public void Forecast_json_gives_each_model_a_forecast_rounds_and_explanation()
    {
        var r = CliProcess.Run("forecast", Example, "--model", "compromise,eu-scholz,spatial", "--rounds", "5", "--runs", "20", "--seed", "3", "--format", "json");
        Assert.Equal(0, r.ExitCode);
        using var doc = JsonDocument.Parse(r.Stdout);
        var models = doc.RootElement.GetProperty("models");
        Assert.Equal(3, models.GetArrayLength());
        foreach (var m in models.EnumerateArray())
        {
            Assert.Equal(3, m.GetProperty("forecast").GetArrayLength());
            Assert.False(string.IsNullOrWhiteSpace(m.GetProperty("explanation").GetString()));
            Assert.Equal(20, m.GetProperty("sensitivity")[0].GetProperty("runs").GetInt32());
        }
        var eu = models[1];
        Assert.InRange(eu.GetProperty("rounds").GetArrayLength(), 2, 6);
        Assert.Equal(8, eu.GetProperty("rounds")[0].GetProperty("positions").GetArrayLength());
        // Same seed, same numbers.
        var again = CliProcess.Run("forecast", Example, "--model", "compromise,eu-scholz,spatial", "--rounds", "5", "--runs", "20", "--seed", "3", "--format", "json");
        Assert.Equal(r.Stdout, again.Stdout);
    }

    [Fact]
    public void Forecast_text_names_models_and_forecasts()
    {
        var r = CliProcess.Run("forecast", Example, "--model", "compromise");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("compromise: enrichment_cap = ", r.Stdout);
    }

    [Fact]
    public void Bad_scenario_is_exit_1_and_unknown_model_exit_2()
    {
        Assert.Equal(1, CliProcess.Run("forecast", "no-such-file.yaml").ExitCode);
        var unknown = CliProcess.Run("forecast", Example, "--model", "nonesuch");
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("unknown model", unknown.Stderr);
    }

    [SharedFact]
    public void Forecast_eval_prints_the_contract_shape()
    {
        var deu = RepoPaths.SharedFile("data", "bargaining", "deu", "deu3.csv");
        var r = CliProcess.Run("forecast-eval", "--deu", deu, "--model", "compromise", "--format", "json");
        Assert.Equal(0, r.ExitCode);
        using var doc = JsonDocument.Parse(r.Stdout);
        var rows = doc.RootElement.GetProperty("models").EnumerateArray().ToList();
        var nice = rows.Single(m => m.GetProperty("capabilities").GetString() == "nice");
        Assert.Equal("compromise", nice.GetProperty("name").GetString());
        Assert.Equal(353, nice.GetProperty("n").GetInt32());
        Assert.Equal(23.10, Math.Round(nice.GetProperty("mae").GetDouble(), 2));
        Assert.True(nice.GetProperty("median_ae").GetDouble() > 0);
    }
}
