using Parley.Language;

namespace Parley.Tests.Language;

public sealed class ConlluTests
{
    private const string Sample =
        "# newdoc id = d1\n# text = They don't.\n" +
        "1\tThey\tthey\tPRON\tPRP\t_\t3\tnsubj\t_\t_\n" +
        "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n" +
        "2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_\n" +
        "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\tSpaceAfter=No\n" +
        "3.1\tgo\tgo\tVERB\tVB\t_\t_\t_\t0:root\t_\n" +
        "4\t.\t.\tPUNCT\t.\t_\t0\tpunct\t_\t_\n\n";

    [Fact]
    public void ReadsWordsSkippingEmptyNodesAndKeepingMultiwordLines()
    {
        var sentences = Conllu.Read(new StringReader(Sample));
        var sentence = Assert.Single(sentences);
        Assert.Equal("They don't.", sentence.Text);
        Assert.True(sentence.StartsDocument);
        Assert.Equal(["They", "do", "n't", "."], sentence.Words.Select(w => w.Form));
        Assert.Equal(0, sentence.Words[3].Head);
        Assert.False(sentence.Words[2].SpaceAfter);
        Assert.True(sentence.MultiwordLines.ContainsKey(2));
    }

    [Fact]
    public void WritesWhatItReads()
    {
        var sentences = Conllu.Read(new StringReader(Sample));
        var writer = new StringWriter();
        Conllu.Write(writer, sentences);
        var again = Conllu.Read(new StringReader(writer.ToString()));
        Assert.Equal(sentences[0].Words.Select(w => (w.Form, w.Lemma, w.Upos, w.Head, w.DepRel)),
            again[0].Words.Select(w => (w.Form, w.Lemma, w.Upos, w.Head, w.DepRel)));
        Assert.Contains("2-3\tdon't", writer.ToString());
    }

    [Fact]
    public void MalformedLineIsAnInputError()
    {
        var error = Assert.Throws<ParleyInputException>(() => Conllu.Read(new StringReader("1\tonly\tthree\n"), "bad.conllu"));
        Assert.Contains("line 1", error.Message);
    }
}
