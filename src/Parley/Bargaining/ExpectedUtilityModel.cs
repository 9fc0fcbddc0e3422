using System.Globalization;
using System.Text;

namespace Parley.Bargaining;

/// <summary>
/// Bueno de Mesquita's expected-utility model as specified by Scholz, Calbert and Smith (2011):
/// pairwise votes, probability of winning, utilities with risk exponents, expected utility of a
/// challenge, risk attitudes from vulnerability, confrontation / compromise / capitulation offers,
/// simultaneous moves each round. One-dimensional: each dimension runs on its own.
/// Stopping rule: stop after <see cref="ExpectedUtilityOptions.MaxRounds"/>, or earlier when no
/// actor moves (converged) or the positions repeat an earlier round (cycle; the forecast is then the
/// mean of the forecasts over the cycle).
/// </summary>
public sealed class ExpectedUtilityModel(string name, ExpectedUtilityOptions options) : IBargainingModel
{
    public string Name { get; } = name;
    public ExpectedUtilityOptions Options { get; } = options;
    public string Description => $"Expected-utility model ({Describe(Options)})";

    public ForecastResult Forecast(Scenario scenario)
    {
        var forecasts = new double?[scenario.Dimensions.Count];
        var perDimension = new List<EuRun>();
        for (var d = 0; d < scenario.Dimensions.Count; d++)
        {
            var actors = scenario.Actors.Where(a => a.Positions[d].HasValue).ToList();
            if (actors.Count == 0) { perDimension.Add(EuRun.Empty); continue; }
            var run = new EuDimensionRun(Options, scenario.Dimensions[d],
                actors.Select(a => a.Name).ToArray(), actors.Select(a => a.Capability).ToArray(),
                actors.Select(a => a.Saliences[d]).ToArray(), actors.Select(a => a.Positions[d]!.Value).ToArray()).Run();
            forecasts[d] = run.Forecast;
            perDimension.Add(run);
        }
        return new ForecastResult(Name, forecasts, MergeRounds(scenario, perDimension), Explain(scenario, perDimension))
        {
            Stopped = string.Join("; ", perDimension.Select((r, d) => $"{scenario.Dimensions[d]}: {r.Stopped}")),
        };
    }

    private static List<ForecastRound> MergeRounds(Scenario scenario, List<EuRun> runs)
    {
        var rounds = new List<ForecastRound>();
        var count = runs.Max(r => r.Rounds.Count);
        for (var k = 0; k < count; k++)
        {
            var forecast = runs.Select(r => r.Rounds.Count == 0 ? null : (double?)r.Rounds[Math.Min(k, r.Rounds.Count - 1)].Forecast).ToList();
            var positions = scenario.Actors.Select(a => new ActorPositions(a.Name, runs.Select(r =>
                r.Rounds.Count == 0 ? null : r.Rounds[Math.Min(k, r.Rounds.Count - 1)].PositionOf(a.Name)).ToList())).ToList();
            var interactions = runs.SelectMany(r => k < r.Rounds.Count ? r.Rounds[k].Interactions : []).ToList();
            rounds.Add(new ForecastRound(k, forecast, positions, interactions));
        }
        return rounds;
    }

    private string Explain(Scenario scenario, List<EuRun> runs)
    {
        var text = new StringBuilder();
        for (var d = 0; d < runs.Count; d++)
        {
            var run = runs[d];
            if (run.Rounds.Count == 0) { text.Append($"{scenario.Dimensions[d]}: no actor holds a position. "); continue; }
            var moves = run.Rounds.Skip(1).SelectMany(r => r.Interactions).ToList();
            var movers = moves.GroupBy(m => m.Actor).OrderByDescending(g => g.Count()).Take(3)
                .Select(g => $"{g.Key} ({g.Count()} moves, mostly {g.GroupBy(m => m.Kind).OrderByDescending(k => k.Count()).First().Key})");
            text.Append(CultureInfo.InvariantCulture, $"{scenario.Dimensions[d]}: starts at {run.Rounds[0].Forecast:0.##} ({Options.Forecast.ToString().ToLowerInvariant()}), ends at {run.Forecast:0.##} after {run.Rounds.Count - 1} rounds ({run.Stopped}). ");
            text.Append(moves.Count == 0 ? "No actor received an offer it accepted. " : $"Most active: {string.Join(", ", movers)}. ");
        }
        return text.ToString().Trim();
    }

