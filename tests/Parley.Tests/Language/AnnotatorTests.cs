using Parley.Language;
using Parley.Tests.Support;
using Parley.Text;

namespace Parley.Tests.Language;

public sealed class AnnotatorTests
{
    private static Document Annotate(string text)
    {
        var document = new Document(text);
        Segmenter.Load(RepoPaths.Resources).Process(document);
        Annotator.Load(RepoPaths.Resources).Process(document);
        return document;
    }

    private static Token Word(Document d, string text) => d.Tokens.First(t => t.Text == text);
    private static Token? HeadOf(Document d, Token t) => t.Head < 0 ? null : d.Tokens[t.Head];

    [ModelFact]
    public void ParsesATransitiveClause()
    {
        var d = Annotate("The government imposed new sanctions on Iran.");
        var verb = Word(d, "imposed");
        Assert.Equal(-1, verb.Head);
        Assert.Equal("root", verb.DepRel);
        Assert.Equal("VERB", verb.Upos);
        Assert.Equal("VBD", verb.Xpos);
        Assert.Equal("impose", verb.Lemma);
        Assert.Same(verb, HeadOf(d, Word(d, "government")));
        Assert.Equal("nsubj", Word(d, "government").DepRel);
        Assert.Same(verb, HeadOf(d, Word(d, "sanctions")));
        Assert.Equal("obj", Word(d, "sanctions").DepRel);
        Assert.Equal("sanction", Word(d, "sanctions").Lemma);
        Assert.Equal("amod", Word(d, "new").DepRel);
        Assert.Equal("PROPN", Word(d, "Iran").Upos);
        Assert.Equal("case", Word(d, "on").DepRel);
        Assert.Same(Word(d, "Iran"), HeadOf(d, Word(d, "on")));
    }

    [ModelFact]
    public void ParsesAPassiveWithItsAgent()
    {
        var d = Annotate("The strike was ordered by the president.");
        var verb = Word(d, "ordered");
        Assert.Equal("root", verb.DepRel);
        Assert.Equal("nsubj:pass", Word(d, "strike").DepRel);
        Assert.Equal("aux:pass", Word(d, "was").DepRel);
        Assert.Equal("be", Word(d, "was").Lemma);
        Assert.Same(verb, HeadOf(d, Word(d, "president")));
        Assert.Equal("obl", Word(d, "president").DepRel);
    }

    [ModelFact]
    public void ParsesNegationClitisAndAuxiliaries()
    {
        var d = Annotate("Iran won't negotiate with the United States.");
        var verb = Word(d, "negotiate");
        Assert.Equal("root", verb.DepRel);
        Assert.Equal("aux", Word(d, "wo").DepRel);
        Assert.Equal("will", Word(d, "wo").Lemma);
        Assert.Equal("advmod", Word(d, "n't").DepRel);
        Assert.Equal("not", Word(d, "n't").Lemma);
        Assert.Equal("nsubj", Word(d, "Iran").DepRel);
        Assert.Same(verb, HeadOf(d, Word(d, "States")));
    }

    [ModelFact]
    public void EverySentenceIsATreeWithOneRootAndDocumentWideHeads()
    {
        var d = Annotate("Russia offered to mediate. Iran said it would not talk under threats, officials said.\nThe Road Ahead");
        foreach (var sentence in d.Sentences)
        {
            var tokens = d.TokensOf(sentence).ToList();
            Assert.Single(tokens, t => t.Head == -1);
            foreach (var t in tokens)
            {
                Assert.False(string.IsNullOrEmpty(t.Upos));
                Assert.False(string.IsNullOrEmpty(t.Xpos));
                Assert.False(string.IsNullOrEmpty(t.Lemma));
                Assert.False(string.IsNullOrEmpty(t.DepRel));
                if (t.Head >= 0) Assert.InRange(t.Head, sentence.FirstToken, sentence.FirstToken + sentence.TokenCount - 1);
                // Following heads from any token reaches the root without a cycle.
                var steps = 0;
                for (var h = t.Head; h >= 0; h = d.Tokens[h].Head) Assert.True(++steps <= sentence.TokenCount);
            }
        }
    }

    [Fact]
    public void WithoutAModelEveryTokenStillGetsValues()
    {
        using var temp = new TempFolder();
        var paths = ResourcePaths.At(temp.Path);
        var document = new Document("Talks failed. Iran left.");
        Segmenter.Load(paths).Process(document);
        var annotator = Annotator.Load(paths);
        annotator.Process(document);
        Assert.False(annotator.HasModels);
        Assert.All(document.Tokens, t =>
        {
            Assert.Equal(t.Text.ToLowerInvariant(), t.Lemma);
            Assert.NotNull(t.Upos);
            Assert.NotNull(t.DepRel);
            Assert.Equal(-1, t.Head);
        });
    }
}
