using Parley.Text;
using Parley.Time;

namespace Parley.Events.Evaluation;

/// <summary>Runs the document components of a pipeline on short texts (one gold record, one `code` line).</summary>
public sealed class EventBatch(Pipeline pipeline)
{
    public Document Analyze(string text, PartialDate? date)
    {
        var document = new Document(text, date);
        foreach (var component in pipeline.Components) component.Process(document);
        return document;
    }
}
