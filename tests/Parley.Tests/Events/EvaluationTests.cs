using Parley.Events;
using Parley.Events.Evaluation;
using Parley.Tests.Support;
using Parley.Text;

namespace Parley.Tests.Events;

public class EvaluationTests
{
    private static CodedEvent Event(string cameo, string? source, string? target)
    {
        var c = CoderFixture.Resources.Ontology.Get(cameo);
        return new CodedEvent
        {
            Id = "e", Cameo = cameo, CameoLabel = c.Name, Plover = c.Plover, Rule = "t",
            Source = source is null ? null : new EventActor(source, default, null, null, source, source[..3]),
            Target = target is null ? null : new EventActor(target, default, null, null, target, target[..3]),
            Evidence = new EventEvidence(0, new TextSpan(0, 1)), Trigger = new TextSpan(0, 1),
        };
    }

    [Fact]
    public void Scores_codes_actors_triples_and_no_event_precision()
    {
        var scorer = new EventScorer(CoderFixture.Resources.Ontology);
        scorer.Add(new GoldRecord("a", "x", null, [new GoldEvent("USA", "IRN", "163")], false, true), [Event("163", "USAGOV", "IRN")]);
        scorer.Add(new GoldRecord("b", "x", null, [new GoldEvent("RUS", "UKR", "1952")], false, true), [Event("190", "RUS", "UKR"), Event("111", "UKR", "RUS")]);
        scorer.Add(new GoldRecord("c", "x", null, [new GoldEvent("ISR", null, "FIGHT")], false, true), [Event("193", "ISRMIL", null)]);
        scorer.Add(new GoldRecord("d", "x", null, [], true, true), []);
        scorer.Add(new GoldRecord("e", "x", null, [], true, true), [Event("010", "FRA", null)]);
        var r = scorer.Report("test.jsonl");

        Assert.Equal(new Ratio(2, 2), r.Root);
        Assert.Equal(new Ratio(1, 2), r.Cameo3);
        Assert.Equal(new Ratio(0, 1), r.Cameo4);
        Assert.Equal(new Ratio(3, 3), r.PloverType);
        Assert.Equal(new Ratio(1, 3), r.SourceCode);
        Assert.Equal(new Ratio(3, 3), r.SourceCountry);
        Assert.Equal(2, r.RootTriples.TruePositives);
        Assert.Equal(3, r.RootTriples.Predicted);
        Assert.Equal(2, r.RootTriples.Expected);
        Assert.Equal(new Ratio(1, 2), r.NoEventPrecision);
        Assert.Contains(r.Disagreements, d => d.Id == "b");
        Assert.Contains(r.Disagreements, d => d.Id == "e");
    }

    [Fact]
    public void CAMEO_and_legacy_country_codes_compare_as_the_ISO_codes_they_mean()
    {
        var scorer = new EventScorer(CoderFixture.Resources.Ontology);
        scorer.Add(new GoldRecord("a", "x", null, [new GoldEvent("TLS", "IDN", "145")], false, true), [Event("145", "TMPOPP", "IDN")]);
        scorer.Add(new GoldRecord("b", "x", null, [new GoldEvent("JAP", "XKX", "036")], false, true), [Event("036", "JPNGOV", "KSV")]);
        var r = scorer.Report("test.jsonl");

        Assert.Equal(new Ratio(2, 2), r.SourceCountry);
        Assert.Equal(new Ratio(2, 2), r.TargetCountry);
        Assert.Equal(2, r.RootTriples.TruePositives);
    }

    [Fact]
    public void In_triples_an_actor_of_unknown_country_and_no_actor_are_the_same()
    {
        var scorer = new EventScorer(CoderFixture.Resources.Ontology);
        scorer.Add(new GoldRecord("a", "x", null, [new GoldEvent("IGOUNO", "---", "036")], false, true), [Event("036", "IGOUNO", null)]);
        scorer.Add(new GoldRecord("b", "x", null, [new GoldEvent("---REB", "SYR", "190")], false, true), [Event("190", "IRQREB", "SYR")]);
        var r = scorer.Report("test.jsonl");

        Assert.Equal(1, r.RootTriples.TruePositives);
        Assert.Equal(new Ratio(1, 2), r.SourceCountry);
        Assert.Equal(new Ratio(1, 2), r.TargetCode);
    }

    [Fact]
    public void Gold_files_are_read_with_clear_errors()
    {
        using var folder = new TempFolder();
        var good = Path.Combine(folder.Path, "g.jsonl");
        File.WriteAllText(good, """{"id":"1","text":"Israel attacked Syria.","date":"2020-01-02","events":[{"source":"ISR","target":"SYR","code":"190"}],"meta":{}}""" + "\n" +
                                """{"id":"2","text":"Nothing.","date":null,"events":[],"meta":{"expect":"noevents"}}""" + "\n");
        var records = GoldReader.Read(good);
        Assert.Equal(2, records.Count);
        Assert.Equal("2020-01-02", records[0].Date?.ToString());
        Assert.True(records[1].ExpectNoEvents);

        var bad = Path.Combine(folder.Path, "bad.jsonl");
        File.WriteAllText(bad, "{not json\n");
        var e = Assert.Throws<ParleyInputException>(() => GoldReader.Read(bad));
        Assert.Contains("line 1", e.Message);
        Assert.Throws<ParleyInputException>(() => GoldReader.Read(Path.Combine(folder.Path, "missing.jsonl")));
    }

    [Fact]
    public void Plover_sectors_complete_the_gold_actor_codes()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "p.jsonl");
        File.WriteAllText(path, """{"id":"1","text":"Hungarian officials met Romanian rebels.","events":[{"source":"HUN","target":"ROU","code":"CONSULT","source_sector":"GOV","target_sector":"REB"},{"source":"IGO","target":"ROU","code":"AID","source_sector":null,"target_sector":null}]}""" + "\n");
        var events = GoldReader.Read(path)[0].Events;
        Assert.Equal(("HUNGOV", "ROUREB"), (events[0].Source, events[0].Target));
        Assert.Equal(("IGO", "ROU"), (events[1].Source, events[1].Target));
    }

    [SharedFact]
    public void The_coder_codes_every_gold_file_without_failing()
    {
        foreach (var file in Directory.GetFiles(RepoPaths.SharedFile("data", "gold"), "*.jsonl"))
        {
            var records = GoldReader.Read(file);
            Assert.NotEmpty(records);
            foreach (var r in records.Take(40))
            {
                var doc = EventTestDocuments.Build(r.Text, r.Date);
                CoderFixture.Coder.Process(doc);
                Assert.All(doc.Events, e => Assert.True(e.Trigger.End <= doc.Text.Length));
            }
        }
    }
}
