using Parley.Bargaining;

namespace Parley.Tests.Bargaining;

/// <summary>Every model on small scenarios whose answers were worked out by hand.</summary>
public class ModelTests
{
    private static Scenario OneDimension(params (string Name, double Capability, double? Position, double Salience)[] actors) =>
        new("toy", null, ["d"], actors.Select(a => new ScenarioActor(a.Name, null, a.Capability, [a.Position], [a.Salience])).ToList())
        {
            StatusQuo = [30],
        };

    // Positions 0, 50, 100; capabilities 1, 2, 1; saliences 1, 0.5, 0.5 -> weights c*s = 1, 1, 0.5.
    private static readonly Scenario Three = OneDimension(("A", 1, 0, 1), ("B", 2, 50, 0.5), ("C", 1, 100, 0.5), ("D", 5, null, 1));

    private static double Run(string model, Scenario s) => ModelCatalog.Select(model).Single().Forecast(s).Forecast[0]!.Value;

    [Theory]
    [InlineData("compromise", 40.0)]       // (0*1 + 50*1 + 100*0.5) / 2.5
    [InlineData("capability-mean", 50.0)]  // (0*1 + 50*2 + 100*1) / 4
    [InlineData("salience-mean", 37.5)]     // (0*1 + 50*0.5 + 100*0.5) / 2
    [InlineData("mean", 50.0)]
    [InlineData("median", 50.0)]
    [InlineData("weighted-median", 50.0)]  // cumulative 1 at 0 (< 1.25), 2 at 50
    [InlineData("strongest", 0.0)]         // c*s ties at 1 between A and B: the first listed
    [InlineData("constant-50", 50.0)]
    [InlineData("status-quo", 30.0)]
    public void Baselines_on_a_hand_checked_scenario(string model, double expected) =>
        Assert.Equal(expected, Run(model, Three), 9);

    [Fact]
    public void Compromise_falls_back_to_capability_weights_when_no_one_cares()
    {
        var s = OneDimension(("A", 3, 0, 0), ("B", 1, 100, 0));
        Assert.Equal(25.0, Run("compromise", s), 9);
    }

    [Fact]
    public void Weighted_median_splits_an_exact_half()
    {
        var s = OneDimension(("A", 1, 20, 1), ("B", 1, 60, 1));
        Assert.Equal(40.0, Run("weighted-median", s), 9);
        Assert.Equal(40.0, Run("median", s), 9);
    }

    [Fact]
    public void Actor_position_model_reads_one_actor_and_skips_when_absent()
    {
        Assert.Equal(50.0, ModelCatalog.Select("actor:B").Single().Forecast(Three).Forecast[0]);
        Assert.Null(ModelCatalog.Select("actor:D").Single().Forecast(Three).Forecast[0]);
    }

    [Fact]
    public void Expected_utility_halves_the_distance_each_round_in_the_two_actor_case()
    {
        // A (c 1, s 1) at 0, B (c 1, s 0.5) at 10, pairwise denominator, risk-neutral.
        // P(0 beats 10) = 1 / 1.5; EU_A(challenge B) = 0.5(2/3*2 - 1/3*2) + 0.5*2 = 4/3,
        // EU_B(challenge A) = 1/3*2 - 2/3*2 = -2/3: B compromises by |-2/3| / (4/3) = 1/2 of the gap.
        // The same ratio holds at every distance, so B goes 10, 5, 2.5, 1.25.
        var s = OneDimension(("A", 1, 0, 1), ("B", 1, 10, 0.5));
        var options = ExpectedUtilityOptions.Default with { Risk = RiskComputation.Neutral, MaxRounds = 3 };
        var result = new ExpectedUtilityModel("eu", options).Forecast(s);
        var b = result.Rounds.Select(r => r.Positions.Single(p => p.Actor == "B").Positions[0]!.Value).ToList();
        Assert.Equal([10, 5, 2.5, 1.25], b.Select(v => Math.Round(v, 9)));
        var first = result.Rounds[1].Interactions.Single();
        Assert.Equal(("B", "A", "compromise"), (first.Actor, first.Counterpart, first.Kind));
        Assert.Equal(-2.0 / 3, first.ActorValue, 9);
        Assert.Equal(4.0 / 3, first.CounterpartValue, 9);
        Assert.Equal(0.0, result.Forecast[0]!.Value, 9); // the weighted median stays with A
        Assert.Equal("d: round limit 3", result.Stopped);
    }

