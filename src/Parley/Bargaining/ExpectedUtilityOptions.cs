namespace Parley.Bargaining;

/// <summary>Denominator of the probability that position i beats position j.</summary>
public enum ProbabilityDenominator
{
    /// <summary>Sum of |votes| of every actor over every ordered pair of actors' positions (Scholz et al.'s code); probabilities are small and P(i,j)+P(j,i) &lt; 1.</summary>
    AllPairs,
    /// <summary>Sum of |votes| over the pair (i, j) only, so P(i,j) + P(j,i) = 1 (Bueno de Mesquita's text).</summary>
    Pair,
}

/// <summary>Which forecast enters the status-quo term of the utilities (matters only when Q &lt; 1).</summary>
public enum UtilityForecast { Median, Mean }

/// <summary>How an actor picks among the offers it received.</summary>
public enum OfferSelection
{
    /// <summary>Within the first kind present (confrontation, then compromise, then capitulation), the offer that moves it least (the paper's text).</summary>
    LeastMovement,
    /// <summary>As the replication code: least movement for confrontations and capitulations, but among compromises the one whose utility-weighted midpoint is lowest.</summary>
    ScholzCode,
}

/// <summary>How risk attitudes are derived from vulnerability ("danger").</summary>
public enum RiskComputation
{
    /// <summary>An actor's danger compared with every other actor's (the replication code).</summary>
    AcrossActors,
    /// <summary>An actor's danger at its position compared with its danger at each position held by anyone (Bueno de Mesquita's intent).</summary>
    AcrossPositions,
    /// <summary>Every actor risk-neutral (r = 1).</summary>
    Neutral,
}

/// <summary>When an offer counts as a capitulation.</summary>
public enum CapitulationRule
{
    /// <summary>As the replication code, whose condition can never hold: no capitulations.</summary>
    Never,
    /// <summary>The challenger gains (EU_ji &gt; 0 &gt; EU_ij) and i's loss is at least j's gain.</summary>
    WhenLossExceedsGain,
}

/// <summary>The forecast the model reports after each round.</summary>
public enum RoundForecast
{
    /// <summary>The position that beats every other in pairwise votes weighted by capability x salience.</summary>
    Median,
    /// <summary>The capability x salience weighted mean.</summary>
    Mean,
}

/// <summary>
/// The open points of the expected-utility model as named options. Presets: <see cref="Scholz"/>
/// reproduces the replication code; <see cref="Default"/> is the reading of the published text.
/// </summary>
public sealed record ExpectedUtilityOptions
{
    public ProbabilityDenominator Denominator { get; init; } = ProbabilityDenominator.Pair;
    public UtilityForecast UtilityForecast { get; init; } = UtilityForecast.Median;
    public OfferSelection Selection { get; init; } = OfferSelection.LeastMovement;
    public RiskComputation Risk { get; init; } = RiskComputation.AcrossActors;
    public CapitulationRule Capitulation { get; init; } = CapitulationRule.WhenLossExceedsGain;
    public RoundForecast Forecast { get; init; } = RoundForecast.Median;
    /// <summary>Probability Q that the status quo persists if nobody challenges; 1 drops the forecast term.</summary>
    public double Q { get; init; } = 1.0;
    /// <summary>The stopping rule's round limit.</summary>
    public int MaxRounds { get; init; } = 10;
    /// <summary>Positions that differ by less than this fraction of the initial range count as equal (convergence and cycle checks).</summary>
    public double Tolerance { get; init; } = 1e-6;

    /// <summary>The replication code of Scholz, Calbert and Smith (2011) as ported by J. McKibben.</summary>
    public static ExpectedUtilityOptions Scholz { get; } = new()
    {
        Denominator = ProbabilityDenominator.AllPairs,
        Selection = OfferSelection.ScholzCode,
        Risk = RiskComputation.AcrossActors,
        Capitulation = CapitulationRule.Never,
        Q = 1.0,
    };

    /// <summary>Our reading of the published specification.</summary>
    public static ExpectedUtilityOptions Default { get; } = new();
}
