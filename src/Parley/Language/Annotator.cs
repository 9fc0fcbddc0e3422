using Parley.Text;

namespace Parley.Language;

/// <summary>
/// Adds part-of-speech tags (UPOS, XPOS), lemmas and a labeled dependency parse to every sentence
/// with the trained models in models/ (<see cref="LanguageModels"/>), loaded lazily once per model
/// file and shared. Heads are document-wide token indexes, -1 for a sentence's root. Without a
/// model file (a checkout that has not trained one) every token still gets values: lemma = the
/// lower-cased form, tags "X", each token its own root with relation "dep".
/// </summary>
public sealed class Annotator : IDocumentComponent
{
    private readonly Lazy<LanguageModels?> _models;

    private Annotator(Lazy<LanguageModels?> models) => _models = models;

    public string Name => "annotator";
    public IReadOnlyList<string> Assigns { get; } = ["upos", "xpos", "lemma", "head", "deprel"];

    /// <summary>True when trained models were found (loads them on first use).</summary>
    public bool HasModels => _models.Value != null;

    public static Annotator Load(ResourcePaths paths) => new(LanguageModelCache.For(paths));

    public void Process(Document document)
    {
        var models = _models.Value;
        var words = new List<string>();
        foreach (var sentence in document.Sentences)
        {
            if (models == null) { AnnotateWithoutModels(document, sentence); continue; }
            words.Clear();
            for (var i = 0; i < sentence.TokenCount; i++) words.Add(document.Tokens[sentence.FirstToken + i].Text);
            var analysis = models.Analyze(words);
            for (var i = 0; i < sentence.TokenCount; i++)
            {
                var token = document.Tokens[sentence.FirstToken + i];
                token.Upos = analysis.Upos[i];
                token.Xpos = analysis.Xpos[i];
                token.Lemma = analysis.Lemmas[i];
                token.Head = analysis.Heads[i] < 0 ? -1 : sentence.FirstToken + analysis.Heads[i];
                token.DepRel = analysis.DepRels[i];
            }
        }
    }

    private static void AnnotateWithoutModels(Document document, Sentence sentence)
    {
        for (var i = 0; i < sentence.TokenCount; i++)
        {
            var token = document.Tokens[sentence.FirstToken + i];
            token.Upos ??= "X";
            token.Xpos ??= "X";
            token.Lemma ??= token.Text.ToLowerInvariant();
            token.Head = -1;
            token.DepRel ??= "dep";
        }
    }
}

/// <summary>One lazily loaded, immutable model set per model file, shared by every pipeline in the process.</summary>
internal static class LanguageModelCache
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<LanguageModels?>> Loaded = new(StringComparer.Ordinal);

    public static Lazy<LanguageModels?> For(ResourcePaths paths)
    {
        var path = Path.GetFullPath(LanguageModels.PathIn(paths));
        return Loaded.GetOrAdd(path, p => new Lazy<LanguageModels?>(() => File.Exists(p) ? LanguageModels.Load(p) : null, LazyThreadSafetyMode.ExecutionAndPublication));
    }
}
