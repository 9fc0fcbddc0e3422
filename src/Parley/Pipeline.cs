using Parley.Analysis;
using Parley.Events;
using Parley.Geo;
using Parley.Knowledge;
using Parley.Language;
using Parley.Text;
using Parley.Time;

namespace Parley;

/// <summary>
/// Composes the components: cleaning and dating an article, then every document layer in order.
/// Loaded once (resources are immutable) and safe to share across threads.
/// </summary>
public sealed class Pipeline
{
    private readonly ArticleCleaner _cleaner;
    private readonly IReadOnlyList<IDocumentComponent> _components;

    public Pipeline(ArticleCleaner cleaner, KnowledgeBase knowledgeBase, IReadOnlyList<IDocumentComponent> components)
    {
        _cleaner = cleaner;
        KnowledgeBase = knowledgeBase;
        _components = components;
    }

    public KnowledgeBase KnowledgeBase { get; }
    public IReadOnlyList<IDocumentComponent> Components => _components;

    public static Pipeline Load(ResourcePaths? paths = null)
    {
        paths ??= ResourcePaths.Default;
        var kb = KnowledgeBase.Load(paths);
        IDocumentComponent[] components =
        [
            Segmenter.Load(paths),
            Annotator.Load(paths),
            new MentionFinder(kb),
            QuoteAttributor.Load(paths, kb),
            EventCoder.Load(paths, kb),
            new ClaimChecker(kb),
            Geolocator.Load(paths, kb),
            new CountriesOfUnnamedActors(kb),
        ];
        return new Pipeline(ArticleCleaner.Load(paths), kb, components);
    }

    /// <summary>Cleans and dates a raw article; <paramref name="published"/> overrides any date found.</summary>
    public Article Clean(RawArticle raw, PartialDate? published = null) => _cleaner.Clean(raw, published);

    public AnalysisResult Analyze(RawArticle raw, PartialDate? published = null) => Analyze(Clean(raw, published));

    public AnalysisResult Analyze(Article article)
    {
        var document = new Document(article.Text, article.Published);
        foreach (var component in _components) component.Process(document);
        return new AnalysisResult(article, document, DyadSummary.FromEvents(document.Events));
    }
}
