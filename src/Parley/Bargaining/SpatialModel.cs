using System.Globalization;
using System.Text;

namespace Parley.Bargaining;

/// <summary>Options of the spatial model; the defaults are KTAB's smpExample settings where they apply.</summary>
public sealed record SpatialOptions
{
    public VotingRule Voting { get; init; } = VotingRule.PropCubic;
    public PceModel Pce { get; init; } = PceModel.MarkovIncentive;
    /// <summary>Risk attitude of every actor in u = v(1 + r(1 − v)); 0 is risk-neutral.</summary>
    public double Risk { get; init; }
    public int MaxTurns { get; init; } = 100;
    /// <summary>Stop once a turn moves the actors by less than this fraction of the first turn's movement (KTAB uses 0.02).</summary>
    public double StopFraction { get; init; } = 0.02;
    /// <summary>Null: deterministic (each actor adopts its most probable option). A seed: draw the option from the PCE distribution.</summary>
    public int? Seed { get; init; }
}

/// <summary>
/// A KTAB-style spatial model. Actors hold positions in a space of one or more dimensions and value
/// positions by salience-weighted distance from their ideal points. Each turn: (1) a probabilistic
/// Condorcet election (PCE) among the actors' current positions gives each position a probability
/// of prevailing and the forecast (the probability-weighted position); (2) each actor proposes to
/// the actor whose move would gain it most a bargain at the power-weighted compromise of their two
/// positions; (3) for every actor, a PCE among "stay" and the bargains it is party to decides where
/// it moves. Stops when movement falls below a fraction of the first turn's, on a repeated state, or
/// at the turn limit.
/// </summary>
public sealed class SpatialModel(string name, SpatialOptions options) : IBargainingModel
{
    public string Name { get; } = name;
    public SpatialOptions Options { get; } = options;
    public string Description => $"KTAB-style spatial model (voting={Options.Voting}, pce={Options.Pce}, risk={Options.Risk.ToString(CultureInfo.InvariantCulture)}, {(Options.Seed is { } s ? $"stochastic seed {s}" : "deterministic")})";

    public ForecastResult Forecast(Scenario scenario)
    {
        var actors = scenario.Actors.Where(a => a.Positions.Any(p => p.HasValue) && a.Saliences.Any(s => s > 0)).ToList();
        var dims = scenario.Dimensions.Count;
        if (actors.Count == 0)
            return new ForecastResult(Name, new double?[dims], [], "No actor holds a position with a salience above 0.") { Stopped = "no positions" };
        var scale = Scale(scenario);
        var fill = Enumerable.Range(0, dims).Select(d => BaselineModel.Rules.Compromise(BaselineModel.StancesOn(scenario, d), null) ?? scale.Min).ToArray();
        var ideal = actors.Select(a => Enumerable.Range(0, dims).Select(d => ((a.Positions[d] ?? fill[d]) - scale.Min) / scale.Width).ToArray()).ToArray();
        var salience = actors.Select(a => Enumerable.Range(0, dims).Select(d => a.Positions[d].HasValue ? a.Saliences[d] : 0).ToArray()).ToArray();
        var strength = actors.Select(a => a.Capability).ToArray();
        var state = new SpatialState(Options, actors.Select(a => a.Name).ToArray(), ideal, salience, strength);
        var run = state.Run();

        double?[] Unscale(double[] v) => v.Select(x => (double?)(scale.Min + x * scale.Width)).ToArray();
        var rounds = run.Turns.Select((t, k) => new ForecastRound(k, Unscale(t.Forecast),
            scenario.Actors.Select(a => new ActorPositions(a.Name,
                Array.IndexOf(state.Names, a.Name) is var i and >= 0 ? Unscale(t.Positions[i]) : new double?[dims])).ToList(),
            t.Moves.Select(m => new Interaction(string.Join("+", scenario.Dimensions), m.Actor, m.Partner, m.Kind,
                m.Probability, m.PartnerProbability, scale.Min + m.Position[0] * scale.Width)).ToList())).ToList();
        var final = rounds[^1].Forecast;
        return new ForecastResult(Name, final, rounds, Explain(scenario, rounds, run.Stopped, run.Turns[^1])) { Stopped = run.Stopped };
    }

