namespace Parley.Bargaining;

/// <summary>Every model `parley forecast` and `parley forecast-eval` know, by name.</summary>
public static class ModelCatalog
{
    public static IReadOnlyList<IBargainingModel> All { get; } = Create(null);

    /// <summary>Every model; `rounds` overrides the round (turn) limit of the iterative models.</summary>
    public static IReadOnlyList<IBargainingModel> Create(int? rounds)
    {
        var eu = ExpectedUtilityOptions.Default with { MaxRounds = rounds ?? ExpectedUtilityOptions.Default.MaxRounds };
        var spatial = new SpatialOptions();
        spatial = spatial with { MaxTurns = rounds ?? spatial.MaxTurns };
        return
        [
            .. BaselineModel.All,
            new ExpectedUtilityModel("eu-scholz", ExpectedUtilityOptions.Scholz with { MaxRounds = eu.MaxRounds }),
            new ExpectedUtilityModel("eu", eu),
            new ExpectedUtilityModel("eu-mean", eu with { Forecast = RoundForecast.Mean }),
            new ExpectedUtilityModel("eu-bdm", eu with { Risk = RiskComputation.AcrossPositions, Q = 0.5 }),
            new SpatialModel("spatial", spatial),
            new SpatialModel("spatial-prop", spatial with { Voting = VotingRule.Proportional, Pce = PceModel.Conditional }),
            // The first election only: each held position's chance of prevailing, no bargaining.
            new SpatialModel("spatial-pce", new SpatialOptions { MaxTurns = 0, Voting = VotingRule.Proportional }),
        ];
    }

    /// <summary>The models named (comma-separated), or all for "all"; `actor:NAME` gives that actor's position.</summary>
    public static IReadOnlyList<IBargainingModel> Select(string names, int? rounds = null)
    {
        var all = rounds is null ? All : Create(rounds);
        if (names.Trim().Equals("all", StringComparison.OrdinalIgnoreCase)) return all;
        var chosen = new List<IBargainingModel>();
        foreach (var name in names.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (name.StartsWith("actor:", StringComparison.OrdinalIgnoreCase) && name.Length > 6)
                chosen.Add(BaselineModel.ActorPosition(name[6..]));
            else
                chosen.Add(all.FirstOrDefault(m => m.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
                    ?? throw new ArgumentException($"unknown model '{name}' (known: {string.Join(", ", all.Select(m => m.Name))}, actor:NAME, all)"));
        }
        return chosen;
    }
}