    public static string Describe(ExpectedUtilityOptions o) =>
        $"denominator={o.Denominator}, selection={o.Selection}, risk={o.Risk}, capitulation={o.Capitulation}, forecast={o.Forecast}, q={o.Q.ToString(CultureInfo.InvariantCulture)}, utility-forecast={o.UtilityForecast}, rounds<={o.MaxRounds}";
}

/// <summary>The rounds of one dimension: round 0 is the initial state.</summary>
internal sealed record EuRun(IReadOnlyList<EuRound> Rounds, double? Forecast, string Stopped)
{
    public static EuRun Empty { get; } = new([], null, "no positions");
}

internal sealed record EuRound(double Forecast, string[] Actors, double[] Positions, IReadOnlyList<Interaction> Interactions)
{
    public double? PositionOf(string actor) => Array.IndexOf(Actors, actor) is var i and >= 0 ? Positions[i] : null;
}

/// <summary>The mutable state of one dimension's run (kept private to one call).</summary>
internal sealed class EuDimensionRun
{
    private readonly ExpectedUtilityOptions _o;
    private readonly string _dimension;
    private readonly string[] _names;
    private readonly double[] _c, _s, _x, _r;
    private readonly double _range;
    private readonly int _n;
    private double _allPairsDenominator;

    public EuDimensionRun(ExpectedUtilityOptions options, string dimension, string[] names, double[] capability, double[] salience, double[] position)
    {
        _o = options;
        _dimension = dimension;
        _names = names;
        _c = capability;
        _s = salience;
        _x = (double[])position.Clone();
        _n = names.Length;
        _r = Enumerable.Repeat(1.0, _n).ToArray();
        _range = _x.Max() - _x.Min();
    }

    public EuRun Run()
    {
        var rounds = new List<EuRound> { new(CurrentForecast(), _names, (double[])_x.Clone(), []) };
        if (_range <= 0) return new EuRun(rounds, rounds[0].Forecast, "all actors agree");
        var stopped = $"round limit {_o.MaxRounds}";
        double? cycleForecast = null;
        for (var round = 1; round <= _o.MaxRounds; round++)
        {
            UpdateRisk();
            var interactions = Move();
            rounds.Add(new EuRound(CurrentForecast(), _names, (double[])_x.Clone(), interactions));
            if (interactions.Count == 0 || Same(rounds[^1].Positions, rounds[^2].Positions))
            {
                stopped = $"converged at round {round}";
                break;
            }
            var earlier = rounds.FindIndex(0, rounds.Count - 2, r => Same(r.Positions, _x));
            if (earlier >= 0)
            {
                stopped = $"cycle: round {round} repeats round {earlier}";
                cycleForecast = rounds.Skip(earlier + 1).Average(r => r.Forecast);
                break;
            }
        }
        return new EuRun(rounds, cycleForecast ?? rounds[^1].Forecast, stopped);
    }

    private bool Same(double[] a, double[] b)
    {
        for (var i = 0; i < a.Length; i++)
            if (Math.Abs(a[i] - b[i]) > _o.Tolerance * _range) return false;
        return true;
    }

    // ---- forecasts -------------------------------------------------------------------------

    private double CurrentForecast() => _o.Forecast == RoundForecast.Mean ? WeightedMean() : Median();

    private double WeightedMean()
    {
        double top = 0, bottom = 0;
        for (var k = 0; k < _n; k++) { top += _c[k] * _s[k] * _x[k]; bottom += _c[k] * _s[k]; }
        return bottom > 0 ? top / bottom : _x.Average();
    }

