using Parley.Text;

namespace Parley.Knowledge;

/// <summary>
/// Finds office-holder claims and checks them against the knowledge base at the article's date.
/// PLACEHOLDER: finds nothing yet.
/// </summary>
public sealed class ClaimChecker(KnowledgeBase knowledgeBase) : IDocumentComponent
{
    public string Name => "claims";
    public IReadOnlyList<string> Assigns { get; } = ["claims"];
    public KnowledgeBase KnowledgeBase { get; } = knowledgeBase;

    public void Process(Document document) { }
}
