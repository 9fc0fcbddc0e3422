using Parley.Knowledge;
using Parley.Tests.Support;

namespace Parley.Tests.Knowledge;

public sealed class KnowledgeBaseCheckerTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 12, 6);
    private readonly TempFolder _folder = new();
    public void Dispose() => _folder.Dispose();

    private KnowledgeBaseReport Check(string tenures, string? offices = null) =>
        new KnowledgeBaseChecker(KbFixture.Load(_folder, tenures, offices)).Check(Today);

    [Fact]
    public void CleanDataPasses()
    {
        var report = Check(KbFixture.Row("A B", "office/ALP/president", "2005-01-01", "2012-01-01") +
                           KbFixture.Row("C D", "office/ALP/president", "2012-01-01"));
        Assert.True(report.Passed, string.Join("\n", report.Errors));
    }

    [Fact]
    public void OverlappingTenuresOfASingleHolderOfficeFail()
    {
        var report = Check(KbFixture.Row("A B", "office/ALP/president", "2005-01-01", "2012-02-01") +
                           KbFixture.Row("C D", "office/ALP/president", "2012-01-01"));
        Assert.Contains(report.Errors, e => e.Contains("at once", StringComparison.Ordinal));
    }

    [Fact]
    public void ImpreciseBoundariesInTheSameMonthAreNotAnOverlap()
    {
        var report = Check(KbFixture.Row("A B", "office/ALP/president", "2005-01-01", "2012-01") +
                           KbFixture.Row("C D", "office/ALP/president", "2012-01"));
        Assert.True(report.Passed, string.Join("\n", report.Errors));
    }

    [Fact]
    public void AGapInTheHeadOfStateSince2010Fails()
    {
        var report = Check(KbFixture.Row("A B", "office/ALP/president", "2005-01-01", "2012-01-01") +
                           KbFixture.Row("C D", "office/ALP/president", "2012-03-01"));
        Assert.Contains(report.Errors, e => e.Contains("no head_of_state recorded from 2012-01-01 to 2012-02-29", StringComparison.Ordinal));
    }

    [Fact]
    public void CoverageThatEndsBeforeTodayIsAWarningNotAnError()
    {
        var report = Check(KbFixture.Row("A B", "office/ALP/president", "2005-01-01", "2012-01-01") +
                           KbFixture.Row("C D", "office/ALP/president", "2012-01-01", "2026-04-01"));
        Assert.True(report.Passed, string.Join("\n", report.Errors));
        Assert.Contains(report.Warnings, w => w.Contains("head_of_state coverage ends 2026-04-01", StringComparison.Ordinal));
    }

    [Fact]
    public void EndBeforeStartUnknownOfficeAndMissingVerificationFail()
    {
        var report = Check(KbFixture.Row("A B", "office/ALP/president", "2012-01-01", "2011-01-01") +
                           KbFixture.Row("C D", "office/ALP/nothing", "2012-01-01") +
                           "person/e-f\tE F\toffice/ALP/president\t2011-01-01\t\t\t\t\n");
        Assert.Contains(report.Errors, e => e.Contains("ends (2011-01-01) before starting", StringComparison.Ordinal));
        Assert.Contains(report.Errors, e => e.Contains("unknown office 'office/ALP/nothing'", StringComparison.Ordinal));
        Assert.Contains(report.Errors, e => e.Contains("verified_through is empty", StringComparison.Ordinal));
    }

    [Fact]
    public void DuplicateIdsAndUnknownRolesFail()
    {
        var offices = KbFixture.Offices +
            "office/ALP/president\tPresident again\t\tcountry/ALP\thead_of_state\tGOV\tyes\t\n" +
            "office/ALP/chief\tChief\t\tcountry/ALP\tgrand_poobah\tGOV\tyes\t\n";
        var report = Check(KbFixture.Row("A B", "office/ALP/president", "2005-01-01"), offices);
        Assert.Contains(report.Errors, e => e.Contains("duplicate office id office/ALP/president", StringComparison.Ordinal));
        Assert.Contains(report.Errors, e => e.Contains("unknown role 'grand_poobah'", StringComparison.Ordinal));
    }

    [Fact]
    public void KbCheckCommandReportsAndExits()
    {
        var result = CliProcess.Run("kb", "check", "--format", "json");
        Assert.Contains("\"counts\"", result.Stdout);
        Assert.True(result.ExitCode is 0 or 1, result.Stderr);
    }

    [Theory]
    [InlineData("ALPOPP", true)]
    [InlineData("---KUR", true)]
    [InlineData("IGOWSTG20", true)]
    [InlineData("alpopp", false)]
    [InlineData("ALP OPP", false)]
    [InlineData("A-POPP", false)]
    public void ActorCodesMustBeCapitalLettersAfterACountryOrThreeDashes(string code, bool valid)
    {
        var kb = KbFixture.Load(_folder, KbFixture.Row("A B", "office/ALP/president", "2005-01-01"),
            extra: "id\tname\taliases\tqid\tcountry\tnote\tcameo\nperson/e-f\tE F\t\t\tALP\t\t" + code + "\n");
        var report = new KnowledgeBaseChecker(kb).Check(Today);
        Assert.Equal(valid, !report.Errors.Any(e => e.Contains("person/e-f has the CAMEO code", StringComparison.Ordinal)));
    }
}