    /// <summary>
    /// The position that wins the sequence of pairwise votes (risk-neutral, capability x salience)
    /// taken over the distinct positions in ascending order: the Condorcet winner where one exists.
    /// </summary>
    private double Median()
    {
        var positions = _x.Distinct().Order().ToArray();
        var winner = positions[0];
        foreach (var p in positions.Skip(1))
        {
            var votes = 0.0;
            for (var k = 0; k < _n; k++) votes += Vote(k, p, winner, 1.0);
            if (votes > 0) winner = p;
        }
        return winner;
    }

    // ---- votes, probability, utilities --------------------------------------------------------

    /// <summary>Actor k's support for position a over position b, with risk exponent r.</summary>
    private double Vote(int k, double a, double b, double r) =>
        _c[k] * _s[k] * (Math.Pow(Math.Abs(_x[k] - b) / _range, r) - Math.Pow(Math.Abs(_x[k] - a) / _range, r));

    private void PrepareProbabilities()
    {
        if (_o.Denominator != ProbabilityDenominator.AllPairs) return;
        var total = 0.0;
        for (var k = 0; k < _n; k++)
            for (var a = 0; a < _n; a++)
                for (var b = 0; b < _n; b++)
                    total += Math.Abs(Vote(k, _x[a], _x[b], _r[k]));
        _allPairsDenominator = total;
    }

    /// <summary>Probability that position xi prevails over xj.</summary>
    private double Probability(double xi, double xj)
    {
        if (xi == xj) return 0;
        double forI = 0, pair = 0;
        for (var k = 0; k < _n; k++)
        {
            var v = Vote(k, xi, xj, _r[k]);
            if (v > 0) forI += v;
            pair += Math.Abs(v);
        }
        var denominator = _o.Denominator == ProbabilityDenominator.AllPairs ? _allPairsDenominator : pair;
        return denominator > 0 ? forI / denominator : 0.5;
    }

    private double Utility(double distance, double sign, double r) => 2 - 4 * Math.Pow(0.5 + sign * 0.5 * distance / _range, r);

    /// <summary>Expected utility to i of challenging j, as seen by perspective p (p's risk exponent).</summary>
    private double ExpectedUtilityOfChallenge(int i, int j, int p, double forecast)
    {
        var r = _r[p];
        var distance = Math.Abs(_x[i] - _x[j]);
        var prob = Probability(_x[i], _x[j]);
        var success = Utility(distance, -1, r);
        var failure = Utility(distance, +1, r);
        var challenge = _s[j] * (prob * success + (1 - prob) * failure) + (1 - _s[j]) * success;
        var statusQuo = 2 - 4 * Math.Pow(0.5, r);
        var quiet = _o.Q * statusQuo;
        if (_o.Q < 1)
        {
            // Without a challenge the outcome drifts to the forecast: better for i (T = 1) when the
            // forecast is at least as far from i as j is, worse otherwise.
            var toForecast = Math.Abs(_x[i] - forecast);
            var better = 2 - 4 * Math.Pow(0.5 - 0.25 * (toForecast + distance) / _range, r);
            var worse = 2 - 4 * Math.Pow(0.5 + 0.25 * (toForecast + distance) / _range, r);
            quiet += (1 - _o.Q) * (toForecast >= distance ? better : worse);
        }
        return challenge - quiet;
    }

    private double UtilityForecastValue() => _o.UtilityForecast == UtilityForecast.Mean ? WeightedMean() : Median();

    // ---- risk ----------------------------------------------------------------------------------