    private static (double Min, double Width) Scale(Scenario scenario)
    {
        var all = scenario.Actors.SelectMany(a => a.Positions).Where(p => p.HasValue).Select(p => p!.Value).ToList();
        if (all.Count == 0 || (all.Min() >= 0 && all.Max() <= 100)) return (0, 100);
        var width = all.Max() - all.Min();
        return (all.Min(), width > 0 ? width : 1);
    }

    private static string Explain(Scenario scenario, IReadOnlyList<ForecastRound> rounds, string stopped, SpatialTurn last)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Forecast {string.Join(", ", scenario.Dimensions.Select((d, i) => $"{d} {rounds[^1].Forecast[i]:0.##}"))} ");
        text.Append(CultureInfo.InvariantCulture, $"(start {string.Join(", ", rounds[0].Forecast.Select(f => $"{f:0.##}"))}) after {rounds.Count - 1} turns; {stopped}. ");
        var leader = Enumerable.Range(0, last.Probabilities.Length).MaxBy(i => last.Probabilities[i]);
        text.Append(CultureInfo.InvariantCulture, $"In the final election the position of {last.Names[leader]} has the highest probability of prevailing ({last.Probabilities[leader]:0.00}).");
        return text.ToString();
    }
}

internal sealed record SpatialMove(string Actor, string Partner, string Kind, double Probability, double PartnerProbability, double[] Position);

internal sealed record SpatialTurn(string[] Names, double[][] Positions, double[] Probabilities, double[] Forecast, IReadOnlyList<SpatialMove> Moves);

internal sealed record SpatialRun(IReadOnlyList<SpatialTurn> Turns, string Stopped);

/// <summary>One run of the spatial model on normalized (0-1) coordinates.</summary>
internal sealed class SpatialState(SpatialOptions options, string[] names, double[][] ideal, double[][] salience, double[] strength)
{
    public string[] Names { get; } = names;
    private readonly int _n = names.Length;
    private readonly int _dims = ideal[0].Length;

    private double Utility(int m, double[] position) =>
        SpatialPrimitives.RiskUtility(SpatialPrimitives.Value(ideal[m], salience[m], position), options.Risk);

    private double[] Election(IReadOnlyList<double[]> optionUtilitiesByActor, int optionCount)
    {
        var u = new double[_n, optionCount];
        for (var m = 0; m < _n; m++)
            for (var o = 0; o < optionCount; o++) u[m, o] = optionUtilitiesByActor[m][o];
        var c = SpatialPrimitives.CoalitionStrengths(u, strength, options.Voting);
        return SpatialPrimitives.Pce(SpatialPrimitives.VictoryProbabilities(c), c, options.Pce);
    }

    private (double[] Probabilities, double[] Forecast, double[,] Victory) StateElection(double[][] x)
    {
        var utilities = Enumerable.Range(0, _n).Select(m => x.Select(p => Utility(m, p)).ToArray()).ToList();
        var u = new double[_n, _n];
        for (var m = 0; m < _n; m++)
            for (var o = 0; o < _n; o++) u[m, o] = utilities[m][o];
        var c = SpatialPrimitives.CoalitionStrengths(u, strength, options.Voting);
        var victory = SpatialPrimitives.VictoryProbabilities(c);
        var pi = SpatialPrimitives.Pce(victory, c, options.Pce);
        var forecast = new double[_dims];
        for (var a = 0; a < _n; a++)
            for (var d = 0; d < _dims; d++) forecast[d] += pi[a] * x[a][d];
        return (pi, forecast, victory);
    }

