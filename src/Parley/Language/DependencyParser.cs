using Parley.Language.Models;

namespace Parley.Language;

/// <summary>
/// Greedy arc-hybrid dependency parser (unlabeled) with an averaged perceptron, trained with the
/// dynamic oracle of Goldberg and Nivre (2013) and exploration of its own mistakes. Immutable and
/// thread-safe.
/// </summary>
public sealed class DependencyParser
{
    private static readonly string[] TransitionNames = ["shift", "left", "right"];
    private readonly SparseWeights _weights;

    public DependencyParser(SparseWeights weights) => _weights = weights;

    public SparseWeights Weights => _weights;

    /// <summary>Returns the head of each word: a word index, or -1 for the root.</summary>
    public int[] Parse(ulong[] words, int[] tags, int length)
    {
        var state = new ParserState();
        state.Reset(length);
        Span<ulong> features = stackalloc ulong[ParserFeatures.Count];
        Span<float> scores = stackalloc float[ParserState.Transitions];
        while (!state.IsTerminal)
        {
            ParserFeatures.Extract(state, words, tags, features);
            _weights.Score(features, scores);
            state.Apply(BestValid(state, scores));
        }
        var heads = new int[length];
        for (var i = 0; i < length; i++) heads[i] = state.Heads[i] == length ? -1 : state.Heads[i];
        return heads;
    }

    private static int BestValid(ParserState state, ReadOnlySpan<float> scores)
    {
        var best = -1;
        for (var t = 0; t < ParserState.Transitions; t++)
            if (state.IsValid(t) && (best < 0 || scores[t] > scores[best])) best = t;
        return best;
    }

    /// <summary>One training sentence: hashed lower-case words, predicted tags, gold heads (-1 root).</summary>
    public sealed record Example(ulong[] Words, int[] Tags, int[] GoldHeads);

    public static DependencyParser Train(IReadOnlyList<Example> examples, int epochs, int seed, Action<int, DependencyParser>? afterEpoch = null)
    {
        var trainer = new PerceptronTrainer(ParserState.Transitions, 1 << 20);
        var random = new Random(seed);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var state = new ParserState();
        Span<ulong> features = stackalloc ulong[ParserFeatures.Count];
        Span<float> scores = stackalloc float[ParserState.Transitions];
        Span<int> costs = stackalloc int[ParserState.Transitions];
        DependencyParser? last = null;
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var index in order)
            {
                var example = examples[index];
                var n = example.Words.Length;
                var gold = new int[n];
                for (var i = 0; i < n; i++) gold[i] = example.GoldHeads[i] < 0 ? n : example.GoldHeads[i];
                state.Reset(n);
                while (!state.IsTerminal)
                {
                    ParserFeatures.Extract(state, example.Words, example.Tags, features);
                    trainer.Score(features, scores);
                    int predicted = -1, best = -1, validCount = 0;
                    for (var t = 0; t < ParserState.Transitions; t++)
                    {
                        if (!state.IsValid(t)) continue;
                        validCount++;
                        costs[t] = state.Cost(t, gold);
                        if (predicted < 0 || scores[t] > scores[predicted]) predicted = t;
                        if (best < 0 || costs[t] < costs[best] || (costs[t] == costs[best] && scores[t] > scores[best])) best = t;
                    }
                    if (validCount > 1 && costs[predicted] > costs[best])
                    {
                        trainer.Update(features, best, predicted);
                    }
                    trainer.Tick();
                    // Explore: after the first epoch, follow the model's own choice most of the time.
                    var next = epoch > 0 && random.NextDouble() < 0.9 ? predicted : best;
                    state.Apply(next);
                }
            }
            if (afterEpoch != null || epoch == epochs - 1)
            {
                last = new DependencyParser(trainer.Average(TransitionNames, 0.05f));
                afterEpoch?.Invoke(epoch, last);
            }
        }
        return last!;
    }
}
