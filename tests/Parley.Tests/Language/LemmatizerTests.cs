using Parley.Language;

namespace Parley.Tests.Language;

public sealed class LemmatizerTests
{
    private static ConlluSentence Sentence(params (string Form, string Lemma, string Xpos)[] words)
    {
        var sentence = new ConlluSentence();
        foreach (var (form, lemma, xpos) in words) sentence.Words.Add(new ConlluWord { Form = form, Lemma = lemma, Xpos = xpos });
        return sentence;
    }

    private static readonly ConlluSentence[] Training =
    [
        Sentence(("Leaders", "leader", "NNS"), ("imposed", "impose", "VBD"), ("sanctions", "sanction", "NNS")),
        Sentence(("Talks", "talk", "NNS"), ("collapsed", "collapse", "VBD"), ("was", "be", "VBD"), ("Iran", "Iran", "NNP")),
        Sentence(("officials", "official", "NNS"), ("opposed", "oppose", "VBD"), ("threats", "threat", "NNS"), ("went", "go", "VBD")),
        Sentence(("were", "be", "VBD"), ("refused", "refuse", "VBD"), ("studies", "study", "NNS"), ("countries", "country", "NNS")),
    ];

    [Fact]
    public void KnownWordsUseTheirLearnedLemma()
    {
        var lemmatizer = Lemmatizer.Train(Training);
        Assert.Equal("be", lemmatizer.Lemmatize("was", "VBD"));
        Assert.Equal("go", lemmatizer.Lemmatize("went", "VBD"));
        Assert.Equal("Iran", lemmatizer.Lemmatize("Iran", "NNP"));
        Assert.Equal("leader", lemmatizer.Lemmatize("Leaders", "NNS"));
    }

    [Fact]
    public void UnseenWordsFollowSuffixRules()
    {
        var lemmatizer = Lemmatizer.Train(Training);
        Assert.Equal("propose", lemmatizer.Lemmatize("proposed", "VBD"));
        Assert.Equal("policy", lemmatizer.Lemmatize("policies", "NNS"));
        Assert.Equal("diplomat", lemmatizer.Lemmatize("diplomats", "NNS"));
        Assert.Equal("Tehran", lemmatizer.Lemmatize("Tehran", "NNP"));
    }

    [Fact]
    public void SurvivesAWriteAndReadRoundTrip()
    {
        var lemmatizer = Lemmatizer.Train(Training);
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true)) lemmatizer.Write(writer);
        stream.Position = 0;
        var again = Lemmatizer.Read(new BinaryReader(stream));
        foreach (var (form, xpos) in new[] { ("went", "VBD"), ("policies", "NNS"), ("proposed", "VBD") })
            Assert.Equal(lemmatizer.Lemmatize(form, xpos), again.Lemmatize(form, xpos));
    }
}
