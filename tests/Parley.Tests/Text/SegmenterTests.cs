using Parley.Text;

namespace Parley.Tests.Text;

public sealed class SegmenterTests
{
    private static Document Segment(string text)
    {
        var document = new Document(text);
        new Segmenter().Process(document);
        return document;
    }

    private static string[] SentenceTexts(Document d) => d.Sentences.Select(s => d.Text[s.Start..s.End]).ToArray();

    [Fact]
    public void EveryLineBreakIsABoundaryAndHeadlinesAreHeadings()
    {
        var d = Segment("Background: Iran and the U.S. - A Complex Relationship\nThe relationship has been strained. It worsened in 2018.\nThe Killing of a General\n");
        Assert.Equal(["Background: Iran and the U.S. - A Complex Relationship", "The relationship has been strained.", "It worsened in 2018.", "The Killing of a General"], SentenceTexts(d));
        Assert.Equal([true, false, false, true], d.Sentences.Select(s => s.IsHeading).ToArray());
    }

    [Fact]
    public void BulletOnlyLinesMakeNoSentenceAndLeadingBulletsAreDropped()
    {
        var d = Segment("Several factors:\n-\nLack of Trust: Iran feels the U.S. cannot be trusted.\n• Sanctions hurt the economy.\n- Military threats loom.\n");
        Assert.Equal(["Several factors:", "Lack of Trust: Iran feels the U.S. cannot be trusted.", "Sanctions hurt the economy.", "Military threats loom."], SentenceTexts(d));
        Assert.All(d.Sentences, s => Assert.False(s.IsHeading));
        Assert.DoesNotContain(d.Tokens, t => t.Text is "-" or "•");
    }

    [Fact]
    public void TokensCarryExactOffsetsSentenceIndexesAndSpacing()
    {
        var d = Segment("Iran's leaders won't talk.\r\nThe U.S. waits.");
        foreach (var token in d.Tokens) Assert.Equal(token.Text, d.Text[token.Start..token.End]);
        Assert.Equal(Enumerable.Range(0, d.Tokens.Count), d.Tokens.Select(t => t.Index));
        foreach (var sentence in d.Sentences)
            foreach (var token in d.TokensOf(sentence)) Assert.Equal(sentence.Index, token.SentenceIndex);
        Assert.False(d.Tokens[0].SpaceAfter); // "Iran" glued to "'s"
        Assert.True(d.Tokens[1].SpaceAfter);
        Assert.Equal(2, d.Sentences.Count);
    }

    [Fact]
    public void EmptyOrBlankTextGivesNothing()
    {
        Assert.Empty(Segment("").Tokens);
        Assert.Empty(Segment("\n \n\t\n").Sentences);
    }
}