    [Fact]
    public void Expected_utility_stops_when_everyone_agrees_or_nobody_moves()
    {
        var agree = OneDimension(("A", 1, 40, 1), ("B", 2, 40, 0.3));
        var result = new ExpectedUtilityModel("eu", ExpectedUtilityOptions.Default).Forecast(agree);
        Assert.Equal(40.0, result.Forecast[0]);
        Assert.Contains("all actors agree", result.Stopped);
    }

    [Fact]
    public void Expected_utility_mean_forecast_is_the_weighted_mean_of_final_positions()
    {
        var s = OneDimension(("A", 1, 0, 1), ("B", 1, 10, 0.5));
        var options = ExpectedUtilityOptions.Default with { Risk = RiskComputation.Neutral, MaxRounds = 1, Forecast = RoundForecast.Mean };
        var result = new ExpectedUtilityModel("eu", options).Forecast(s);
        Assert.Equal((0 * 1 + 5 * 0.5) / 1.5, result.Forecast[0]!.Value, 9);
    }

    [Fact]
    public void Capitulation_rule_changes_who_moves()
    {
        // Same pair: B's loss (2/3) is below A's gain (4/3), so B compromises under either rule.
        var s = OneDimension(("A", 1, 0, 1), ("B", 1, 10, 0.5));
        foreach (var rule in Enum.GetValues<CapitulationRule>())
        {
            var o = ExpectedUtilityOptions.Default with { Risk = RiskComputation.Neutral, MaxRounds = 1, Capitulation = rule };
            Assert.Equal("compromise", new ExpectedUtilityModel("eu", o).Forecast(s).Rounds[1].Interactions.Single().Kind);
        }
    }

    [Fact]
    public void All_pairs_denominator_turns_the_compromise_into_a_capitulation()
    {
        // Same pair, denominator over all ordered pairs: A's votes 1 + 1, B's 0.5 + 0.5, total 3.
        // P(0 beats 10) = 1/3, P(10 beats 0) = 1/6. EU_A(challenge B) = 0.5(2/3 - 4/3) + 1 = 2/3;
        // EU_B(challenge A) = 1/3 - 5/3 = -4/3. B's loss (4/3) exceeds A's gain (2/3): capitulation.
        var s = OneDimension(("A", 1, 0, 1), ("B", 1, 10, 0.5));
        var options = ExpectedUtilityOptions.Default with { Risk = RiskComputation.Neutral, MaxRounds = 3, Denominator = ProbabilityDenominator.AllPairs };
        var result = new ExpectedUtilityModel("eu", options).Forecast(s);
        var move = result.Rounds[1].Interactions.Single();
        Assert.Equal(("B", "capitulation", 0.0), (move.Actor, move.Kind, move.NewPosition));
        Assert.Equal(-4.0 / 3, move.ActorValue, 9);
        Assert.Equal(2.0 / 3, move.CounterpartValue, 9);

        // With the replication code's rule there are no capitulations, so nobody moves.
        var never = new ExpectedUtilityModel("eu", options with { Capitulation = CapitulationRule.Never }).Forecast(s);
        Assert.Empty(never.Rounds[1].Interactions);
        Assert.Contains("converged at round 1", never.Stopped);
    }

    [Fact]
    public void Every_risk_computation_is_deterministic_and_stays_within_the_positions()
    {
        // Positions only move between held positions, so any forecast lies within them.
        var s = OneDimension(("A", 1, 0, 1), ("B", 1, 10, 0.5), ("C", 0.5, 6, 0.9));
        foreach (var risk in Enum.GetValues<RiskComputation>())
        {
            var r = new ExpectedUtilityModel("eu", ExpectedUtilityOptions.Default with { Risk = risk }).Forecast(s);
            Assert.InRange(r.Forecast[0]!.Value, 0, 10);
            Assert.Equal(r.Forecast, new ExpectedUtilityModel("eu", ExpectedUtilityOptions.Default with { Risk = risk }).Forecast(s).Forecast);
        }
    }

