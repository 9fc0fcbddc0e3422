using Parley.Knowledge;
using Parley.Tests.Support;
using Parley.Time;

namespace Parley.Tests.Knowledge;

public sealed class HolderLookupTests : IDisposable
{
    private readonly TempFolder _folder = new();
    public void Dispose() => _folder.Dispose();

    private KnowledgeBase HandOver() => KbFixture.Load(_folder,
        KbFixture.Row("Anna First", "office/ALP/president", "2020-03-10", "2023-05-19") +
        KbFixture.Row("Ben Acting", "office/ALP/president", "2023-05-19", "2023-07-28", acting: true) +
        KbFixture.Row("Cleo Third", "office/ALP/president", "2023-07-28"));

    private static string? HolderName(KnowledgeBase kb, string date) =>
        kb.HolderOn("office/ALP/president", PartialDate.Parse(date))!.Holder?.PersonName;

    [Theory]
    [InlineData("2023-05-18", "Anna First")]
    [InlineData("2023-05-19", "Ben Acting")] // the hand-over day belongs to the successor
    [InlineData("2023-07-27", "Ben Acting")]
    [InlineData("2023-07-28", "Cleo Third")]
    [InlineData("2020-03-10", "Anna First")] // start is inclusive
    public void HandOverDayBelongsToTheSuccessor(string date, string expected) =>
        Assert.Equal(expected, HolderName(HandOver(), date));

    [Fact]
    public void ActingTenureIsReportedAsActing()
    {
        var answer = HandOver().HolderOn("office/ALP/president", PartialDate.Parse("2023-06-15"))!;
        Assert.Equal(HolderStatus.Held, answer.Status);
        Assert.True(answer.Holder!.Acting);
    }

    [Fact]
    public void BeforeTheFirstTenureNobodyIsKnown()
    {
        var answer = HandOver().HolderOn("office/ALP/president", PartialDate.Parse("2019-12-31"))!;
        Assert.Equal(HolderStatus.Unknown, answer.Status);
        Assert.Null(answer.Holder);
    }

    [Fact]
    public void YearThatStraddlesAHandOverListsEveryCandidateInsteadOfGuessing()
    {
        var answer = HandOver().HolderOn("office/ALP/president", PartialDate.OfYear(2023))!;
        Assert.Equal(HolderStatus.Straddles, answer.Status);
        Assert.Null(answer.Holder);
        Assert.Equal(["Anna First", "Ben Acting", "Cleo Third"], answer.Tenures.Select(t => t.PersonName));
        Assert.Contains("spans a change", answer.Describe());
    }

    [Fact]
    public void YearInsideOneTenureHasOneHolder()
    {
        Assert.Equal("Anna First", HolderName(HandOver(), "2021"));
        Assert.Equal("Cleo Third", HolderName(HandOver(), "2024-02"));
    }

    [Fact]
    public void MonthOfTheHandOverStraddles()
    {
        var answer = HandOver().HolderOn("office/ALP/president", PartialDate.Parse("2023-07"))!;
        Assert.Equal(HolderStatus.Straddles, answer.Status);
        Assert.Equal(2, answer.Tenures.Count);
    }

    [Fact]
    public void MonthPrecisionTenureStartIsNotInventedToTheDay()
    {
        var kb = KbFixture.Load(_folder,
            KbFixture.Row("Old Holder", "office/ALP/president", "2010-01-01", "2015-06") +
            KbFixture.Row("New Holder", "office/ALP/president", "2015-06"));
        Assert.Equal("Old Holder", HolderName(kb, "2015-05-31"));
        Assert.Null(HolderName(kb, "2015-06-10")); // inside the uncertain month
        Assert.Equal(HolderStatus.Straddles, kb.HolderOn("office/ALP/president", PartialDate.Parse("2015-06-10"))!.Status);
        Assert.Equal("New Holder", HolderName(kb, "2015-07-01"));
    }

    [Fact]
    public void OpenTenurePastItsVerificationDateIsFlagged()
    {
        var answer = HandOver().HolderOn("office/ALP/president", PartialDate.Parse("2026-03-01"))!;
        Assert.Equal("Cleo Third", answer.Holder!.PersonName);
        Assert.True(answer.BeyondVerified);
        Assert.False(HandOver().HolderOn("office/ALP/president", PartialDate.Parse("2025-01-01"))!.BeyondVerified);
    }

    [Fact]
    public void CuratedTenuresOutrankImportedOnes()
    {
        _folder.Write("kb/tenures/imported.tsv", KbFixture.TenureHeader + "\tsource\tconfidence\n" +
            "person/wrong-name\tWrong Name\toffice/ALP/president\t2020-01-01\t\t\t\t2024-01-01\twikidata\t0.6\n");
        var kb = HandOver();
        Assert.Equal("Cleo Third", HolderName(kb, "2024-01-01"));
        Assert.Equal("Wrong Name", HolderName(kb, "2020-02-01")); // only the import covers that day
        Assert.Equal("wikidata", kb.HolderOn("office/ALP/president", PartialDate.Parse("2020-02-01"))!.Holder!.Source);
    }

    [Fact]
    public void HoldersOfACountryListEveryRoleOfAnOffice()
    {
        var rows = new KnowledgeBaseQueries(HandOver()).Holders("country/ALP", PartialDate.Parse("2024-01-01"));
        Assert.Equal(["head_of_state", "head_of_government"], rows.Select(r => r.Role));
        Assert.All(rows, r => Assert.Equal("person/cleo-third", r.EntityId));
    }

    [Fact]
    public void MalformedRowsAreSkippedAndReported()
    {
        var kb = KbFixture.Load(_folder,
            KbFixture.Row("Good Row", "office/ALP/president", "2020-01-01") +
            "person/bad\tBad\toffice/ALP/president\t2020-13-45\t\t\t\t\n");
        Assert.Single(kb.Tenures);
        Assert.Contains(kb.LoadIssues, i => i.Contains("2020-13-45", StringComparison.Ordinal));
    }

    [Fact]
    public void A_person_without_an_office_acts_under_their_own_code_until_they_take_one()
    {
        var kb = KbFixture.Load(_folder,
            KbFixture.Row("Dora Critic", "office/ALP/president", "2024-06-01"),
            extra: "id\tname\taliases\tqid\tcountry\tnote\tcameo\n" +
                   "person/dora-critic\tDora Critic\t\t\tALP\topposition leader, then president\tALPOPP\n");
        Assert.Equal("ALPOPP", kb.ActorCodeOn("person/dora-critic", PartialDate.Parse("2023-01-01")));
        Assert.Equal("ALPGOV", kb.ActorCodeOn("person/dora-critic", PartialDate.Parse("2025-01-01")));
    }
}
