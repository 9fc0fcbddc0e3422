using Parley.Events;
using Parley.Events.Evaluation;
using Parley.Tests.Support;

namespace Parley.Tests.Events;

/// <summary>
/// Regression floors on the real-text gold sets of ../shared/data/gold, a little under the figures
/// in docs/EVALUATION.md, through the whole pipeline as `parley eval` runs it.
/// </summary>
public class GoldSetTests
{
    private static readonly Lazy<Pipeline> SharedPipeline = new(() => Pipeline.Load(RepoPaths.Resources));

    private static EvaluationReport Evaluate(string file)
    {
        var pipeline = SharedPipeline.Value;
        var coder = pipeline.Components.OfType<EventCoder>().First();
        var batch = new EventBatch(pipeline);
        var scorer = new EventScorer(coder.Resources.Ontology);
        foreach (var record in GoldReader.Read(RepoPaths.SharedFile("data", "gold", file)))
            scorer.Add(record, batch.Analyze(record.Text, record.Date).Events);
        return scorer.Report(file);
    }

    [SharedFact]
    public void Cameo_manual_examples_keep_their_root_accuracy()
    {
        var r = Evaluate("cameo_manual_examples.jsonl");
        Assert.True(r.Root.Value >= 0.83, $"root accuracy {r.Root}");
    }

    [SharedFact]
    public void Plover_records_keep_their_type_and_source_accuracy()
    {
        var r = Evaluate("plover_gsr_cameo_manual.jsonl");
        Assert.True(r.PloverType.Value >= 0.77, $"PLOVER type accuracy {r.PloverType}");
        Assert.True(r.SourceCountry.Value >= 0.86, $"source country accuracy {r.SourceCountry}");
    }

    [SharedFact]
    public void Petrarch_validation_keeps_its_triple_f1()
    {
        var r = Evaluate("up_petr2_gsr_validation.jsonl");
        Assert.True(r.RootTriples.F1 >= 0.50, $"root triple F1 {r.RootTriples.F1}");
    }
}