    [Fact]
    public void Spatial_primitives_match_hand_values()
    {
        Assert.Equal(0.7, SpatialPrimitives.Value([0.2], [0.9], [0.5]), 12);
        // Two dimensions, saliences 0.6 and 0.8: weights 0.36, 0.64; distance sqrt((0.36*0.01 + 0.64*0.04)/1).
        Assert.Equal(1 - Math.Sqrt(0.36 * 0.01 + 0.64 * 0.04), SpatialPrimitives.Value([0.0, 0.0], [0.6, 0.8], [0.1, 0.2]), 12);
        Assert.Equal(0.5 * (1 + 0.5 * 0.5), SpatialPrimitives.RiskUtility(0.5, 0.5), 12);
        var u = new double[,] { { 1.0, 0.5 }, { 0.2, 0.6 } };
        var c = SpatialPrimitives.CoalitionStrengths(u, [2.0, 1.0], VotingRule.Proportional);
        Assert.Equal(1.0, c[0, 1], 12); // actor 0 prefers option 0 by 0.5, strength 2
        Assert.Equal(0.4, c[1, 0], 12);
        var p = SpatialPrimitives.VictoryProbabilities(c);
        Assert.Equal(1.0 / 1.4, p[0, 1], 12);
        Assert.Equal(p[0, 1], SpatialPrimitives.Pce(p, c, PceModel.Conditional)[0], 12);
        Assert.Equal(p[0, 1], SpatialPrimitives.Pce(p, c, PceModel.MarkovIncentive)[0], 9); // two options: the pairwise chance
    }

    [Fact]
    public void Spatial_model_is_symmetric_and_leans_to_the_stronger_side()
    {
        var even = OneDimension(("A", 1, 20, 0.8), ("B", 1, 80, 0.8));
        var model = ModelCatalog.Select("spatial").Single();
        Assert.Equal(50.0, model.Forecast(even).Forecast[0]!.Value, 6);
        var uneven = OneDimension(("A", 3, 20, 0.8), ("B", 1, 80, 0.8));
        Assert.True(model.Forecast(uneven).Forecast[0] < 50);
    }

    [Fact]
    public void Spatial_model_is_deterministic_and_seeded_runs_repeat()
    {
        var s = OneDimension(("A", 1, 10, 0.9), ("B", 2, 70, 0.4), ("C", 1.5, 40, 0.7), ("D", 0.5, 95, 1));
        var det = new SpatialModel("spatial", new SpatialOptions());
        Assert.Equal(det.Forecast(s).Forecast, det.Forecast(s).Forecast);
        var seeded = new SpatialModel("spatial", new SpatialOptions { Seed = 7 });
        Assert.Equal(seeded.Forecast(s).Rounds.Select(r => r.Forecast[0]), seeded.Forecast(s).Rounds.Select(r => r.Forecast[0]));
        Assert.InRange(det.Forecast(s).Forecast[0]!.Value, 10, 95);
    }

    [Fact]
    public void Spatial_pce_is_the_first_election_only()
    {
        // Two actors, proportional votes: each prefers its own position by the full distance
        // 0.6 in value, so C(A:B) = 3 * 0.6 and C(B:A) = 1 * 0.6, P(A wins) = 0.75, forecast
        // 0.75 * 20 + 0.25 * 80 = 35.
        var s = OneDimension(("A", 3, 20, 0.8), ("B", 1, 80, 0.8));
        var result = ModelCatalog.Select("spatial-pce").Single().Forecast(s);
        Assert.Single(result.Rounds);
        Assert.Equal(35.0, result.Forecast[0]!.Value, 9);
    }

    [Fact]
    public void Sensitivity_is_reproducible_by_seed_and_spreads_with_perturbation()
    {
        var model = ModelCatalog.Select("compromise").Single();
        var a = Sensitivity.Run(model, Three, 200, 42).Single();
        var b = Sensitivity.Run(model, Three, 200, 42).Single();
        Assert.Equal(a, b);
        Assert.Equal(200, a.Runs);
        Assert.True(a.StandardDeviation > 0);
        Assert.InRange(a.Mean, 35, 45);
        Assert.True(a.P05 <= a.Median && a.Median <= a.P95);
        var still = Sensitivity.Run(model, Three, 20, 1, new Perturbation { CapabilityFactor = 0, PositionPoints = 0, SaliencePoints = 0 }).Single();
        Assert.Equal(0, still.StandardDeviation, 12);
        Assert.Equal(40, still.Mean, 9);
    }

    [Fact]
    public void Unknown_model_names_are_rejected_with_the_known_list()
    {
        var e = Assert.Throws<ArgumentException>(() => ModelCatalog.Select("nonesuch"));
        Assert.Contains("compromise", e.Message);
    }
}
