using Parley.Knowledge.Resolution;
using Parley.Text;
using Parley.Time;

namespace Parley.Knowledge;

/// <summary>
/// Finds actor mentions (names with or without titles, "Iran's president", demonyms, metonyms,
/// organizations, groups) and resolves them against the knowledge base as of the publication
/// date (today when the article has none). Stateless between documents; thread-safe.
/// </summary>
public sealed class MentionFinder(KnowledgeBase knowledgeBase) : IDocumentComponent
{
    private readonly PersonStatusResolver _people = new(knowledgeBase);

    public string Name => "mentions";
    public IReadOnlyList<string> Assigns { get; } = ["mentions"];
    public KnowledgeBase KnowledgeBase { get; } = knowledgeBase;

    public void Process(Document document)
    {
        var words = KnowledgeBase.Names.Spelling.Repair(WordView.Build(document));
        var date = ResolutionDate(document);
        document.Mentions.AddRange(new DocumentResolver(KnowledgeBase, _people, document, words, date).Resolve());
    }

    /// <summary>The date mentions and claims are resolved at: the publication date, else today.</summary>
    public static PartialDate ResolutionDate(Document document) =>
        document.Published is { IsKnown: true } published ? published : PartialDate.FromDate(DateOnly.FromDateTime(DateTime.UtcNow));
}
