namespace Parley.Knowledge;

/// <summary>
/// The dated knowledge base: entities, offices and tenures, loaded once from data/kb and immutable.
/// PLACEHOLDER: empty; the knowledge-base work replaces it.
/// </summary>
public sealed class KnowledgeBase
{
    public static KnowledgeBase Load(ResourcePaths paths) => new();
}
