using Parley.Knowledge;
using Parley.Time;

namespace Parley.Tests.Knowledge;

/// <summary>Facts the curated data/kb must answer (the cases the product is judged on).</summary>
public sealed class RepositoryKbTests
{
    private static KnowledgeBase Kb => KbFixture.Repository;

    private static HolderAnswer Holder(string office, string date) => Kb.HolderOn(office, PartialDate.Parse(date))!;

    [Theory]
    [InlineData("office/IRN/president", "2024-05-18", "Ebrahim Raisi")]
    [InlineData("office/IRN/president", "2024-05-19", "Mohammad Mokhber")]
    [InlineData("office/IRN/president", "2024-06-15", "Mohammad Mokhber")]
    [InlineData("office/IRN/president", "2024-07-28", "Masoud Pezeshkian")]
    [InlineData("office/IRN/president", "2025-03-01", "Masoud Pezeshkian")]
    [InlineData("office/IRN/president", "2025", "Masoud Pezeshkian")]
    [InlineData("office/IRN/supreme-leader", "2025", "Ali Khamenei")]
    [InlineData("office/USA/president", "2025-06-01", "Donald Trump")]
    [InlineData("office/USA/president", "2025-01-19", "Joe Biden")]
    [InlineData("office/USA/president", "2025-01-20", "Donald Trump")]
    [InlineData("office/irgc-quds-force/commander", "2020-01-02", "Qasem Soleimani")]
    [InlineData("office/irgc-quds-force/commander", "2020-01-03", "Esmail Qaani")]
    [InlineData("office/iaea/director-general", "2024-01-01", "Rafael Grossi")]
    [InlineData("office/un/secretary-general", "2016-12-31", "Ban Ki-moon")]
    [InlineData("office/un/secretary-general", "2017-01-01", "António Guterres")]
    [InlineData("office/GBR/prime-minister", "2022-10-01", "Liz Truss")]
    [InlineData("office/DEU/chancellor", "1995-06-01", "Helmut Kohl")]
    [InlineData("office/MAR/monarch", "1996-06-01", "Hassan II")]
    [InlineData("office/MAR/monarch", "1999-08-01", "Mohammed VI")]
    [InlineData("office/KGZ/president", "2000-06-01", "Askar Akayev")]
    [InlineData("office/ZAF/president", "1996-06-01", "Nelson Mandela")]
    [InlineData("office/MUS/president", "2003-06-01", "Karl Offmann")]
    [InlineData("office/RUS/foreign-minister", "1994-06-01", "Andrei Kozyrev")]
    [InlineData("office/USA/foreign-minister", "1994-06-01", "Warren Christopher")]
    [InlineData("office/DEU/foreign-minister", "1994-06-01", "Klaus Kinkel")]
    public void KnownHolders(string office, string date, string expected) =>
        Assert.Equal(expected, Holder(office, date).Holder?.PersonName);

    [Theory]
    [InlineData("person/qasem-soleimani", "2020-01-02", "IRNMIL")]
    [InlineData("person/qasem-soleimani", "2025", "IRNELI")]
    [InlineData("person/ebrahim-raisi", "2022-06", "IRNGOV")]
    [InlineData("person/rafael-grossi", "2024-02-01", "IGOUNOIAE")]
    [InlineData("country/IRN", "2024-02-01", "IRN")]
    [InlineData("group/unita", "1995-06-01", "AGOREBUNI")]
    [InlineData("person/francois-mitterrand", "1990-01-01", "FRAGOV")]
    [InlineData("person/francois-mitterrand", "2000-01-01", "FRAELI")]
    public void ActorCodesAsOfADate(string id, string date, string code) =>
        Assert.Equal(code, Kb.ActorCodeOn(id, PartialDate.Parse(date)));

    [Fact]
    public void MokhberWasActing() => Assert.True(Holder("office/IRN/president", "2024-06-15").Holder!.Acting);

    [Fact]
    public void TheUsPresidentHoldsBothTopRoles()
    {
        var rows = new KnowledgeBaseQueries(Kb).Holders("country/USA", PartialDate.Parse("2025-06-01"));
        var trumpRoles = rows.Where(r => r.Name == "Donald Trump").Select(r => r.Role).ToList();
        Assert.Contains("head_of_state", trumpRoles);
        Assert.Contains("head_of_government", trumpRoles);
    }

    [Fact]
    public void IranInTwentyTwentyFourStraddlesThreePresidents()
    {
        var answer = Holder("office/IRN/president", "2024");
        Assert.Equal(HolderStatus.Straddles, answer.Status);
        Assert.Equal(["Ebrahim Raisi", "Mohammad Mokhber", "Masoud Pezeshkian"], answer.Tenures.Select(t => t.PersonName));
    }

    [Fact]
    public void OrganizationsResolveByAcronym()
    {
        var queries = new KnowledgeBaseQueries(Kb);
        Assert.Equal("org/iaea", queries.OwnerId(null, "IAEA"));
        Assert.Equal("org/nato", queries.OwnerId(null, "nato"));
        Assert.Equal("country/IRN", queries.OwnerId("irn", null));
    }

    [Fact]
    public void ShippedDataHasNoOverlapsOrUnexplainedGaps()
    {
        var report = new KnowledgeBaseChecker(Kb).Check(new DateOnly(2026, 12, 6));
        Assert.True(report.Passed, string.Join("\n", report.Errors));
    }

    [Theory]
    [InlineData("1995-06-01")]
    [InlineData("2000-01-01")]
    [InlineData("2005-06-01")]
    public void Every_UN_member_that_existed_then_has_a_head_of_state_before_2010(string date)
    {
        // Not yet independent (South Sudan, Timor-Leste), no functioning state (Somalia before the
        // Arta conference of 2000), or semi-annual Captains Regent not recorded before 2009 (San Marino).
        string[] explained = ["SSD", "TLS", "SOM", "SMR"];
        var queries = new KnowledgeBaseQueries(Kb);
        var missing = Kb.Entities
            .Where(e => e.Kind == EntityKind.Country && e.Category == "member" && !explained.Contains(e.Country))
            .Where(e => !queries.Holders(e.Id, PartialDate.Parse(date)).Any(h => h.Role == "head_of_state"))
            .Select(e => e.Country).ToList();
        Assert.Empty(missing);
    }
}
