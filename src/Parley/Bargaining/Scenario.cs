namespace Parley.Bargaining;

/// <summary>
/// One stakeholder in a bargaining scenario. Positions are on the dimension's scale (usually 0-100)
/// and may be null where the actor takes no position on that dimension. Saliences are fractions
/// 0-1 (readers convert the 0-100 scale of the files). Capability is any non-negative number.
/// </summary>
public sealed record ScenarioActor(
    string Name, string? Description, double Capability,
    IReadOnlyList<double?> Positions, IReadOnlyList<double> Saliences)
{
    public double? PositionOn(int dimension) => Positions[dimension];
    public double SalienceOn(int dimension) => Saliences[dimension];
}

/// <summary>
/// Actors with capability, position and salience on one or more issue dimensions; an optional
/// status quo (reference point) and, for evaluation data, an optional recorded outcome per dimension.
/// </summary>
public sealed record Scenario(
    string Name, string? Description, IReadOnlyList<string> Dimensions, IReadOnlyList<ScenarioActor> Actors)
{
    /// <summary>The reference point per dimension (null entries where unknown).</summary>
    public IReadOnlyList<double?> StatusQuo { get; init; } = [];
    /// <summary>The recorded outcome per dimension (evaluation data only).</summary>
    public IReadOnlyList<double?> Outcome { get; init; } = [];
    /// <summary>A group key (e.g. the legislative proposal) that ties linked scenarios together.</summary>
    public string? Group { get; init; }
    /// <summary>Free notes kept with the scenario (reasoning behind illustrative numbers).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    public double? StatusQuoOn(int dimension) => dimension < StatusQuo.Count ? StatusQuo[dimension] : null;
    public double? OutcomeOn(int dimension) => dimension < Outcome.Count ? Outcome[dimension] : null;

    /// <summary>The actors that hold a position on a dimension, in scenario order.</summary>
    public IReadOnlyList<ScenarioActor> ActorsOn(int dimension) =>
        Actors.Where(a => a.Positions[dimension].HasValue).ToList();

    /// <summary>Checks the invariants every model relies on; throws ParleyInputException naming the problem.</summary>
    public Scenario Validated(string source)
    {
        if (Dimensions.Count == 0) throw new ParleyInputException(source, "the scenario has no dimensions");
        if (Actors.Count == 0) throw new ParleyInputException(source, "the scenario has no actors");
        foreach (var actor in Actors)
        {
            if (actor.Positions.Count != Dimensions.Count || actor.Saliences.Count != Dimensions.Count)
                throw new ParleyInputException(source, $"actor '{actor.Name}' has {actor.Positions.Count} positions and {actor.Saliences.Count} saliences for {Dimensions.Count} dimensions");
            if (!double.IsFinite(actor.Capability) || actor.Capability < 0)
                throw new ParleyInputException(source, $"actor '{actor.Name}' has an invalid capability {actor.Capability}");
            foreach (var s in actor.Saliences)
                if (!double.IsFinite(s) || s < 0 || s > 1)
                    throw new ParleyInputException(source, $"actor '{actor.Name}' has a salience outside 0-100");
            foreach (var p in actor.Positions)
                if (p is { } v && !double.IsFinite(v))
                    throw new ParleyInputException(source, $"actor '{actor.Name}' has a non-numeric position");
        }
        if (Actors.Select(a => a.Name).Distinct(StringComparer.Ordinal).Count() != Actors.Count)
            throw new ParleyInputException(source, "two actors share a name");
        return this;
    }

    /// <summary>A copy with the actors replaced (used by the sensitivity analysis).</summary>
    public Scenario WithActors(IReadOnlyList<ScenarioActor> actors) => this with { Actors = actors };
}
