namespace Parley.Bargaining;

/// <summary>A bargaining model: reads a scenario, forecasts the outcome on each dimension.</summary>
public interface IBargainingModel
{
    /// <summary>The name used on the command line (`--model NAME`).</summary>
    string Name { get; }
    string Description { get; }
    ForecastResult Forecast(Scenario scenario);
}

/// <summary>
/// What a model says about a scenario: the forecast per dimension (null where no actor holds a
/// position), the rounds it went through (empty for one-shot baselines) and a plain explanation.
/// </summary>
public sealed record ForecastResult(
    string Model, IReadOnlyList<double?> Forecast, IReadOnlyList<ForecastRound> Rounds, string Explanation)
{
    /// <summary>Why an iterative model stopped (converged, cycle, round limit); null for one-shot models.</summary>
    public string? Stopped { get; init; }
}

/// <summary>The state after one round: the forecast, every actor's position, and what happened.</summary>
public sealed record ForecastRound(
    int Round, IReadOnlyList<double?> Forecast, IReadOnlyList<ActorPositions> Positions, IReadOnlyList<Interaction> Interactions);

public sealed record ActorPositions(string Actor, IReadOnlyList<double?> Positions);

/// <summary>
/// One resolved challenge: `Actor` received an offer from `Counterpart` and (for the expected-utility
/// model) moved to `NewPosition`. Kind names the resolution (confrontation, compromise, capitulation,
/// or a spatial-model bargain).
/// </summary>
public sealed record Interaction(
    string Dimension, string Actor, string Counterpart, string Kind, double ActorValue, double CounterpartValue,
    double NewPosition);
