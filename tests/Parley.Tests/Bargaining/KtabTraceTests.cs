using System.Globalization;
using Parley.Bargaining;
using Parley.Bargaining.Readers;
using Parley.Tests.Support;

namespace Parley.Tests.Bargaining;

/// <summary>
/// The spatial model's building blocks against KTAB's reference runs (smpc, 2017-05-30). What these
/// check: the risk-neutral value matrix of the initial state, the risk-shaped utility given KTAB's
/// inferred risk attitudes, and in every "scalarPCE" block the coalition strengths, the pairwise
/// victory probabilities and the Markov-incentive PCE distribution computed from the block's printed
/// utilities and strengths.
/// </summary>
public class KtabTraceTests
{
    private static string Trace(string name) => RepoPaths.SharedFile("data", "bargaining", "reference-traces", name);
    private static string Scenario(string name) => RepoPaths.SharedFile("data", "bargaining", "ktab-scenarios", name);

    private static double[] Numbers(string line) =>
        line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(s => double.Parse(s, CultureInfo.InvariantCulture)).ToArray();

    private static List<double[]> Rows(string[] lines, int start, int count) =>
        Enumerable.Range(start, count).Select(i => Numbers(lines[i])).ToList();

    private sealed record PceBlock(double[,] Utilities, double[] Strengths, VotingRule Rule, List<double[]> Coalitions, List<double[]> Victory, double[] Distribution);

    private static PceModel PceOf(string path) =>
        File.ReadLines(path).First(l => l.StartsWith("PCEModel:", StringComparison.Ordinal)).Split(':')[1].Trim() switch
        {
            "MarkovIncentive" => PceModel.MarkovIncentive,
            "MarkovUniform" => PceModel.MarkovUniform,
            "Conditional" => PceModel.Conditional,
            var other => throw new InvalidOperationException(other),
        };

    private static List<PceBlock> PceBlocks(string path)
    {
        var lines = File.ReadAllLines(path);
        var blocks = new List<PceBlock>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith("Doing scalarPCE", StringComparison.Ordinal)) continue;
            var actors = int.Parse(lines[i + 1].Split(':')[1].Trim(), CultureInfo.InvariantCulture);
            var options = int.Parse(lines[i + 2].Split(':')[1].Trim(), CultureInfo.InvariantCulture);
            var uim = Rows(lines, i - actors, actors);
            var u = new double[actors, options];
            for (var m = 0; m < actors; m++)
                for (var o = 0; o < options; o++) u[m, o] = uim[m][o];
            var strengths = Numbers(lines[i + 4]);
            var rule = lines[i + 5].Split(':')[1].Trim() == "PropCbc" ? VotingRule.PropCubic : VotingRule.Proportional;
            var at = i + 6 + actors + 1; // after "Utility to actors of options:" rows and "Coalition strengths" title
            Assert.StartsWith("Coalition strengths", lines[at]);
            var coalitions = Rows(lines, at + 1, options);
            var victory = Rows(lines, at + 2 + options, options);
            var distribution = Rows(lines, at + 3 + 2 * options, options).Select(r => r[0]).ToArray();
            blocks.Add(new PceBlock(u, strengths, rule, coalitions, victory, distribution));
        }
        return blocks;
    }

    [SharedTheory]
    [InlineData("ktab_20170530_ref-smpExample.txt", 70)]
    [InlineData("ktab_20170530_ref-dummyData_3Dim.txt", 70)]
    [InlineData("ktab_20170530_ref-SOE-Pol-Comp.txt", 351)]
    public void Every_scalar_PCE_block_is_reproduced(string trace, int expectedBlocks)
    {
        var blocks = PceBlocks(Trace(trace));
        var model = PceOf(Trace(trace));
        Assert.Equal(expectedBlocks, blocks.Count);
        foreach (var b in blocks)
        {
            var n = b.Distribution.Length;
            var c = SpatialPrimitives.CoalitionStrengths(b.Utilities, b.Strengths, b.Rule);
            var p = SpatialPrimitives.VictoryProbabilities(c);
            // The distribution from the block's printed probabilities and strengths (its own inputs),
            // so that rounding of the printed utilities does not compound through the products.
            var printedC = new double[n, n];
            var printedP = new double[n, n];
            for (var i = 0; i < n; i++)
                for (var j = 0; j < n; j++) { printedC[i, j] = b.Coalitions[i][j]; printedP[i, j] = b.Victory[i][j]; }
            var pi = SpatialPrimitives.Pce(printedP, printedC, model);
            for (var i = 0; i < n; i++)
            {
                Assert.Equal(b.Distribution[i], pi[i], 0.002 + 0.02 * b.Distribution[i]);
                for (var j = 0; j < n; j++)
                {
                    Assert.Equal(b.Coalitions[i][j], c[i, j], 0.003 + 0.003 * b.Coalitions[i][j]);
                    // Where both strengths are tiny, the printed utilities' rounding dominates the ratio.
                    if (b.Coalitions[i][j] + b.Coalitions[j][i] > 3) Assert.Equal(b.Victory[i][j], p[i, j], 0.003);
                }
            }
        }
    }

    [SharedTheory]
    [InlineData("dummyData_3Dim.xml", "ktab_20170530_ref-dummyData_3Dim.txt")]
    [InlineData("SOE-Pol-Comp.csv", "ktab_20170530_ref-SOE-Pol-Comp.txt")]
    public void Initial_value_matrix_and_risk_shaped_utilities_match(string scenarioFile, string trace)
    {
        var scenario = ScenarioReader.ReadAll(Scenario(scenarioFile)).Single();
        var lines = File.ReadAllLines(Trace(trace));
        var start = Array.FindIndex(lines, l => l.StartsWith("Raw actor-pos value matrix", StringComparison.Ordinal));
        var n = scenario.Actors.Count;
        var raw = Rows(lines, start + 1, n);
        var risk = Rows(lines, start + n + 2, n).Select(r => r[0]).ToArray();
        var riskAware = Rows(lines, start + 2 * n + 3, n);
        double[] Pos(ScenarioActor a) => a.Positions.Select(p => p!.Value / 100).ToArray();
        for (var i = 0; i < n; i++)
            for (var j = 0; j < n; j++)
            {
                var v = SpatialPrimitives.Value(Pos(scenario.Actors[i]), scenario.Actors[i].Saliences.ToArray(), Pos(scenario.Actors[j]));
                Assert.Equal(raw[i][j], v, 0.0006);
                Assert.Equal(riskAware[i][j], SpatialPrimitives.RiskUtility(v, risk[i]), 0.0012);
            }
    }
}
