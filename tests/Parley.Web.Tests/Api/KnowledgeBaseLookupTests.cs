using Parley.Knowledge;
using Parley.Time;
using Parley.Web.Tests.Support;

namespace Parley.Web.Tests.Api;

public sealed class KnowledgeBaseLookupTests
{
    [Fact]
    public void ThePersonsOwnTenuresAnswerForAPerson()
    {
        var lookup = new KnowledgeBaseLookup(Scenario.Knowledge());
        var tenure = Assert.Single(lookup.Offices("person/ivo-tamm"));
        Assert.Equal(("President of Borduria", "2019-03-01", "2024-05-10"), (tenure.Office, tenure.Start, tenure.End));
        Assert.Equal(["head_of_state", "head_of_government"], tenure.Roles);
    }

    [Fact]
    public void UnknownActorsAndOwnersGiveNothing()
    {
        var lookup = new KnowledgeBaseLookup(Scenario.Knowledge());
        Assert.Empty(lookup.Offices("XCA"));
        Assert.Null(lookup.Holders("XCA", null, PartialDate.OfYear(2025)));
        Assert.Null(lookup.Holders(null, "NOPE", PartialDate.OfYear(2025)));
    }

    [Fact]
    public void TheShippedKnowledgeBaseAnswersInTheContractShape()
    {
        var lookup = new KnowledgeBaseLookup(KnowledgeBase.Load(RepoRoot.Resources));
        var rows = lookup.Holders("USA", null, PartialDate.OfDay(2025, 3, 1));
        Assert.NotNull(rows);
        Assert.NotEmpty(rows);
        Assert.All(rows, r =>
        {
            Assert.False(string.IsNullOrWhiteSpace(r.Name));
            Assert.False(string.IsNullOrWhiteSpace(r.Office));
            Assert.True(PartialDate.TryParse(r.Start, out _));
            Assert.Contains(r.Status, new[] { "held", "straddles" });
        });
    }
}
