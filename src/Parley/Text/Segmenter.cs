namespace Parley.Text;

/// <summary>
/// Splits the document into sentences and tokens with character offsets.
/// PLACEHOLDER: splits on whitespace and line breaks only; the language core replaces it.
/// </summary>
public sealed class Segmenter : IDocumentComponent
{
    public string Name => "segmenter";
    public IReadOnlyList<string> Assigns { get; } = ["tokens", "sentences"];

    public static Segmenter Load(ResourcePaths paths) => new();

    public void Process(Document document)
    {
        var text = document.Text;
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.Length;
            var first = document.Tokens.Count;
            var i = lineStart;
            while (i < lineEnd)
            {
                while (i < lineEnd && char.IsWhiteSpace(text[i])) i++;
                var s = i;
                while (i < lineEnd && !char.IsWhiteSpace(text[i])) i++;
                if (i > s)
                    document.Tokens.Add(new Token { Index = document.Tokens.Count, Start = s, End = i, Text = text[s..i], SentenceIndex = document.Sentences.Count });
            }
            if (document.Tokens.Count > first)
            {
                document.Sentences.Add(new Sentence
                {
                    Index = document.Sentences.Count, Start = document.Tokens[first].Start,
                    End = document.Tokens[^1].End, FirstToken = first, TokenCount = document.Tokens.Count - first,
                });
            }
            lineStart = lineEnd + 1;
        }
    }
}
