using System.Text.Json;
using Parley.Tests.Support;

namespace Parley.Tests.Language;

public sealed class NlpCommandTests
{
    [Fact]
    public void SegmentWritesSentenceAndTokenOffsets()
    {
        using var temp = new TempFolder();
        const string text = "Talks Stall\nIran's leaders won't talk. The U.S. waits.\n-\n";
        var file = temp.Write("a.txt", text);
        var result = CliProcess.Run("nlp", "segment", "--input", file, "--format", "json");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var sentences = json.RootElement.GetProperty("sentences").EnumerateArray().ToList();
        Assert.Equal(3, sentences.Count);
        Assert.True(sentences[0].GetProperty("heading").GetBoolean());
        foreach (var s in sentences)
        {
            var start = s.GetProperty("start").GetInt32();
            var end = s.GetProperty("end").GetInt32();
            Assert.Equal(text[start..end], s.GetProperty("text").GetString());
            foreach (var t in s.GetProperty("tokens").EnumerateArray())
                Assert.Equal(text[t.GetProperty("start").GetInt32()..t.GetProperty("end").GetInt32()], t.GetProperty("text").GetString());
        }
    }

    [Fact]
    public void MissingInputIsAnInputError()
    {
        var result = CliProcess.Run("nlp", "parse", "--input", "no-such-file.conllu");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no-such-file.conllu", result.Stderr);
    }

    [ModelFact]
    public void ParseFillsTagsLemmasAndHeads()
    {
        using var temp = new TempFolder();
        var input = temp.Write("in.conllu", "# text = Iran rejected talks.\n1\tIran\t_\t_\t_\t_\t_\t_\t_\t_\n2\trejected\t_\t_\t_\t_\t_\t_\t_\t_\n3\ttalks\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n4\t.\t_\t_\t_\t_\t_\t_\t_\t_\n\n");
        var output = temp.File("out.conllu");
        var result = CliProcess.Run("nlp", "parse", "--input", input, "--output", output);
        Assert.Equal(0, result.ExitCode);
        var words = File.ReadAllLines(output).Where(l => l.Length > 0 && char.IsDigit(l[0])).Select(l => l.Split('\t')).ToList();
        Assert.Equal(4, words.Count);
        Assert.Equal(["reject", "VERB", "0", "root"], new[] { words[1][2], words[1][3], words[1][6], words[1][7] });
        Assert.Equal(["2", "nsubj"], new[] { words[0][6], words[0][7] });
        Assert.Equal(["2", "obj"], new[] { words[2][6], words[2][7] });
        Assert.Equal("SpaceAfter=No", words[2][9]);
    }
}