    public SpatialRun Run()
    {
        var random = options.Seed is { } seed ? new Random(seed) : null;
        var x = ideal.Select(p => (double[])p.Clone()).ToArray();
        var (pi, forecast, victory) = StateElection(x);
        var turns = new List<SpatialTurn> { new(Names, Copy(x), pi, forecast, []) };
        double firstChange = 0;
        var stopped = $"turn limit {options.MaxTurns}";
        for (var turn = 1; turn <= options.MaxTurns; turn++)
        {
            var (next, moves) = Step(x, pi, victory, random);
            var change = Rms(x, next);
            x = next;
            (pi, forecast, victory) = StateElection(x);
            turns.Add(new SpatialTurn(Names, Copy(x), pi, forecast, moves));
            if (change < 1e-9) { stopped = $"no actor moved in turn {turn}"; break; }
            if (turn == 1) firstChange = change;
            else if (change < options.StopFraction * firstChange) { stopped = $"movement in turn {turn} fell below {options.StopFraction:0.###} of the first turn's"; break; }
            var earlier = turns.FindIndex(0, turns.Count - 2, t => Rms(t.Positions, x) < 1e-9);
            if (earlier >= 0) { stopped = $"turn {turn} repeats the state of turn {earlier}"; break; }
        }
        return new SpatialRun(turns, stopped);
    }

    private (double[][] Next, List<SpatialMove> Moves) Step(double[][] x, double[] pi, double[,] victory, Random? random)
    {
        // Proposals: each actor targets the actor whose move to their compromise gains it most.
        var bargains = new List<(int Proposer, int Target, double[] Point)>();
        var current = Enumerable.Range(0, _n).Select(m => x.Select(p => Utility(m, p)).ToArray()).ToArray();
        for (var i = 0; i < _n; i++)
        {
            int best = -1;
            double bestGain = 0;
            double[]? bestPoint = null;
            for (var j = 0; j < _n; j++)
            {
                if (j == i) continue;
                var point = Compromise(x[i], x[j], victory[i, j]);
                var gain = pi[j] * (Utility(i, point) - current[i][j]);
                if (gain > bestGain + 1e-12) { best = j; bestGain = gain; bestPoint = point; }
            }
            if (best >= 0) bargains.Add((i, best, bestPoint!));
        }

        // Resolution: for each actor, an election among staying put and the bargains it is party to.
        var next = Copy(x);
        var moves = new List<SpatialMove>();
        var baseUtility = Enumerable.Range(0, _n).Select(m => Enumerable.Range(0, _n).Sum(a => pi[a] * current[m][a])).ToArray();
        for (var k = 0; k < _n; k++)
        {
            var mine = bargains.Where(b => b.Proposer == k || b.Target == k).ToList();
            if (mine.Count == 0) continue;
            var points = new List<double[]> { x[k] };
            points.AddRange(mine.Select(b => b.Point));
            var utilities = Enumerable.Range(0, _n).Select(m => points
                .Select(p => baseUtility[m] - pi[k] * current[m][k] + pi[k] * Utility(m, p)).ToArray()).ToList();
            var probabilities = Election(utilities, points.Count);
            var chosen = random is null ? ArgMax(probabilities) : Draw(probabilities, random);
            if (chosen == 0) continue;
            next[k] = (double[])points[chosen].Clone();
            var bargain = mine[chosen - 1];
            var partner = bargain.Proposer == k ? bargain.Target : bargain.Proposer;
            moves.Add(new SpatialMove(Names[k], Names[partner], bargain.Proposer == k ? "bargain proposed" : "bargain accepted",
                probabilities[chosen], probabilities[0], next[k]));
        }
        return (next, moves);
    }

    /// <summary>The power-weighted compromise: i's position weighted by its chance of beating j.</summary>
    private static double[] Compromise(double[] xi, double[] xj, double pij) =>
        xi.Select((v, d) => pij * v + (1 - pij) * xj[d]).ToArray();

    private static int ArgMax(double[] p)
    {
        var best = 0;
        for (var i = 1; i < p.Length; i++) if (p[i] > p[best] + 1e-12) best = i;
        return best;
    }

    private static int Draw(double[] p, Random random)
    {
        var u = random.NextDouble();
        for (var i = 0; i < p.Length; i++) { u -= p[i]; if (u <= 0) return i; }
        return p.Length - 1;
    }

    private static double[][] Copy(double[][] x) => x.Select(p => (double[])p.Clone()).ToArray();

    private static double Rms(double[][] a, double[][] b)
    {
        double total = 0;
        var count = 0;
        for (var i = 0; i < a.Length; i++)
            for (var d = 0; d < a[i].Length; d++) { var v = a[i][d] - b[i][d]; total += v * v; count++; }
        return Math.Sqrt(total / count);
    }
}
