using System.Globalization;
using System.Text.RegularExpressions;
using Parley.Bargaining;
using Parley.Bargaining.Readers;
using Parley.Tests.Support;

namespace Parley.Tests.Bargaining;

/// <summary>The "Scholz" preset against the 10-round trace of the replication code on the EC example.</summary>
public partial class ScholzTraceTests
{
    private sealed record TraceOffer(string Actor, string Kind, string Counterpart, double Eu, double OtherEu, double Position);
    private sealed record TraceRound(List<TraceOffer> Offers, double Median, double Mean);

    [GeneratedRegex(@"^(\S.*?) (compromises with|loses confrontation to|capitulates to) (.+)$")]
    private static partial Regex OfferLine();

    private static double Num(string s) => double.Parse(s.Trim(), CultureInfo.InvariantCulture);

    /// <summary>Round 0 is the initial state (no offers); rounds 1..10 follow.</summary>
    private static List<TraceRound> ParseTrace(string path)
    {
        var rounds = new List<TraceRound>();
        var offers = new List<TraceOffer>();
        double? median = null;
        var lines = File.ReadAllLines(path);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.StartsWith("Median position:", StringComparison.Ordinal)) median = Num(line.Split(':')[1]);
            else if (line.StartsWith("Mean position:", StringComparison.Ordinal))
            {
                rounds.Add(new TraceRound(offers, median!.Value, Num(line.Split(':')[1])));
                offers = [];
            }
            else if (OfferLine().Match(line) is { Success: true } m)
            {
                var eus = lines[i + 1].Trim().Split(" vs ");
                var position = Num(lines[i + 2].Trim()["new_pos = ".Length..]);
                var kind = m.Groups[2].Value switch { "compromises with" => "compromise", "loses confrontation to" => "confrontation", _ => "capitulation" };
                offers.Add(new TraceOffer(m.Groups[1].Value, kind, m.Groups[3].Value, Num(eus[0]), Num(eus[1]), position));
                i += 2;
            }
        }
        return rounds;
    }

    [SharedFact]
    public void Scholz_preset_reproduces_the_ten_round_trace()
    {
        var scenario = ScenarioReader.ReadAll(RepoPaths.SharedFile("data", "bargaining", "bdm-examples", "scholz2011_ec_example.csv")).Single();
        var trace = ParseTrace(RepoPaths.SharedFile("data", "bargaining", "reference-traces", "jmckib_scholz_ec_example_10rounds.txt"));
        Assert.Equal(11, trace.Count);

        var model = new ExpectedUtilityModel("eu-scholz", ExpectedUtilityOptions.Scholz with { MaxRounds = 10 });
        var result = model.Forecast(scenario);
        Assert.Equal(11, result.Rounds.Count);

        for (var k = 0; k < trace.Count; k++)
        {
            var round = result.Rounds[k];
            Assert.Equal(trace[k].Median, round.Forecast[0]!.Value, 9);
            var mean = scenario.Actors.Sum(a => a.Capability * a.Saliences[0] * round.Positions.Single(p => p.Actor == a.Name).Positions[0]!.Value)
                / scenario.Actors.Sum(a => a.Capability * a.Saliences[0]);
            Assert.Equal(trace[k].Mean, mean, 9);
            Assert.Equal(trace[k].Offers.Count, round.Interactions.Count);
            foreach (var (expected, actual) in trace[k].Offers.Zip(round.Interactions))
            {
                Assert.Equal(expected.Actor, actual.Actor);
                Assert.Equal(expected.Counterpart, actual.Counterpart);
                Assert.Equal(expected.Kind, actual.Kind);
                Assert.Equal(expected.Eu, actual.ActorValue, 9);
                Assert.Equal(expected.OtherEu, actual.CounterpartValue, 9);
                Assert.Equal(expected.Position, actual.NewPosition, 9);
            }
        }
    }

    [SharedFact]
    public void Scholz_preset_leaves_the_sultan_example_where_it_started()
    {
        // The replication code's 6-round run of this table has no offers and a constant median 13.9.
        var scenario = ScenarioReader.ReadAll(RepoPaths.SharedFile("data", "bargaining", "bdm-examples", "jmckib_sultan.csv")).Single();
        var result = new ExpectedUtilityModel("eu-scholz", ExpectedUtilityOptions.Scholz with { MaxRounds = 6 }).Forecast(scenario);
        Assert.All(result.Rounds, r => Assert.Empty(r.Interactions));
        Assert.Equal(13.9, result.Forecast[0]!.Value, 9);
    }
}
