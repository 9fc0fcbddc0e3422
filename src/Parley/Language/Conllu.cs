using System.Text;

namespace Parley.Language;

/// <summary>One syntactic word of a CoNLL-U sentence (multi-word token lines and empty nodes are skipped).</summary>
public sealed class ConlluWord
{
    public required string Form { get; set; }
    public string Lemma { get; set; } = "_";
    public string Upos { get; set; } = "_";
    public string Xpos { get; set; } = "_";
    public string Feats { get; set; } = "_";
    /// <summary>Head as a 1-based word number, 0 for the root (the file's convention).</summary>
    public int Head { get; set; }
    public string DepRel { get; set; } = "_";
    public string Deps { get; set; } = "_";
    public string Misc { get; set; } = "_";
    public bool SpaceAfter => !Misc.Contains("SpaceAfter=No", StringComparison.Ordinal);
}

/// <summary>A CoNLL-U sentence: its comment lines, its words and the multi-word token lines kept verbatim.</summary>
public sealed class ConlluSentence
{
    public List<string> Comments { get; } = new();
    public List<ConlluWord> Words { get; } = new();
    /// <summary>Multi-word token lines ("3-4 don't ..."), keyed by the number of the first word they span.</summary>
    public Dictionary<int, string> MultiwordLines { get; } = new();

    public string? Text => Comment("text");
    public bool StartsDocument => Comments.Exists(c => c.StartsWith("# newdoc", StringComparison.Ordinal));
    public bool StartsParagraph => Comments.Exists(c => c.StartsWith("# newpar", StringComparison.Ordinal)) || StartsDocument;

    public string? Comment(string key)
    {
        var prefix = "# " + key + " = ";
        foreach (var c in Comments) if (c.StartsWith(prefix, StringComparison.Ordinal)) return c[prefix.Length..];
        return null;
    }
}

/// <summary>Reads and writes the CoNLL-U format of Universal Dependencies treebanks.</summary>
public static class Conllu
{
    public static List<ConlluSentence> ReadFile(string path)
    {
        if (!File.Exists(path)) throw new ParleyInputException(path, "no such file");
        using var reader = new StreamReader(path, Encoding.UTF8);
        return Read(reader, path);
    }

    public static List<ConlluSentence> Read(TextReader reader, string origin = "input")
    {
        var sentences = new List<ConlluSentence>();
        var current = new ConlluSentence();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                if (current.Words.Count > 0) sentences.Add(current);
                current = new ConlluSentence();
                continue;
            }
            if (line[0] == '#') { current.Comments.Add(line); continue; }
            var fields = line.Split('\t');
            if (fields.Length != 10) throw new ParleyInputException(origin, $"line {lineNumber}: expected 10 tab-separated fields, found {fields.Length}");
            var id = fields[0];
            if (id.Contains('.')) continue; // an empty node of the enhanced graph
            var dash = id.IndexOf('-');
            if (dash > 0)
            {
                if (int.TryParse(id.AsSpan(0, dash), out var firstWord)) current.MultiwordLines[firstWord] = line;
                continue;
            }
            current.Words.Add(new ConlluWord
            {
                Form = fields[1], Lemma = fields[2], Upos = fields[3], Xpos = fields[4], Feats = fields[5],
                Head = int.TryParse(fields[6], out var head) ? head : 0,
                DepRel = fields[7], Deps = fields[8], Misc = fields[9],
            });
        }
        if (current.Words.Count > 0) sentences.Add(current);
        return sentences;
    }

    public static void Write(TextWriter writer, IEnumerable<ConlluSentence> sentences)
    {
        var line = new StringBuilder();
        foreach (var sentence in sentences)
        {
            foreach (var comment in sentence.Comments) writer.WriteLine(comment);
            for (var i = 0; i < sentence.Words.Count; i++)
            {
                if (sentence.MultiwordLines.TryGetValue(i + 1, out var multiword)) writer.WriteLine(multiword);
                var w = sentence.Words[i];
                line.Clear();
                line.Append(i + 1).Append('\t').Append(w.Form).Append('\t').Append(w.Lemma).Append('\t')
                    .Append(w.Upos).Append('\t').Append(w.Xpos).Append('\t').Append(w.Feats).Append('\t')
                    .Append(w.Head).Append('\t').Append(w.DepRel).Append('\t').Append(w.Deps).Append('\t').Append(w.Misc);
                writer.WriteLine(line);
            }
            writer.WriteLine();
        }
    }
}
