using Parley.Bargaining.Readers;

namespace Parley.Bargaining;

/// <summary>One model's error on the DEU issues with an outcome (0-100 scale).</summary>
public sealed record ModelError(string Name, string Capabilities, int N, double Mae, double MedianAe)
{
    /// <summary>How the figure was obtained: "in-sample" (no fitted parameter) or "cv-by-proposal, k folds".</summary>
    public string Validation { get; init; } = "no fitted parameters";
}

/// <summary>Scores models on the DEU data: absolute error of the forecast against the recorded outcome.</summary>
public static class DeuEvaluation
{
    /// <summary>Absolute errors of one model over the issues with an outcome (issues without a forecast are skipped).</summary>
    public static IReadOnlyList<(DeuIssue Issue, double Error)> Errors(DeuDataset data, IBargainingModel model, DeuCapabilities capabilities)
    {
        var errors = new List<(DeuIssue, double)>();
        foreach (var issue in data.Issues)
        {
            if (issue.Outcome is not { } outcome) continue;
            if (model.Forecast(data.ToScenario(issue, capabilities)).Forecast[0] is not { } forecast) continue;
            errors.Add((issue, Math.Abs(forecast - outcome)));
        }
        return errors;
    }

    public static ModelError Score(string name, DeuCapabilities capabilities, IReadOnlyList<double> errors) =>
        new(name, capabilities.ToString().ToLowerInvariant(), errors.Count,
            errors.Count == 0 ? double.NaN : errors.Average(), errors.Count == 0 ? double.NaN : Median(errors));

    public static ModelError Evaluate(DeuDataset data, IBargainingModel model, DeuCapabilities capabilities) =>
        Score(model.Name, capabilities, Errors(data, model, capabilities).Select(e => e.Error).ToList());

    public static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