    private void UpdateRisk()
    {
        Array.Fill(_r, 1.0);
        if (_o.Risk == RiskComputation.Neutral) return;
        PrepareProbabilities();
        var forecast = UtilityForecastValue();
        var risk = new double[_n];
        if (_o.Risk == RiskComputation.AcrossActors)
        {
            var danger = Enumerable.Range(0, _n).Select(i => Danger(i, forecast)).ToArray();
            for (var i = 0; i < _n; i++) risk[i] = RiskAcceptance(danger[i], danger.Max(), danger.Min());
        }
        else
        {
            var candidates = _x.Distinct().ToArray();
            for (var i = 0; i < _n; i++)
            {
                var own = _x[i];
                var dangers = new List<double>();
                foreach (var position in candidates)
                {
                    _x[i] = position;
                    PrepareProbabilities();
                    dangers.Add(Danger(i, forecast));
                }
                _x[i] = own;
                PrepareProbabilities();
                risk[i] = RiskAcceptance(Danger(i, forecast), dangers.Max(), dangers.Min());
            }
        }
        for (var i = 0; i < _n; i++) _r[i] = (1 - risk[i] / 3) / (1 + risk[i] / 3);
    }

    /// <summary>How attractive i is as a target: the sum of everyone's expected utility of challenging i.</summary>
    private double Danger(int i, double forecast)
    {
        var total = 0.0;
        for (var k = 0; k < _n; k++)
            if (k != i) total += ExpectedUtilityOfChallenge(k, i, i, forecast);
        return total;
    }

    private static double RiskAcceptance(double danger, double max, double min) =>
        max - min > 0 ? (2 * danger - max - min) / (max - min) : 0;

    // ---- offers ----------------------------------------------------------------------------

    private sealed record Offer(int From, string Kind, double EuOwn, double EuOther, double Position, double SortKey);

    private List<Interaction> Move()
    {
        PrepareProbabilities();
        var forecast = UtilityForecastValue();
        var chosen = new Offer?[_n];
        for (var i = 0; i < _n; i++)
        {
            var offers = new List<Offer>();
            for (var j = 0; j < _n; j++)
            {
                if (_x[i] == _x[j]) continue;
                var euIJ = ExpectedUtilityOfChallenge(i, j, i, forecast);
                var euJI = ExpectedUtilityOfChallenge(j, i, i, forecast);
                if (euJI > euIJ && euIJ > 0)
                    offers.Add(new Offer(j, "confrontation", euIJ, euJI, _x[j], Math.Abs(_x[i] - _x[j])));
                else if (euJI > 0 && euIJ < 0 && euJI > Math.Abs(euIJ))
                {
                    var position = _x[i] + (_x[j] - _x[i]) * Math.Abs(euIJ / euJI);
                    var key = _o.Selection == OfferSelection.ScholzCode
                        ? (Math.Abs(euIJ) * _x[i] + Math.Abs(euJI) * _x[j]) / (Math.Abs(euIJ) + Math.Abs(euJI))
                        : Math.Abs(_x[i] - position);
                    offers.Add(new Offer(j, "compromise", euIJ, euJI, position, key));
                }
                else if (_o.Capitulation == CapitulationRule.WhenLossExceedsGain && euJI > 0 && euIJ < 0)
                    offers.Add(new Offer(j, "capitulation", euIJ, euJI, _x[j], Math.Abs(_x[i] - _x[j])));
            }
            chosen[i] = Pick(offers);
        }
        var interactions = new List<Interaction>();
        for (var i = 0; i < _n; i++)
        {
            if (chosen[i] is not { } offer) continue;
            interactions.Add(new Interaction(_dimension, _names[i], _names[offer.From], offer.Kind, offer.EuOwn, offer.EuOther, offer.Position));
            _x[i] = offer.Position;
        }
        return interactions;
    }

    /// <summary>Confrontations first, then compromises, then capitulations; within a kind the smallest key, first listed on ties.</summary>
    private Offer? Pick(List<Offer> offers)
    {
        foreach (var kind in new[] { "confrontation", "compromise", "capitulation" })
        {
            Offer? best = null;
            foreach (var o in offers)
                if (o.Kind == kind && (best is null || o.SortKey < best.SortKey)) best = o;
            if (best is not null) return best;
        }
        return null;
    }
}
