using Parley.Language.Models;

namespace Parley.Language;

/// <summary>
/// Labels the arcs of a parsed sentence (averaged perceptron). Words are labeled top-down from
/// the root, so each decision sees its head's label, and it sees the whole tree: the dependent's
/// and head's words, tags, children and siblings (a passive auxiliary among the siblings of a
/// subject makes it nsubj:pass). Immutable and thread-safe.
/// </summary>
public sealed class DependencyLabeler
{
    private const int FeatureCount = 48;
    private static readonly ulong NoWord = FeatureHash.Of("<none>");
    private const ulong RootTag = 1001;
    private readonly SparseWeights _weights;

    public DependencyLabeler(SparseWeights weights) => _weights = weights;

    public SparseWeights Weights => _weights;
    public string LabelName(int label) => _weights.ClassNames[label];

    /// <summary>A parsed sentence: hashed lower-case words, hashed 3-letter suffixes, tags, heads (-1 root).</summary>
    public readonly record struct Tree(ulong[] Words, ulong[] Suffixes, int[] Tags, int[] Heads);

    public int[] Label(Tree tree)
    {
        var n = tree.Heads.Length;
        var labels = new int[n];
        Array.Fill(labels, -1);
        Span<ulong> features = stackalloc ulong[FeatureCount];
        Span<float> scores = stackalloc float[_weights.Classes];
        foreach (var d in TopDown(tree.Heads))
        {
            var count = Extract(tree, labels, d, features);
            _weights.Score(features[..count], scores);
            labels[d] = SparseWeights.ArgMax(scores, _weights.Classes);
        }
        return labels;
    }

    /// <summary>Words in breadth-first order from the root (words in cycles, which a parse never has, come last).</summary>
    private static List<int> TopDown(int[] heads)
    {
        var n = heads.Length;
        var order = new List<int>(n);
        var seen = new bool[n];
        var queueHead = -1;
        var cursor = 0;
        while (true)
        {
            for (var i = 0; i < n; i++)
                if (!seen[i] && heads[i] == queueHead) { seen[i] = true; order.Add(i); }
            if (cursor >= order.Count) break;
            queueHead = order[cursor++];
        }
        for (var i = 0; i < n; i++) if (!seen[i]) order.Add(i);
        return order;
    }

    private static int Extract(Tree t, int[] labels, int d, Span<ulong> f)
    {
        var n = t.Heads.Length;
        var h = t.Heads[d];
        ulong W(int i) => i < 0 || i >= n ? NoWord : t.Words[i];
        ulong P(int i) => i < 0 || i >= n ? RootTag : (ulong)t.Tags[i];
        var dw = W(d); var dp = P(d); var hw = W(h); var hp = P(h);
        var direction = h < 0 ? 0UL : h < d ? 1UL : 2UL;
        var distance = h < 0 ? 0UL : (ulong)Math.Min(Math.Abs(h - d), 6);
        var headLabel = h < 0 ? 500UL : (ulong)(labels[h] + 1);
        var grand = h < 0 ? -1 : t.Heads[h];
        var k = 0;
        f[k++] = FeatureHash.Feature(0, 1);
        f[k++] = FeatureHash.Feature(1, dw); f[k++] = FeatureHash.Feature(2, dp); f[k++] = FeatureHash.Feature(3, hw);
        f[k++] = FeatureHash.Feature(4, hp); f[k++] = FeatureHash.Feature(5, dp, hp); f[k++] = FeatureHash.Feature(6, dw, hp);
        f[k++] = FeatureHash.Feature(7, dp, hw); f[k++] = FeatureHash.Feature(8, direction, distance); f[k++] = FeatureHash.Feature(9, dp, hp, direction);
        f[k++] = FeatureHash.Feature(10, dp, hp, direction * 8 + distance); f[k++] = FeatureHash.Feature(11, headLabel);
        f[k++] = FeatureHash.Feature(12, headLabel, dp); f[k++] = FeatureHash.Feature(13, headLabel, dp, hp);
        f[k++] = FeatureHash.Feature(14, dw, hw); f[k++] = FeatureHash.Feature(15, t.Suffixes[d], dp);
        f[k++] = FeatureHash.Feature(16, W(d - 1), dp); f[k++] = FeatureHash.Feature(17, W(d + 1), dp);
        f[k++] = FeatureHash.Feature(18, P(d - 1), dp, P(d + 1)); f[k++] = FeatureHash.Feature(19, P(grand), hp, dp);
        f[k++] = FeatureHash.Feature(20, d == 0 ? 1UL : 0UL, dp); f[k++] = FeatureHash.Feature(21, dw, direction);
        f[k++] = FeatureHash.Feature(22, hw, dp, direction);
        var children = 0;
        var siblings = 0;
        for (var i = 0; i < n && k < FeatureCount - 2; i++)
        {
            if (t.Heads[i] == d && children < 6)
            {
                children++;
                var side = i < d ? 1UL : 2UL;
                f[k++] = FeatureHash.Feature(30, W(i), dp, side);
                f[k++] = FeatureHash.Feature(31, P(i), dp, side);
            }
            else if (i != d && h >= 0 && t.Heads[i] == h && siblings < 6)
            {
                siblings++;
                var side = (i < d ? 1UL : 2UL) + (i < h ? 4UL : 8UL);
                f[k++] = FeatureHash.Feature(32, W(i), dp, side);
                f[k++] = FeatureHash.Feature(33, P(i), dp, hp);
            }
        }
        f[k++] = FeatureHash.Feature(34, (ulong)children, dp);
        return k;
    }

    /// <summary>Trains on gold trees (with the tags the tagger predicts) and their gold labels.</summary>
    public static DependencyLabeler Train(IReadOnlyList<(Tree Tree, string[] Labels)> examples, int epochs, int seed)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new List<string>();
        var gold = new List<int[]>();
        foreach (var (_, labels) in examples)
        {
            var ids = new int[labels.Length];
            for (var i = 0; i < labels.Length; i++)
            {
                if (!index.TryGetValue(labels[i], out var id)) { id = names.Count; index[labels[i]] = id; names.Add(labels[i]); }
                ids[i] = id;
            }
            gold.Add(ids);
        }
        var trainer = new PerceptronTrainer(names.Count);
        var random = new Random(seed);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        Span<ulong> features = stackalloc ulong[FeatureCount];
        Span<float> scores = stackalloc float[names.Count];
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var e in order)
            {
                var tree = examples[e].Tree;
                var truth = gold[e];
                var labels = new int[truth.Length];
                Array.Fill(labels, -1);
                foreach (var d in TopDown(tree.Heads))
                {
                    var count = Extract(tree, labels, d, features);
                    trainer.Score(features[..count], scores);
                    var guess = SparseWeights.ArgMax(scores, names.Count);
                    trainer.Update(features[..count], truth[d], guess);
                    trainer.Tick();
                    labels[d] = guess;
                }
            }
        }
        return new DependencyLabeler(trainer.Average(names, 0.05f));
    }
}
