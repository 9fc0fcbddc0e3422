using Parley.Text;

namespace Parley.Language;

/// <summary>
/// Adds part-of-speech tags, lemmas and a dependency parse to every sentence.
/// PLACEHOLDER: lower-cases tokens as lemmas; the language core replaces it with trained models.
/// </summary>
public sealed class Annotator : IDocumentComponent
{
    public string Name => "annotator";
    public IReadOnlyList<string> Assigns { get; } = ["upos", "xpos", "lemma", "head", "deprel"];

    public static Annotator Load(ResourcePaths paths) => new();

    public void Process(Document document)
    {
        foreach (var token in document.Tokens) token.Lemma ??= token.Text.ToLowerInvariant();
    }
}
