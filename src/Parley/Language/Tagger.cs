using Parley.Language.Models;

namespace Parley.Language;

/// <summary>
/// Greedy left-to-right part-of-speech tagger (averaged perceptron) predicting the pair
/// "UPOS XPOS" as one class. Immutable and thread-safe; per-call buffers are local.
/// </summary>
public sealed class Tagger
{
    private readonly SparseWeights _weights;
    private readonly AmbiguityClasses _ambiguity;
    private readonly string[] _upos;
    private readonly string[] _xpos;

    public Tagger(SparseWeights weights, AmbiguityClasses ambiguity)
    {
        _weights = weights;
        _ambiguity = ambiguity;
        _upos = new string[weights.Classes];
        _xpos = new string[weights.Classes];
        for (var c = 0; c < weights.Classes; c++)
        {
            var name = weights.ClassNames[c];
            var space = name.IndexOf(' ');
            _upos[c] = space < 0 ? name : name[..space];
            _xpos[c] = space < 0 ? name : name[(space + 1)..];
        }
    }

    public SparseWeights Weights => _weights;
    public AmbiguityClasses Ambiguity => _ambiguity;
    public string Upos(int tag) => _upos[tag];
    public string Xpos(int tag) => _xpos[tag];

    /// <summary>Tags the words; returns one class index per word.</summary>
    public int[] Tag(IReadOnlyList<string> words)
    {
        var hashes = new WordHashes();
        hashes.Fill(words, _ambiguity);
        var tags = new int[words.Count];
        Tag(hashes, tags);
        return tags;
    }

    internal void Tag(WordHashes hashes, int[] tags)
    {
        Span<ulong> features = stackalloc ulong[TaggerFeatures.Count];
        Span<float> scores = stackalloc float[_weights.Classes];
        int p1 = -1, p2 = -2;
        for (var i = 0; i < hashes.Count; i++)
        {
            TaggerFeatures.Extract(hashes, i, p1, p2, i == 0, features);
            _weights.Score(features, scores);
            var tag = SparseWeights.ArgMax(scores, _weights.Classes);
            tags[i] = tag;
            p2 = p1;
            p1 = tag;
        }
    }

    /// <summary>Trains on (words, gold tag pairs); the class set is every "UPOS XPOS" pair seen.</summary>
    public static Tagger Train(IReadOnlyList<ConlluSentence> sentences, int epochs, int seed, Action<int, Tagger>? afterEpoch = null)
    {
        var classIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new List<string>();
        var data = new List<(string[] Words, int[] Tags)>();
        foreach (var sentence in sentences)
        {
            var words = new string[sentence.Words.Count];
            var tags = new int[words.Length];
            for (var i = 0; i < words.Length; i++)
            {
                words[i] = sentence.Words[i].Form;
                var name = sentence.Words[i].Upos + " " + sentence.Words[i].Xpos;
                if (!classIndex.TryGetValue(name, out var c)) { c = names.Count; classIndex[name] = c; names.Add(name); }
                tags[i] = c;
            }
            data.Add((words, tags));
        }
        var ambiguity = AmbiguityClasses.Build(data, names.Count);
        var trainer = new PerceptronTrainer(names.Count);
        var random = new Random(seed);
        var order = Enumerable.Range(0, data.Count).ToArray();
        var hashes = new WordHashes();
        Span<ulong> features = stackalloc ulong[TaggerFeatures.Count];
        Span<float> scores = stackalloc float[names.Count];
        Tagger? last = null;
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var index in order)
            {
                var (words, gold) = data[index];
                hashes.Fill(words, ambiguity);
                int p1 = -1, p2 = -2;
                for (var i = 0; i < words.Length; i++)
                {
                    TaggerFeatures.Extract(hashes, i, p1, p2, i == 0, features);
                    trainer.Score(features, scores);
                    var guess = SparseWeights.ArgMax(scores, names.Count);
                    trainer.Update(features, gold[i], guess);
                    trainer.Tick();
                    p2 = p1;
                    p1 = guess;
                }
            }
            if (afterEpoch != null || epoch == epochs - 1)
            {
                last = new Tagger(trainer.Average(names, 0.05f), ambiguity);
                afterEpoch?.Invoke(epoch, last);
            }
        }
        return last!;
    }
}
