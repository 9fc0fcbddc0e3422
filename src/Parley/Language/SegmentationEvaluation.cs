using Parley.Text;

namespace Parley.Language;

/// <summary>Precision, recall and F1 of predicted against gold spans (exact match).</summary>
public readonly record struct SpanScore(int Gold, int Predicted, int Correct)
{
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;
    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>Sentence and token segmentation scores on raw text rebuilt from a treebank.</summary>
public sealed record SegmentationScores(SpanScore Sentences, SpanScore Tokens, int Characters);

/// <summary>
/// Rebuilds running text from a treebank (sentences of a paragraph joined by a space, paragraphs
/// by a line break, as in a cleaned article), segments it, and scores the sentence and token spans.
/// </summary>
public static class SegmentationEvaluation
{
    public static SegmentationScores Evaluate(IReadOnlyList<ConlluSentence> treebank, Segmenter segmenter)
    {
        var builder = new System.Text.StringBuilder();
        var goldSentences = new HashSet<(int, int)>();
        var goldTokens = new HashSet<(int, int)>();
        foreach (var sentence in treebank)
        {
            var text = sentence.Text ?? string.Join(' ', sentence.Words.Select(w => w.Form));
            if (builder.Length > 0) builder.Append(sentence.StartsParagraph ? '\n' : ' ');
            var start = builder.Length;
            builder.Append(text);
            goldSentences.Add((start, builder.Length));
            AddGoldTokens(text, start, sentence, goldTokens);
        }
        var document = new Document(builder.ToString());
        segmenter.Process(document);
        var sentenceCorrect = 0;
        foreach (var s in document.Sentences) if (goldSentences.Contains((s.Start, s.End))) sentenceCorrect++;
        var tokenCorrect = 0;
        foreach (var t in document.Tokens) if (goldTokens.Contains((t.Start, t.End))) tokenCorrect++;
        return new SegmentationScores(
            new SpanScore(goldSentences.Count, document.Sentences.Count, sentenceCorrect),
            new SpanScore(goldTokens.Count, document.Tokens.Count, tokenCorrect),
            document.Text.Length);
    }

    /// <summary>Locates each word form in the sentence text in order; words not found verbatim are left out.</summary>
    private static void AddGoldTokens(string text, int offset, ConlluSentence sentence, HashSet<(int, int)> gold)
    {
        var position = 0;
        foreach (var word in sentence.Words)
        {
            var found = text.IndexOf(word.Form, position, StringComparison.Ordinal);
            if (found < 0 || found - position > 2) continue;
            gold.Add((offset + found, offset + found + word.Form.Length));
            position = found + word.Form.Length;
        }
    }
}
