using Parley.Text;

namespace Parley.Tests.Text;

public sealed class SentenceSplitterTests
{
    private static string[] Sentences(string line)
    {
        var spans = Tokenizer.Tokenize(line);
        var output = new List<SentenceRange>();
        SentenceSplitter.Split(line, spans, 0, spans.Count, output);
        return output.Select(r => line[spans[r.FirstToken].Start..spans[r.FirstToken + r.TokenCount - 1].End]).ToArray();
    }

    [Fact]
    public void SplitsAtSentenceFinalPunctuation() =>
        Assert.Equal(["It rained.", "Was it cold?", "Yes!"], Sentences("It rained. Was it cold? Yes!"));

    [Fact]
    public void TitlesAndInitialsDoNotEndSentences() =>
        Assert.Equal(["Dr. Smith met Gen. Jones and J. R. Ewing."], Sentences("Dr. Smith met Gen. Jones and J. R. Ewing."));

    [Fact]
    public void AbbreviationEndsSentenceOnlyBeforeAnOpener()
    {
        Assert.Equal(["Talks with the U.S. Congress failed."], Sentences("Talks with the U.S. Congress failed."));
        Assert.Equal(["Iran distrusts the U.S.", "The talks failed."], Sentences("Iran distrusts the U.S. The talks failed."));
    }

    [Fact]
    public void ClosingQuotesStayWithTheirSentence() =>
        Assert.Equal(["He said: \"We will not talk.\"", "Then he left."], Sentences("He said: \"We will not talk.\" Then he left."));

    [Fact]
    public void QuoteClosedAfterTheStopStartsNextSentenceCorrectly() =>
        Assert.Equal(["“I won't negotiate.", "Do what you want”.", "This is echoed."],
            Sentences("“I won't negotiate. Do what you want”. This is echoed."));

    [Fact]
    public void LowerCaseAfterAStopDoesNotSplit() =>
        Assert.Equal(["He scored 3.5 pts. and won."], Sentences("He scored 3.5 pts. and won."));

    [Fact]
    public void DecimalsAndNumbersDoNotSplit() =>
        Assert.Equal(["Growth was 3.5 percent in 2019.", "It fell."], Sentences("Growth was 3.5 percent in 2019. It fell."));
}
