using Parley.Knowledge;
using Parley.Text;

namespace Parley.Events;

/// <summary>
/// Finds quotations and attributes them to speakers.
/// PLACEHOLDER: finds nothing yet.
/// </summary>
public sealed class QuoteAttributor : IDocumentComponent
{
    public string Name => "quotes";
    public IReadOnlyList<string> Assigns { get; } = ["quotes"];

    public static QuoteAttributor Load(ResourcePaths paths, KnowledgeBase knowledgeBase) => new();

    public void Process(Document document) { }
}
