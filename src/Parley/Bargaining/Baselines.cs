namespace Parley.Bargaining;

/// <summary>One actor's stance on one dimension, as the one-shot rules see it.</summary>
public readonly record struct Stance(string Actor, double Position, double Capability, double Salience);

/// <summary>
/// A one-shot forecasting rule applied to each dimension separately (compromise model, means,
/// medians, strongest actor, constant, status quo). Actors without a position are skipped.
/// </summary>
public sealed class BaselineModel(string name, string description, Func<IReadOnlyList<Stance>, double?, double?> rule)
    : IBargainingModel
{
    public string Name { get; } = name;
    public string Description { get; } = description;

    public ForecastResult Forecast(Scenario scenario)
    {
        var forecast = new double?[scenario.Dimensions.Count];
        for (var d = 0; d < forecast.Length; d++)
        {
            var stances = StancesOn(scenario, d);
            forecast[d] = stances.Count == 0 && Name != "status-quo" && Name != "constant-50" ? null : rule(stances, scenario.StatusQuoOn(d));
        }
        return new ForecastResult(Name, forecast, [], $"{Description}.");
    }

    public static IReadOnlyList<Stance> StancesOn(Scenario scenario, int dimension) =>
        scenario.Actors.Where(a => a.Positions[dimension].HasValue)
            .Select(a => new Stance(a.Name, a.Positions[dimension]!.Value, a.Capability, a.Saliences[dimension])).ToList();

    /// <summary>Every baseline, in the order the evaluation reports them.</summary>
    public static IReadOnlyList<BaselineModel> All { get; } =
    [
        new("compromise", "Compromise model: mean position weighted by capability x salience (capability-weighted mean if every salience is 0)", Rules.Compromise),
        new("capability-mean", "Mean position weighted by capability", (s, _) => Rules.WeightedMean(s, x => x.Capability) ?? Rules.Mean(s)),
        new("salience-mean", "Mean position weighted by salience (the compromise model with equal capabilities)", (s, _) => Rules.WeightedMean(s, x => x.Salience) ?? Rules.Mean(s)),
        new("mean", "Unweighted mean position", (s, _) => Rules.Mean(s)),
        new("median", "Unweighted median position", (s, _) => Rules.WeightedMedian(s, _ => 1)),
        new("weighted-median", "Median position weighted by capability x salience", (s, _) => Rules.WeightedMedian(s, x => x.Capability * x.Salience) ?? Rules.WeightedMedian(s, x => x.Capability)),
        new("strongest", "Position of the actor with the greatest effective power, capability x salience (ties: the first listed)", (s, _) => Rules.Strongest(s)),
        new("constant-50", "The middle of the scale, 50", (_, _) => 50),
        new("status-quo", "The status quo (reference point)", (_, q) => q),
    ];

    /// <summary>The position of one named actor (e.g. the Commission's proposal in the DEU data).</summary>
    public static BaselineModel ActorPosition(string actor) =>
        new($"actor:{actor}", $"Position of {actor}", (s, _) => s.FirstOrDefault(x => x.Actor == actor) is { Actor: not null } hit ? hit.Position : null);

    /// <summary>The formulas, exposed for tests and for the iterative models' forecasts.</summary>
    public static class Rules
    {
        public static double? Mean(IReadOnlyList<Stance> s) => s.Count == 0 ? null : s.Average(x => x.Position);

        public static double? WeightedMean(IReadOnlyList<Stance> s, Func<Stance, double> weight)
        {
            var total = s.Sum(weight);
            return total > 0 ? s.Sum(x => weight(x) * x.Position) / total : null;
        }

        public static double? Compromise(IReadOnlyList<Stance> s, double? statusQuo) =>
            WeightedMean(s, x => x.Capability * x.Salience) ?? WeightedMean(s, x => x.Capability) ?? Mean(s);

        /// <summary>
        /// The weighted median: positions sorted, the one where the cumulative weight first reaches half
        /// the total; where it lands exactly on half, the mean of that position and the next.
        /// </summary>
        public static double? WeightedMedian(IReadOnlyList<Stance> s, Func<Stance, double> weight)
        {
            var sorted = s.Select(x => (x.Position, W: weight(x))).Where(x => x.W > 0).OrderBy(x => x.Position).ToList();
            var total = sorted.Sum(x => x.W);
            if (sorted.Count == 0 || total <= 0) return null;
            var cumulative = 0.0;
            for (var i = 0; i < sorted.Count; i++)
            {
                cumulative += sorted[i].W;
                if (Math.Abs(cumulative - total / 2) <= 1e-9 * total && i + 1 < sorted.Count)
                    return (sorted[i].Position + sorted[i + 1].Position) / 2;
                if (cumulative > total / 2) return sorted[i].Position;
            }
            return sorted[^1].Position;
        }

        /// <summary>The first-listed actor with the greatest capability x salience.</summary>
        public static double? Strongest(IReadOnlyList<Stance> s)
        {
            if (s.Count == 0) return null;
            var best = s[0];
            foreach (var x in s)
                if (x.Capability * x.Salience > best.Capability * best.Salience) best = x;
            return best.Position;
        }
    }
}
