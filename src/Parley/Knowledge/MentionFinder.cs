using Parley.Text;

namespace Parley.Knowledge;

/// <summary>
/// Finds actor mentions and resolves them against the knowledge base as of the publication date.
/// PLACEHOLDER: finds nothing yet.
/// </summary>
public sealed class MentionFinder(KnowledgeBase knowledgeBase) : IDocumentComponent
{
    public string Name => "mentions";
    public IReadOnlyList<string> Assigns { get; } = ["mentions"];
    public KnowledgeBase KnowledgeBase { get; } = knowledgeBase;

    public void Process(Document document) { }
}
