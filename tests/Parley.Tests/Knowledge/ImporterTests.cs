using Parley.Knowledge;
using Parley.Knowledge.Import;
using Parley.Tests.Support;
using Parley.Time;

namespace Parley.Tests.Knowledge;

public sealed class ImporterTests
{
    private static DateOnly Day(string text) => PartialDate.Parse(text).FirstDay;

    [Fact]
    public void PetrarchRestrictionsFollowTheResolverSemantics()
    {
        const string dictionary = """
            # Generated at: Thu Jan 30 16:06:18 2014
            JOHN_DOE_  # a test person
            +PRESIDENT_DOE
            	[XYZELI 780101-090120]
            	[XYZGOV >090120]
            	[XYZELI]
            JANE_ROE_ [ABCGOV <050301] [ABCMIL 050301-060101]
            NOBODY_ [---]
            """;
        var result = PetrarchImporter.Import(new StringReader(dictionary), "test.actors");
        Assert.Equal(PartialDate.OfDay(2014, 1, 30), result.SourceDate);
        var doe = result.Actors.Single(a => a.Name == "John Doe");
        Assert.Equal(["President Doe"], doe.Synonyms);
        Assert.Equal("XYZELI", doe.CodeOn(Day("2009-01-19")));
        Assert.Equal("XYZGOV", doe.CodeOn(Day("2009-01-20"))); // start inclusive, previous end exclusive
        Assert.Equal("XYZGOV", doe.CodeOn(Day("2014-01-29")));
        Assert.Equal("XYZELI", doe.CodeOn(Day("2014-01-30"))); // the open entry is closed at the file's date
        Assert.Equal("XYZELI", doe.CodeOn(Day("1970-01-01"))); // undated default
        var roe = result.Actors.Single(a => a.Name == "Jane Roe");
        Assert.Equal("ABCGOV", roe.CodeOn(Day("2005-02-28")));
        Assert.Equal("ABCMIL", roe.CodeOn(Day("2005-03-01")));
        Assert.Null(roe.CodeOn(Day("2006-01-01")));
        Assert.Contains(result.Warnings, w => w.Contains("Nobody", StringComparison.Ordinal));
    }

    [Fact]
    public void PetrarchTwoDigitYearsAndBadRestrictions()
    {
        Assert.True(PetrarchImporter.TryDate("890604", out var old));
        Assert.Equal(PartialDate.OfDay(1989, 6, 4), old);
        Assert.True(PetrarchImporter.TryDate("090120", out var recent));
        Assert.Equal(PartialDate.OfDay(2009, 1, 20), recent);
        Assert.False(PetrarchImporter.TryDate("2004017", out _));
        Assert.False(PetrarchImporter.TryDate("891345", out _));
    }

    [SharedFact]
    public void PhoenixCountriesDictionaryHasObamaAndKhamenei()
    {
        var result = PetrarchImporter.Import(RepoPaths.SharedFile("data", "leaders", "petrarch2-phoenix-dictionaries", "Phoenix.Countries.actors.txt"));
        Assert.True(result.Actors.Count > 10_000);
        var obama = result.Actors.First(a => a.Name == "Barack Obama");
        Assert.Equal("USAGOV", obama.CodeOn(Day("2012-06-01")));
        Assert.Equal("USAELI", obama.CodeOn(Day("1999-06-01")));
        Assert.Null(obama.CodeOn(Day("2016-06-01"))); // the file (January 2014) cannot know
        var khamenei = result.Actors.First(a => a.Name.EndsWith("Ali Khamenei", StringComparison.Ordinal));
        Assert.Equal("IRNGOV", khamenei.CodeOn(Day("1985-01-01")));
        Assert.Equal("IRNGOV", khamenei.CodeOn(Day("2010-01-01")));
    }

    [SharedFact]
    public void ValidationDictionarySkipsItsXmlComments()
    {
        var result = PetrarchImporter.Import(RepoPaths.SharedFile("data", "leaders", "petrarch2-phoenix-dictionaries", "PETR.Validate.actors.txt"));
        Assert.Equal("PSEREBHMS", result.Actors.First(a => a.Name == "Hamas").CodeOn(Day("2010-01-01")));
        Assert.DoesNotContain(result.Actors, a => a.Name.Contains("IMPORTANT", StringComparison.Ordinal));
    }

