namespace Parley.Text;

/// <summary>
/// Splits the document into sentences and tokens with character offsets. Cleaned articles keep
/// their line structure, so every line break is a hard boundary: a line without closing
/// punctuation (a headline) is one sentence marked <see cref="Sentence.IsHeading"/>, a line of
/// bullets or dashes alone makes no sentence, a leading bullet is dropped, and other lines are
/// split by <see cref="SentenceSplitter"/> over the tokens of <see cref="Tokenizer"/>.
/// Stateless and thread-safe.
/// </summary>
public sealed class Segmenter : IDocumentComponent
{
    public string Name => "segmenter";
    public IReadOnlyList<string> Assigns { get; } = ["tokens", "sentences"];

    public static Segmenter Load(ResourcePaths paths) => new();

    public void Process(Document document)
    {
        var text = document.Text;
        var spans = new List<TokenSpan>();
        var sentences = new List<SentenceRange>();
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.Length;
            spans.Clear();
            sentences.Clear();
            SegmentLine(text, lineStart, lineEnd, spans, sentences);
            foreach (var range in sentences) AddSentence(document, spans, range);
            lineStart = lineEnd + 1;
        }
    }

    /// <summary>Tokenizes one line and splits it into sentences (no sentences for a bullet-only line).</summary>
    public static void SegmentLine(string text, int lineStart, int lineEnd, List<TokenSpan> spans, List<SentenceRange> sentences)
    {
        Tokenizer.Tokenize(text, lineStart, lineEnd, spans);
        var first = 0;
        while (first < spans.Count && IsBullet(text, spans[first], first + 1 < spans.Count)) first++;
        var count = spans.Count - first;
        if (count == 0 || !HasWordCharacter(text, spans, first)) return;
        if (SentenceSplitter.IsHeadingLine(text, spans, first, count))
            sentences.Add(new SentenceRange(first, count, true));
        else
            SentenceSplitter.Split(text, spans, first, count, sentences);
    }

    private static void AddSentence(Document document, List<TokenSpan> spans, SentenceRange range)
    {
        var text = document.Text;
        var sentenceIndex = document.Sentences.Count;
        var firstToken = document.Tokens.Count;
        for (var k = range.FirstToken; k < range.FirstToken + range.TokenCount; k++)
        {
            var span = spans[k];
            document.Tokens.Add(new Token
            {
                Index = document.Tokens.Count,
                Start = span.Start,
                End = span.End,
                Text = text.Substring(span.Start, span.Length),
                SentenceIndex = sentenceIndex,
                SpaceAfter = span.End >= text.Length || Tokenizer.IsSpace(text[span.End]),
            });
        }
        var lastSpan = spans[range.FirstToken + range.TokenCount - 1];
        document.Sentences.Add(new Sentence
        {
            Index = sentenceIndex,
            Start = spans[range.FirstToken].Start,
            End = lastSpan.End,
            FirstToken = firstToken,
            TokenCount = range.TokenCount,
            IsHeading = range.IsHeading,
        });
    }

    private static bool IsBullet(string text, TokenSpan span, bool hasMore)
    {
        if (span.Length != 1) return false;
        var c = text[span.Start];
        if (c is '•' or '·' or '▪' or '◦' or '‣' or '*' or '►' or '■' or '●' or '○') return true;
        // A dash opening a line is a bullet when words follow it.
        return hasMore && Tokenizer.IsDash(c) && span.End < text.Length && Tokenizer.IsSpace(text[span.End]);
    }

    private static bool HasWordCharacter(string text, List<TokenSpan> spans, int first)
    {
        for (var k = first; k < spans.Count; k++)
            for (var i = spans[k].Start; i < spans[k].End; i++)
                if (char.IsLetterOrDigit(text[i])) return true;
        return false;
    }
}
