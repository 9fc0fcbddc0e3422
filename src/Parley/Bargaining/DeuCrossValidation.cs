using Parley.Bargaining.Readers;

namespace Parley.Bargaining;

/// <summary>A model's forecasts for every DEU issue with an outcome (null where it gives none).</summary>
public sealed record DeuForecasts(string Name, string Capabilities, double?[] Values);

/// <summary>
/// Models with fitted parameters, scored by k-fold cross-validation in which the folds are whole
/// legislative proposals (issues of one proposal are linked and never split across folds).
/// </summary>
public static class DeuCrossValidation
{
    public const int DefaultFolds = 10;

    /// <summary>Fold of each issue: proposals in order of first appearance, dealt round-robin.</summary>
    public static int[] Folds(IReadOnlyList<DeuIssue> issues, int k)
    {
        var proposals = issues.Select(i => i.ProposalId).Distinct().Select((p, n) => (p, n)).ToDictionary(x => x.p, x => x.n % k);
        return issues.Select(i => proposals[i.ProposalId]).ToArray();
    }

    /// <summary>
    /// Per fold, picks the candidate with the lowest mean absolute error on the other folds and applies
    /// it to the held-out fold. Candidates must cover the same issues (no nulls).
    /// </summary>
    public static (ModelError Score, IReadOnlyList<string> Chosen) SelectBest(
        string name, IReadOnlyList<DeuForecasts> candidates, IReadOnlyList<DeuIssue> issues, int k = DefaultFolds)
    {
        var usable = candidates.Where(c => c.Values.All(v => v.HasValue)).ToList();
        var folds = Folds(issues, k);
        var errors = new double[issues.Count];
        var chosen = new List<string>();
        for (var f = 0; f < k; f++)
        {
            var train = Enumerable.Range(0, issues.Count).Where(i => folds[i] != f).ToList();
            var best = usable.MinBy(c => train.Average(i => Math.Abs(c.Values[i]!.Value - issues[i].Outcome!.Value)))!;
            chosen.Add($"{best.Name}/{best.Capabilities}");
            foreach (var i in Enumerable.Range(0, issues.Count).Where(i => folds[i] == f))
                errors[i] = Math.Abs(best.Values[i]!.Value - issues[i].Outcome!.Value);
        }
        return (Score(name, "cv", errors, k), chosen);
    }

    /// <summary>
    /// α·a + (1 − α)·b with α on a 0.05 grid fitted on the training folds (least mean absolute error).
    /// </summary>
    public static (ModelError Score, IReadOnlyList<double> Alphas) Blend(
        string name, DeuForecasts a, DeuForecasts b, IReadOnlyList<DeuIssue> issues, int k = DefaultFolds)
    {
        var folds = Folds(issues, k);
        var errors = new double[issues.Count];
        var alphas = new List<double>();
        var grid = Enumerable.Range(0, 21).Select(i => i / 20.0).ToArray();
        double Mix(double alpha, int i) => alpha * a.Values[i]!.Value + (1 - alpha) * b.Values[i]!.Value;
        for (var f = 0; f < k; f++)
        {
            var train = Enumerable.Range(0, issues.Count).Where(i => folds[i] != f).ToList();
            var alpha = grid.MinBy(al => train.Average(i => Math.Abs(Mix(al, i) - issues[i].Outcome!.Value)));
            alphas.Add(alpha);
            foreach (var i in Enumerable.Range(0, issues.Count).Where(i => folds[i] == f))
                errors[i] = Math.Abs(Mix(alpha, i) - issues[i].Outcome!.Value);
        }
        return (Score(name, a.Capabilities, errors, k), alphas);
    }

    private static ModelError Score(string name, string capabilities, double[] errors, int k) =>
        new(name, capabilities, errors.Length, errors.Average(), DeuEvaluation.Median(errors))
        {
            Validation = $"{k}-fold cross-validation by proposal",
        };

    /// <summary>
    /// A generalized compromise model, Σ c^a s^b x / Σ c^a s^b, with the exponents a (0-2) and b
    /// (0-3) chosen on a 0.25 grid on the training folds (Nice capabilities).
    /// </summary>
    public static (ModelError Score, IReadOnlyList<(double A, double B)> Exponents) WeightExponents(
        DeuDataset data, IReadOnlyList<DeuIssue> issues, int k = DefaultFolds)
    {
        var grid = (from a in Enumerable.Range(0, 9) from b in Enumerable.Range(0, 13) select (A: a / 4.0, B: b / 4.0)).ToList();
        var stances = issues.Select(i => i.Positions.Select(p => (X: p.Value, C: data.Capability(p.Key, DeuCapabilities.Nice),
            S: i.Saliences.GetValueOrDefault(p.Key) / 100.0)).ToList()).ToList();
        double Forecast((double A, double B) e, int i)
        {
            double top = 0, bottom = 0;
            foreach (var (x, c, sal) in stances[i])
            {
                var w = Math.Pow(c, e.A) * (sal > 0 ? Math.Pow(sal, e.B) : e.B == 0 ? 1 : 0);
                top += w * x;
                bottom += w;
            }
            return bottom > 0 ? top / bottom : stances[i].Average(t => t.X);
        }
        var forecasts = grid.Select(e => Enumerable.Range(0, issues.Count).Select(i => Forecast(e, i)).ToArray()).ToList();
        var folds = Folds(issues, k);
        var errors = new double[issues.Count];
        var chosen = new List<(double, double)>();
        for (var f = 0; f < k; f++)
        {
            var train = Enumerable.Range(0, issues.Count).Where(i => folds[i] != f).ToList();
            var best = Enumerable.Range(0, grid.Count).MinBy(g => train.Average(i => Math.Abs(forecasts[g][i] - issues[i].Outcome!.Value)));
            chosen.Add(grid[best]);
            foreach (var i in Enumerable.Range(0, issues.Count).Where(i => folds[i] == f))
                errors[i] = Math.Abs(forecasts[best][i] - issues[i].Outcome!.Value);
        }
        return (Score("compromise-exponents", "nice", errors, k), chosen);
    }
}
