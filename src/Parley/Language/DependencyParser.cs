using Parley.Language.Models;

namespace Parley.Language;

/// <summary>
/// Greedy arc-hybrid dependency parser with averaged perceptrons, trained with the dynamic oracle
/// of Goldberg and Nivre (2013) and exploration of its own mistakes. The transition (shift, left,
/// right) is chosen first by a three-class model; an arc transition is then labeled by a second
/// model over the same features, so the labels of attached children are features of later
/// decisions (Zhang and Nivre 2011). Optionally (off by default) further trained globally and
/// decoded with a beam (<see cref="BeamSearch"/>, <see cref="GlobalTraining"/>). Immutable and thread-safe.
/// </summary>
public sealed class DependencyParser
{
    private static readonly string[] TransitionNames = ["shift", "left", "right"];
    /// <summary>From the second epoch on, training follows the model's own (possibly wrong) choice this often, so it learns to recover from its mistakes.</summary>
    private const double Exploration = 0.9;
    private readonly SparseWeights _transitions;
    private readonly ArcLabels _labels;
    [ThreadStatic] private static BeamSearch? _beamScratch;

    public DependencyParser(SparseWeights transitions, SparseWeights arcLabels, int beamWidth = 1)
    {
        _transitions = transitions;
        _labels = new ArcLabels(arcLabels);
        BeamWidth = beamWidth;
    }

    /// <summary>1 for greedy decoding, else the beam the model was globally trained with.</summary>
    public int BeamWidth { get; }

    public SparseWeights Weights => _transitions;
    public SparseWeights LabelWeights => _labels.Weights;

    /// <summary>A parse: the head of each word (a word index, or -1 for the root) and its relation.</summary>
    public sealed record Result(int[] Heads, string[] Relations);

    public Result Parse(ulong[] words, int[] tags, int length)
    {
        if (BeamWidth > 1) return ParseBeam(words, tags, length);
        var state = new ParserState();
        state.Reset(length);
        Span<ulong> features = stackalloc ulong[ParserFeatures.Count];
        Span<float> scores = stackalloc float[ParserState.Transitions];
        Span<float> labelScores = stackalloc float[_labels.Weights.Classes];
        while (!state.IsTerminal)
        {
            // With an empty stack, shifting is the only move: no features, no scores (one move in thirteen in the gold derivations of EWT dev).
            if (state.StackSize == 0) { state.Apply(ParserState.Shift, -1); continue; }
            ParserFeatures.Extract(state, words, tags, features);
            _transitions.Score(features, scores);
            var transition = BestValid(state, scores);
            var label = transition == ParserState.Shift ? -1 : _labels.Predict(features, transition, labelScores);
            state.Apply(transition, label);
        }
        return ResultOf(state);
    }

    private Result ParseBeam(ulong[] words, int[] tags, int length)
    {
        // The beam's states are reused across sentences on a thread, as allocating them per sentence costs speed.
        var beam = _beamScratch?.Width == BeamWidth ? _beamScratch : _beamScratch = new BeamSearch(BeamWidth);
        var scorer = new ModelScorer(_transitions, _labels);
        beam.Start(length);
        while (!beam.IsTerminal) beam.Advance(scorer, words, tags, null);
        return ResultOf(beam[0].State);
    }

    private Result ResultOf(ParserState state)
    {
        var length = state.Length;
        var heads = new int[length];
        var relations = new string[length];
        for (var i = 0; i < length; i++)
        {
            heads[i] = state.Heads[i] == length ? -1 : state.Heads[i];
            relations[i] = _labels.RelationOf(state.Labels[i]);
        }
        return new Result(heads, relations);
    }

    private sealed class ModelScorer(SparseWeights transitions, ArcLabels labels) : BeamSearch.IScorer
    {
        private readonly float[] _labelScores = new float[labels.Weights.Classes];

        public void ScoreTransitions(ReadOnlySpan<ulong> features, Span<float> scores) => transitions.Score(features, scores);
        public int Label(ReadOnlySpan<ulong> features, int transition) => labels.Predict(features, transition, _labelScores);
    }

    private static int BestValid(ParserState state, ReadOnlySpan<float> scores)
    {
        var best = -1;
        for (var t = 0; t < ParserState.Transitions; t++)
            if (state.IsValid(t) && (best < 0 || scores[t] > scores[best])) best = t;
        return best;
    }

    /// <summary>One training sentence: hashed lower-case words, predicted tags, gold heads (-1 root) and relations.</summary>
    public sealed record Example(ulong[] Words, int[] Tags, int[] GoldHeads, string[] GoldRelations);

