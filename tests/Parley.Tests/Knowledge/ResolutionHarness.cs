using Parley.Knowledge;
using Parley.Text;
using Parley.Time;

namespace Parley.Tests.Knowledge;

/// <summary>Runs the segmenter, the mention finder and the claim checker on a sentence at a date.</summary>
internal static class ResolutionHarness
{
    private static readonly Lazy<(MentionFinder Mentions, ClaimChecker Claims)> Components = new(() =>
        (new MentionFinder(KbFixture.Repository), new ClaimChecker(KbFixture.Repository)));

    public static Document Analyze(string text, string? published, bool whitespaceTokens = false)
    {
        var document = new Document(text, published is null ? null : PartialDate.Parse(published));
        if (whitespaceTokens) WhitespaceSegment(document);
        else Segmenter.Load(Parley.Tests.Support.RepoPaths.Resources).Process(document);
        Components.Value.Mentions.Process(document);
        Components.Value.Claims.Process(document);
        return document;
    }

    public static Mention Mention(Document document, string text) =>
        document.Mentions.SingleOrDefault(m => m.Text == text)
        ?? throw new Xunit.Sdk.XunitException($"no mention '{text}' among: {string.Join(" | ", document.Mentions.Select(m => m.Text))}");

    /// <summary>One token per whitespace-separated chunk, punctuation and "'s" left attached (a naive tokenizer).</summary>
    private static void WhitespaceSegment(Document document)
    {
        var text = document.Text;
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            var s = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i])) i++;
            if (i > s) document.Tokens.Add(new Token { Index = document.Tokens.Count, Start = s, End = i, Text = text[s..i] });
        }
        document.Sentences.Add(new Sentence { Index = 0, Start = 0, End = text.Length, FirstToken = 0, TokenCount = document.Tokens.Count });
    }
}