    [Fact]
    public void TenureCsvRowsBecomeImportedLowConfidenceTenures()
    {
        const string csv = """
            iso3,country,role,person,person_qid,start,end,party
            ALP,Alpland,head_of_state,Anna First,Q1,2010-01-05T00:00:00Z,2015-02-01T00:00:00Z,X
            ALP,Alpland,head_of_state,Ben Second,Q2,2015-02-01T00:00:00Z,,Y
            ALP,Alpland,head_of_state,Broken Row,Q3,http://www.wikidata.org/.well-known/genid/abc,,Z
            """;
        var result = TenureCsvImporter.Import(new StringReader(csv), "test.csv");
        Assert.Equal(2, result.Tenures.Count);
        Assert.Single(result.Warnings);
        var ben = result.Tenures.Single(t => t.PersonName == "Ben Second");
        Assert.Equal("office/ALP/imported-head-of-state", ben.OfficeId);
        Assert.Equal(ImportResult.ImportedConfidence, ben.Confidence);
        Assert.Equal("tenure-csv:test.csv", ben.Source);
        Assert.Equal(PartialDate.OfDay(2015, 2, 1), ben.VerifiedThrough);
        Assert.Equal("Q1", result.People.Single(p => p.Name == "Anna First").Qid);
    }

    [Fact]
    public void TenureCsvWithoutTheNeededColumnsIsBadInput() =>
        Assert.Throws<ParleyInputException>(() => TenureCsvImporter.Import(new StringReader("a,b\n1,2\n"), "bad.csv"));

    [SharedFact]
    public void WikidataLeadersImportAndCuratedDataOutranksIt()
    {
        var result = TenureCsvImporter.Import(RepoPaths.SharedFile("data", "leaders", "wikidata-leaders-cfmessias", "leaders_history.csv"));
        Assert.True(result.Tenures.Count > 5000);
        Assert.NotEmpty(result.Warnings); // rows without a start are skipped, not guessed
        var pezeshkian = result.Tenures.Single(t => t.PersonName == "Masoud Pezeshkian" && t.OfficeId == "office/IRN/imported-head-of-government");
        Assert.True(pezeshkian.Confidence < Parley.Knowledge.Model.Tenure.CuratedConfidence);

        // Loaded beside the curated files, the import fills gaps but never overrides the curated answer.
        using var folder = new TempFolder();
        foreach (var file in Directory.EnumerateFiles(RepoPaths.InRepo("data", "kb"), "*.tsv", SearchOption.AllDirectories))
            File.Copy(file, Path.Combine(Directory.CreateDirectory(Path.Combine(folder.Path, "kb", Path.GetRelativePath(RepoPaths.InRepo("data", "kb"), Path.GetDirectoryName(file)!))).FullName, Path.GetFileName(file)));
        foreach (var (relative, text) in result.ToFiles("imported-wikidata")) folder.Write(Path.Combine("kb", relative), text);
        var kb = KnowledgeBase.Load(folder.File("kb"));
        Assert.Equal("Mohammad Mokhber", kb.HolderOn("office/IRN/president", PartialDate.Parse("2024-07-10"))!.Holder!.PersonName);
        var report = new KnowledgeBaseChecker(kb).Check(new DateOnly(2026, 12, 6));
        Assert.DoesNotContain(report.Errors, e => e.Contains("imported-wikidata", StringComparison.Ordinal) && e.Contains("at once", StringComparison.Ordinal));
    }

    [SharedFact]
    public void IsoCountryTablesImportAndCoverTheKnowledgeBase()
    {
        foreach (var path in new[]
                 {
                     RepoPaths.SharedFile("data", "countries", "datasets-country-codes", "country-codes.csv"),
                     RepoPaths.SharedFile("data", "countries", "lukes-iso3166-regional-codes", "all.csv"),
                 })
        {
            var result = IsoCountryCsvImporter.Import(path);
            var iran = result.Countries.Single(c => c.Country == "IRN");
            Assert.Equal("IR", iran.Iso2);
            // Every UN member in the knowledge base has its codes confirmed by the ISO table.
            var kb = KbFixture.Repository;
            var byIso3 = result.Countries.ToDictionary(c => c.Country!);
            foreach (var member in kb.Entities.Where(e => e.Kind == EntityKind.Country && e.Category == "member"))
            {
                Assert.True(byIso3.ContainsKey(member.Country!), $"{member.Country} missing from {Path.GetFileName(path)}");
                Assert.Equal(member.Iso2, byIso3[member.Country!].Iso2);
            }
        }
    }

    [Fact]
    public void ImportCommandWritesFilesAndRejectsMissingInput()
    {
        using var folder = new TempFolder();
        var csv = folder.Write("leaders.csv", "iso3,role,person,qid,start,end\nALP,head_of_state,Anna First,,2010-01-05,\n");
        var result = CliProcess.Run("kb", "import", csv, "--format", "tenure-csv", "--output", folder.File("out"));
        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(folder.File("out/tenures/imported-leaders.tsv")), result.Stdout);
        Assert.Equal(1, CliProcess.Run("kb", "import", folder.File("missing.csv"), "--format", "tenure-csv").ExitCode);
        Assert.Equal(2, CliProcess.Run("kb", "import", csv, "--format", "xml").ExitCode);
    }
}
