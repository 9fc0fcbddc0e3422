using Parley.Knowledge;
using Parley.Text;

namespace Parley.Events;

/// <summary>
/// Codes events (CAMEO, PLOVER) from the parsed, actor-resolved document.
/// PLACEHOLDER: codes nothing yet.
/// </summary>
public sealed class EventCoder : IDocumentComponent
{
    public string Name => "events";
    public IReadOnlyList<string> Assigns { get; } = ["events"];

    public static EventCoder Load(ResourcePaths paths, KnowledgeBase knowledgeBase) => new();

    public void Process(Document document) { }
}