    /// <summary>
    /// Trains <paramref name="epochs"/> greedy epochs with the dynamic oracle, then, with a
    /// <paramref name="beamWidth"/> above 1, <paramref name="beamEpochs"/> global epochs with beam
    /// search and max-violation updates that go on from the greedy weights; the model then decodes
    /// with that beam.
    /// </summary>
    public static DependencyParser Train(IReadOnlyList<Example> examples, int epochs, int seed, float prune, Action<int, DependencyParser>? afterEpoch = null, int beamWidth = 1, int beamEpochs = 0)
    {
        var labelNames = ArcLabels.ClassNames(examples.SelectMany(e => e.GoldRelations));
        var labelIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var c = 0; c < labelNames.Count; c++) labelIndex[labelNames[c]] = c;
        var relationCount = labelNames.Count / 2;
        var transitions = new PerceptronTrainer(ParserState.Transitions, 1 << 20);
        var labels = new PerceptronTrainer(labelNames.Count, 1 << 18);
        var random = new Random(seed);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var state = new ParserState();
        Span<ulong> features = stackalloc ulong[ParserFeatures.Count];
        Span<float> scores = stackalloc float[ParserState.Transitions];
        Span<float> labelScores = stackalloc float[labelNames.Count];
        Span<int> costs = stackalloc int[ParserState.Transitions];
        DependencyParser? last = null;
        if (beamWidth <= 1) beamEpochs = 0;
        var global = beamEpochs > 0 ? new GlobalTraining(transitions, labels, relationCount, beamWidth) : null;
        for (var epoch = 0; epoch < epochs + beamEpochs; epoch++)
        {
            // The greedy weights decode badly with a beam, so their average would hold the beam phase back.
            if (epoch == epochs && global != null) transitions.RestartAverage();
            random.Shuffle(order);
            foreach (var index in order)
            {
                var example = examples[index];
                var n = example.Words.Length;
                var gold = new int[n];
                var goldLabel = new int[n];
                for (var i = 0; i < n; i++)
                {
                    gold[i] = example.GoldHeads[i] < 0 ? n : example.GoldHeads[i];
                    // Left arcs have the head after the dependent (the root is word n, at the end).
                    var leftward = gold[i] > i;
                    goldLabel[i] = labelIndex[ArcLabels.ClassName(leftward, example.GoldRelations[i])];
                }
                if (epoch >= epochs)
                {
                    global!.Train(example.Words, example.Tags, gold, goldLabel);
                    continue;
                }
                state.Reset(n);
                while (!state.IsTerminal)
                {
                    ParserFeatures.Extract(state, example.Words, example.Tags, features);
                    transitions.Score(features, scores);
                    int predicted = -1, best = -1, validCount = 0;
                    for (var t = 0; t < ParserState.Transitions; t++)
                    {
                        if (!state.IsValid(t)) continue;
                        validCount++;
                        costs[t] = state.Cost(t, gold);
                        if (predicted < 0 || scores[t] > scores[predicted]) predicted = t;
                        if (best < 0 || costs[t] < costs[best] || (costs[t] == costs[best] && scores[t] > scores[best])) best = t;
                    }
                    if (validCount > 1 && costs[predicted] > costs[best]) transitions.Update(features, best, predicted);
                    transitions.Tick();
                    // Explore: after the first epoch, follow the model's own choice most of the time.
                    var next = epoch > 0 && random.NextDouble() < Exploration ? predicted : best;
                    var label = -1;
                    if (next != ParserState.Shift)
                    {
                        labels.Score(features, labelScores);
                        label = BestLabel(labelScores, next, relationCount);
                        var dependent = state.Dependent;
                        // Only a gold arc has a gold label; later decisions see the predicted one, as in parsing.
                        if (state.HeadFor(next) == gold[dependent])
                        {
                            labels.Update(features, goldLabel[dependent], label);
                            labels.Tick();
                            if (epoch == 0) label = goldLabel[dependent];
                        }
                    }
                    state.Apply(next, label);
                }
            }
            if (afterEpoch != null || epoch == epochs + beamEpochs - 1)
            {
                last = new DependencyParser(transitions.Average(TransitionNames, prune), labels.Average(labelNames, prune), epoch >= epochs ? beamWidth : 1);
                afterEpoch?.Invoke(epoch, last);
            }
        }
        return last!;
    }

    /// <summary>The best label class within the arc's direction.</summary>
    internal static int BestLabel(ReadOnlySpan<float> scores, int transition, int relationCount) => ArcLabels.Best(scores, transition, relationCount);

    /// <summary>
    /// The arc-label classes: every relation once for left arcs ("&lt;nsubj", classes 0..R-1) and
    /// once for right arcs ("&gt;obj", classes R..2R-1); an arc is labeled within its direction.
    /// </summary>
    private sealed class ArcLabels(SparseWeights weights)
    {
        private readonly string[] _relations = weights.ClassNames.Select(name => name[1..]).ToArray();

        public SparseWeights Weights => weights;

        public static string ClassName(bool leftward, string relation) => (leftward ? "<" : ">") + relation;

        public static List<string> ClassNames(IEnumerable<string> relations)
        {
            var distinct = relations.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            return [.. distinct.Select(r => ClassName(true, r)), .. distinct.Select(r => ClassName(false, r))];
        }

        public string RelationOf(int label) => label < 0 ? "dep" : _relations[label];

        public int Predict(ReadOnlySpan<ulong> features, int transition, Span<float> scores)
        {
            weights.Score(features, scores);
            return Best(scores, transition, weights.Classes / 2);
        }

        public static int Best(ReadOnlySpan<float> scores, int transition, int relationCount)
        {
            var start = transition == ParserState.Left ? 0 : relationCount;
            var best = start;
            for (var c = start + 1; c < start + relationCount; c++) if (scores[c] > scores[best]) best = c;
            return best;
        }
    }
}
