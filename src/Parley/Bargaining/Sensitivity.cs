namespace Parley.Bargaining;

/// <summary>How much the inputs are shaken in a sensitivity run (each draw independent, uniform).</summary>
public sealed record Perturbation
{
    /// <summary>Capabilities are multiplied by a factor in [1 − f, 1 + f].</summary>
    public double CapabilityFactor { get; init; } = 0.2;
    /// <summary>Positions move by up to this many points (of the 0-100 scale), clamped to the scenario's range.</summary>
    public double PositionPoints { get; init; } = 5;
    /// <summary>Saliences move by up to this many points (0-100), clamped to 0-100.</summary>
    public double SaliencePoints { get; init; } = 10;
}

/// <summary>The distribution of one dimension's forecast over the perturbed runs.</summary>
public sealed record ForecastDistribution(string Dimension, int Runs, double Mean, double StandardDeviation, double P05, double P25, double Median, double P75, double P95);

/// <summary>
/// Seeded Monte Carlo sensitivity: perturb capabilities, positions and saliences, re-run the model,
/// report the spread of the forecast. The same seed gives the same numbers.
/// </summary>
public static class Sensitivity
{
    public static IReadOnlyList<ForecastDistribution> Run(IBargainingModel model, Scenario scenario, int runs, int seed, Perturbation? perturbation = null)
    {
        if (runs < 1) throw new ArgumentOutOfRangeException(nameof(runs), "at least one run");
        var p = perturbation ?? new Perturbation();
        var random = new Random(seed);
        var all = scenario.Actors.SelectMany(a => a.Positions).Where(v => v.HasValue).Select(v => v!.Value).ToList();
        double low = Math.Min(0, all.DefaultIfEmpty(0).Min()), high = Math.Max(100, all.DefaultIfEmpty(100).Max());
        var scale = (high - low) / 100;
        var samples = scenario.Dimensions.Select(_ => new List<double>()).ToList();
        for (var run = 0; run < runs; run++)
        {
            double U() => random.NextDouble() * 2 - 1;
            var actors = scenario.Actors.Select(a => a with
            {
                Capability = Math.Max(0, a.Capability * (1 + p.CapabilityFactor * U())),
                Positions = a.Positions.Select(x => x is { } v ? Math.Clamp(v + p.PositionPoints * scale * U(), low, high) : (double?)null).ToList(),
                Saliences = a.Saliences.Select(s => Math.Clamp(s + p.SaliencePoints / 100 * U(), 0, 1)).ToList(),
            }).ToList();
            var forecast = model.Forecast(scenario.WithActors(actors)).Forecast;
            for (var d = 0; d < forecast.Count; d++)
                if (forecast[d] is { } f) samples[d].Add(f);
        }
        return samples.Select((s, d) => Summarize(scenario.Dimensions[d], s)).ToList();
    }

    private static ForecastDistribution Summarize(string dimension, List<double> values)
    {
        if (values.Count == 0) return new ForecastDistribution(dimension, 0, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);
        var sorted = values.Order().ToArray();
        var mean = sorted.Average();
        var sd = Math.Sqrt(sorted.Sum(v => (v - mean) * (v - mean)) / Math.Max(1, sorted.Length - 1));
        return new ForecastDistribution(dimension, sorted.Length, mean, sd,
            Quantile(sorted, 0.05), Quantile(sorted, 0.25), Quantile(sorted, 0.5), Quantile(sorted, 0.75), Quantile(sorted, 0.95));
    }

    /// <summary>Linear interpolation between order statistics.</summary>
    public static double Quantile(double[] sorted, double q)
    {
        var h = (sorted.Length - 1) * q;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
