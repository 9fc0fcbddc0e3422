namespace Parley.Bargaining;

/// <summary>How one actor's strength and utility difference become a vote between two options.</summary>
public enum VotingRule
{
    /// <summary>w · Δu.</summary>
    Proportional,
    /// <summary>w · (Δu + Δu³) / 2, KTAB's "PropCbc".</summary>
    PropCubic,
    /// <summary>w · sign(Δu).</summary>
    Binary,
}

/// <summary>How the stationary distribution over options is found.</summary>
public enum PceModel
{
    /// <summary>From option j a challenger i is drawn with odds P(i&gt;j)·C(i:j) and wins with P(i&gt;j) (KTAB "MarkovIncentive").</summary>
    MarkovIncentive,
    /// <summary>From option j a challenger is drawn uniformly and wins with P(i&gt;j) (KTAB "MarkovUniform").</summary>
    MarkovUniform,
    /// <summary>Each option's probability proportional to the product of its chances against every other option (KTAB "Conditional").</summary>
    Conditional,
}

/// <summary>
/// The building blocks of a KTAB-style spatial model: salience-weighted distance and value,
/// risk-shaped utility, votes, coalition strengths, victory probabilities and the probabilistic
/// Condorcet election (PCE) over options. Pure functions over arrays.
/// </summary>
public static class SpatialPrimitives
{
    /// <summary>
    /// Risk-neutral value to an actor with ideal point `ideal` and saliences `salience` of position
    /// `position` (all on 0-1): 1 − sqrt(Σ s_k² (x_k − y_k)² / Σ s_k²).
    /// </summary>
    public static double Value(ReadOnlySpan<double> ideal, ReadOnlySpan<double> salience, ReadOnlySpan<double> position)
    {
        double top = 0, bottom = 0;
        for (var k = 0; k < ideal.Length; k++)
        {
            var w = salience[k] * salience[k];
            var d = ideal[k] - position[k];
            top += w * d * d;
            bottom += w;
        }
        return bottom > 0 ? 1 - Math.Sqrt(top / bottom) : 1;
    }

    /// <summary>Risk-shaped utility u = v (1 + r (1 − v)); r in [−1, 1], positive is risk-averse, 0 neutral.</summary>
    public static double RiskUtility(double value, double risk) => value * (1 + risk * (1 - value));

    public static double Vote(VotingRule rule, double strength, double utilityDifference) => rule switch
    {
        VotingRule.Proportional => strength * utilityDifference,
        VotingRule.PropCubic => strength * (utilityDifference + utilityDifference * utilityDifference * utilityDifference) / 2,
        _ => strength * Math.Sign(utilityDifference),
    };

    /// <summary>
    /// C[i,j]: the strength of the coalition preferring option i to option j, the sum of the positive
    /// votes. utilities[m, i] is actor m's utility for option i.
    /// </summary>
    public static double[,] CoalitionStrengths(double[,] utilities, IReadOnlyList<double> strengths, VotingRule rule)
    {
        int actors = utilities.GetLength(0), options = utilities.GetLength(1);
        var c = new double[options, options];
        for (var i = 0; i < options; i++)
            for (var j = 0; j < options; j++)
            {
                if (i == j) continue;
                var total = 0.0;
                for (var m = 0; m < actors; m++)
                {
                    var v = Vote(rule, strengths[m], utilities[m, i] - utilities[m, j]);
                    if (v > 0) total += v;
                }
                c[i, j] = total;
            }
        return c;
    }

    /// <summary>Linear victory probabilities P(i&gt;j) = C(i:j) / (C(i:j) + C(j:i)); 1/2 on the diagonal and where both are 0.</summary>
    public static double[,] VictoryProbabilities(double[,] coalitions)
    {
        var n = coalitions.GetLength(0);
        var p = new double[n, n];
        for (var i = 0; i < n; i++)
            for (var j = 0; j < n; j++)
            {
                var sum = coalitions[i, j] + coalitions[j, i];
                p[i, j] = i == j || sum <= 0 ? 0.5 : coalitions[i, j] / sum;
            }
        return p;
    }

    /// <summary>The stationary distribution of the Markov chain over options (power iteration).</summary>
    public static double[] Pce(double[,] victory, double[,] coalitions, PceModel model)
    {
        var n = victory.GetLength(0);
        if (n == 1) return [1.0];
        if (model == PceModel.Conditional) return ConditionalPce(victory);
        var transition = new double[n, n]; // transition[i, j]: from j to i
        for (var j = 0; j < n; j++)
        {
            var odds = new double[n];
            var total = 0.0;
            for (var i = 0; i < n; i++)
            {
                if (i == j) continue;
                odds[i] = model == PceModel.MarkovIncentive ? victory[i, j] * coalitions[i, j] : 1.0;
                total += odds[i];
            }
            var leave = 0.0;
            for (var i = 0; i < n; i++)
            {
                if (i == j) continue;
                transition[i, j] = (total > 0 ? odds[i] / total : 1.0 / (n - 1)) * victory[i, j];
                leave += transition[i, j];
            }
            transition[j, j] = 1 - leave;
        }
        return Stationary(transition);
    }

    private static double[] ConditionalPce(double[,] victory)
    {
        var n = victory.GetLength(0);
        var p = new double[n];
        for (var i = 0; i < n; i++)
        {
            p[i] = 1;
            for (var j = 0; j < n; j++) if (j != i) p[i] *= victory[i, j];
        }
        var sum = p.Sum();
        return sum > 0 ? p.Select(v => v / sum).ToArray() : Enumerable.Repeat(1.0 / n, n).ToArray();
    }

    /// <summary>
    /// The stationary distribution π = Mπ of a column-stochastic matrix, solved exactly by Gaussian
    /// elimination on (M − I)π = 0 with Σπ = 1 replacing the last equation.
    /// </summary>
    public static double[] Stationary(double[,] transition)
    {
        var n = transition.GetLength(0);
        var a = new double[n, n + 1];
        for (var i = 0; i < n; i++)
            for (var j = 0; j < n; j++)
                a[i, j] = transition[i, j] - (i == j ? 1 : 0);
        for (var j = 0; j < n; j++) a[n - 1, j] = 1;
        a[n - 1, n] = 1;
        for (var col = 0; col < n; col++)
        {
            var pivot = col;
            for (var r = col + 1; r < n; r++)
                if (Math.Abs(a[r, col]) > Math.Abs(a[pivot, col])) pivot = r;
            if (Math.Abs(a[pivot, col]) < 1e-300) return Enumerable.Repeat(1.0 / n, n).ToArray();
            if (pivot != col)
                for (var k = 0; k <= n; k++) (a[col, k], a[pivot, k]) = (a[pivot, k], a[col, k]);
            for (var r = 0; r < n; r++)
            {
                if (r == col || a[r, col] == 0) continue;
                var f = a[r, col] / a[col, col];
                for (var k = col; k <= n; k++) a[r, k] -= f * a[col, k];
            }
        }
        var x = new double[n];
        for (var i = 0; i < n; i++) x[i] = Math.Max(0, a[i, n] / a[i, i]);
        var sum = x.Sum();
        for (var i = 0; i < n; i++) x[i] /= sum;
        return x;
    }
}
