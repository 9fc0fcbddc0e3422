using Parley.Bargaining;
using Parley.Bargaining.Readers;
using Parley.Tests.Support;

namespace Parley.Tests.Bargaining;

public class DeuBaselineTests
{
    private static readonly Lazy<DeuDataset> Data = new(() => DeuDataset.Load(RepoPaths.SharedFile("data", "bargaining", "deu", "deu3.csv")));

    private static BaselineModel Baseline(string name) => BaselineModel.All.Single(m => m.Name == name);

    [SharedTheory]
    [InlineData("compromise", DeuCapabilities.Nice, 23.10, 353)]
    [InlineData("compromise", DeuCapabilities.Gdp, 23.22, 353)]
    [InlineData("capability-mean", DeuCapabilities.Nice, 23.24, 353)]
    [InlineData("compromise", DeuCapabilities.Equal, 23.68, 353)]
    [InlineData("salience-mean", DeuCapabilities.Nice, 23.68, 353)]
    [InlineData("mean", DeuCapabilities.Nice, 23.71, 353)]
    [InlineData("weighted-median", DeuCapabilities.Gdp, 27.58, 353)]
    [InlineData("constant-50", DeuCapabilities.Nice, 28.02, 353)]
    [InlineData("median", DeuCapabilities.Nice, 28.59, 353)]
    [InlineData("strongest", DeuCapabilities.Nice, 36.07, 353)]
    [InlineData("status-quo", DeuCapabilities.Nice, 51.11, 253)]
    public void Baselines_reproduce_the_published_DEU_errors(string model, DeuCapabilities capabilities, double mae, int n)
    {
        var score = DeuEvaluation.Evaluate(Data.Value, Baseline(model), capabilities);
        Assert.Equal(n, score.N);
        Assert.Equal(mae, Math.Round(score.Mae, 2));
    }

    [SharedFact]
    public void Commission_position_reproduces_its_published_error()
    {
        var score = DeuEvaluation.Evaluate(Data.Value, BaselineModel.ActorPosition("com"), DeuCapabilities.Nice);
        Assert.Equal(348, score.N);
        Assert.Equal(37.70, Math.Round(score.Mae, 2));
    }

    [SharedFact]
    public void Reader_counts_issues_proposals_and_actors()
    {
        var data = Data.Value;
        Assert.Equal(364, data.Issues.Count);
        Assert.Equal(141, data.Issues.Select(i => i.ProposalId).Distinct().Count());
        Assert.Equal(353, data.Issues.Count(i => i.Outcome.HasValue));
        Assert.Equal(30, data.ActorCodes.Count);
        Assert.Equal(4.1, data.Gdp["de"]);
        Assert.Equal(4.1, data.Gdp["com"]);
    }
}

public class DeuCrossValidationTests
{
    private static readonly Lazy<DeuDataset> Data = new(() => DeuDataset.Load(RepoPaths.SharedFile("data", "bargaining", "deu", "deu3.csv")));

    [SharedFact]
    public void Folds_never_split_a_proposal()
    {
        var issues = Data.Value.Issues.Where(i => i.Outcome.HasValue).ToList();
        var folds = DeuCrossValidation.Folds(issues, 10);
        foreach (var group in issues.Select((issue, n) => (issue.ProposalId, Fold: folds[n])).GroupBy(x => x.ProposalId))
            Assert.Single(group.Select(x => x.Fold).Distinct());
        Assert.Equal(10, folds.Distinct().Count());
    }

    [SharedFact]
    public void Fitted_exponents_are_scored_out_of_sample_on_every_issue()
    {
        var issues = Data.Value.Issues.Where(i => i.Outcome.HasValue).ToList();
        var (score, exponents) = DeuCrossValidation.WeightExponents(Data.Value, issues);
        Assert.Equal(353, score.N);
        Assert.Equal(10, exponents.Count);
        Assert.InRange(score.Mae, 15, 30);
        Assert.Contains("cross-validation by proposal", score.Validation);
    }
}
