using System.IO.Compression;
using System.Text;

namespace Parley.Language;

/// <summary>The annotation of one sentence: tags, lemmas, heads (sentence-local word index, -1 root) and relations.</summary>
public sealed record SentenceAnalysis(string[] Upos, string[] Xpos, string[] Lemmas, int[] Heads, string[] DepRels);

/// <summary>
/// The trained English models (tagger, lemmatizer, labeled parser), read from one Brotli-compressed
/// binary file (format in docs/language.md). Immutable and thread-safe: load once, share.
/// </summary>
public sealed class LanguageModels
{
    public const string FileName = "english-ewt.nlp.br";
    private const string Magic = "PARLEY-NLP";
    /// <summary>Version 5 added the parser's beam width; version 4 files (greedy parsers) are still read.</summary>
    public const int FormatVersion = 5;

    public LanguageModels(Tagger tagger, Lemmatizer lemmatizer, DependencyParser parser, string description)
    {
        Tagger = tagger;
        Lemmatizer = lemmatizer;
        Parser = parser;
        Description = description;
    }

    public Tagger Tagger { get; }
    public Lemmatizer Lemmatizer { get; }
    public DependencyParser Parser { get; }
    /// <summary>How the models were trained (data, seed, epochs), stored in the file.</summary>
    public string Description { get; }

    public static string PathIn(ResourcePaths paths) => paths.Model(FileName);

    /// <summary>Loads the models, or returns null when the file is absent (a checkout without trained models).</summary>
    public static LanguageModels? TryLoad(ResourcePaths paths)
    {
        var path = PathIn(paths);
        return File.Exists(path) ? Load(path) : null;
    }

    public static LanguageModels Load(string path)
    {
        using var file = File.OpenRead(path);
        using var brotli = new BrotliStream(file, CompressionMode.Decompress);
        using var buffered = new BufferedStream(brotli, 1 << 16);
        using var reader = new BinaryReader(buffered, Encoding.UTF8);
        if (reader.ReadString() != Magic) throw new InvalidDataException($"{path}: not a Parley language model file");
        var version = reader.ReadInt32();
        if (version != FormatVersion && version != 4) throw new InvalidDataException($"{path}: model format {version}, this build reads {FormatVersion}; retrain with `parley nlp train`");
        var description = reader.ReadString();
        var taggerWeights = Models.SparseWeights.Read(reader);
        var tagger = new Tagger(taggerWeights, Models.SparseWeights.Read(reader), TagDictionary.Read(reader));
        var lemmatizer = Lemmatizer.Read(reader);
        var transitions = Models.SparseWeights.Read(reader);
        var arcLabels = Models.SparseWeights.Read(reader);
        var parser = new DependencyParser(transitions, arcLabels, version >= 5 ? reader.ReadInt32() : 1);
        return new LanguageModels(tagger, lemmatizer, parser, description);
    }

    public void Save(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var file = File.Create(path);
        // Brotli's top quality (11) with a 4 MB window: slower to write, once per training run,
        // and about a fifth smaller than the default level.
        using var brotli = new BrotliStream(file, new BrotliCompressionOptions { Quality = 11 });
        using var writer = new BinaryWriter(brotli, Encoding.UTF8);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(Description);
        Tagger.Weights.Write(writer);
        Tagger.RevisionWeights.Write(writer);
        Tagger.Dictionary.Write(writer);
        Lemmatizer.Write(writer);
        Parser.Weights.Write(writer);
        Parser.LabelWeights.Write(writer);
        writer.Write(Parser.BeamWidth);
    }

    /// <summary>Tags, lemmatizes and parses one sentence of words.</summary>
    public SentenceAnalysis Analyze(IReadOnlyList<string> words)
    {
        var (lower, tags) = Tag(words);
        var upos = new string[words.Count];
        var xpos = new string[words.Count];
        var lemmas = new string[words.Count];
        Describe(words, tags, null, upos, xpos, lemmas);
        var timePhrases = TimePhraseDetacher.Find(words, upos, xpos);
        if (timePhrases.Count == 0)
        {
            var parse = Parser.Parse(lower, tags, words.Count);
            return new SentenceAnalysis(upos, xpos, lemmas, parse.Heads, parse.Relations);
        }
        // Without the time phrase the words around it are tagged again too: "Saturday hosted"
        // looked like a participle, "Yeltsin hosted" does not.
        var (heads, relations) = TimePhraseDetacher.ParseWithout(words, timePhrases, kept =>
        {
            var keptWords = kept.Select(i => words[i]).ToList();
            var (keptLower, keptTags) = Tag(keptWords);
            Describe(words, keptTags, kept, upos, xpos, lemmas);
            var parse = Parser.Parse(keptLower, keptTags, kept.Length);
            return (parse.Heads, parse.Relations);
        });
        return new SentenceAnalysis(upos, xpos, lemmas, heads, relations);
    }

    private (ulong[] Lower, int[] Tags) Tag(IReadOnlyList<string> words)
    {
        var n = words.Count;
        var hashes = new WordHashes();
        Tagger.Fill(hashes, words);
        var tags = new int[n];
        Tagger.Tag(hashes, tags);
        var lower = new ulong[n];
        Array.Copy(hashes.Lower, WordHashes.Padding, lower, 0, n);
        return (lower, tags);
    }

    /// <summary>Writes tags and lemmas of the words at <paramref name="positions"/> (tags[k] belongs to positions[k]; null: every word).</summary>
    private void Describe(IReadOnlyList<string> words, int[] tags, int[]? positions, string[] upos, string[] xpos, string[] lemmas)
    {
        for (var k = 0; k < tags.Length; k++)
        {
            var i = positions?[k] ?? k;
            upos[i] = Tagger.Upos(tags[k]);
            xpos[i] = Tagger.Xpos(tags[k]);
            lemmas[i] = Lemmatizer.Lemmatize(words[i], xpos[i]);
        }
    }
}
