using Parley.Bargaining.Readers;

namespace Parley.Bargaining;

/// <summary>Every model's error on the DEU data, in-sample for parameter-free models and cross-validated for fitted ones.</summary>
public static class DeuReport
{
    private static readonly HashSet<string> CapabilityFree = ["salience-mean", "mean", "median", "constant-50", "status-quo"];

    public static IReadOnlyList<ModelError> Build(DeuDataset data, IReadOnlyList<IBargainingModel> models, bool includeFitted)
    {
        var issues = data.Issues.Where(i => i.Outcome.HasValue).ToList();
        var rows = new List<ModelError>();
        var forecasts = new List<DeuForecasts>();
        foreach (var model in models)
        {
            IEnumerable<DeuCapabilities> schemes = CapabilityFree.Contains(model.Name) || model.Name.StartsWith("actor:", StringComparison.Ordinal)
                ? [DeuCapabilities.Nice] : Enum.GetValues<DeuCapabilities>();
            foreach (var caps in schemes)
            {
                var label = CapabilityFree.Contains(model.Name) || model.Name.StartsWith("actor:", StringComparison.Ordinal)
                    ? "none" : caps.ToString().ToLowerInvariant();
                var values = issues.Select(i => model.Forecast(data.ToScenario(i, caps)).Forecast[0]).ToArray();
                forecasts.Add(new DeuForecasts(model.Name, label, values));
                var errors = values.Select((v, i) => v is { } f ? Math.Abs(f - issues[i].Outcome!.Value) : (double?)null)
                    .Where(e => e.HasValue).Select(e => e!.Value).ToList();
                rows.Add(DeuEvaluation.Score(model.Name, caps, errors) with { Capabilities = label });
            }
        }
        if (!includeFitted) return rows;

        var compromise = forecasts.FirstOrDefault(f => f.Name == "compromise" && f.Capabilities == "nice");
        var constant = forecasts.FirstOrDefault(f => f.Name == "constant-50");
        if (compromise is not null && constant is not null)
            rows.Add(DeuCrossValidation.Blend("blend:compromise+constant-50", compromise, constant, issues).Score);
        foreach (var other in forecasts.Where(f => f.Capabilities == "nice" && (f.Name.StartsWith("eu", StringComparison.Ordinal) || f.Name.StartsWith("spatial", StringComparison.Ordinal))))
            if (compromise is not null && other.Values.All(v => v.HasValue))
                rows.Add(DeuCrossValidation.Blend($"blend:compromise+{other.Name}", compromise, other, issues).Score);
        rows.Add(DeuCrossValidation.SelectBest("select-best", forecasts, issues).Score);
        rows.Add(DeuCrossValidation.WeightExponents(data, issues).Score);
        return rows;
    }
}
