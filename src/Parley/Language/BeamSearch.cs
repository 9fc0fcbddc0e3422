namespace Parley.Language;

/// <summary>
/// Beam search over arc-hybrid transitions: every item is expanded by its valid transitions, and
/// the <c>width</c> best by summed transition score are kept (ties to the earlier item, then the
/// lower transition, so the search is deterministic). Arcs are labeled greedily as they are made,
/// so the labels stay features of later decisions. In training, each item also carries its
/// dynamic-oracle regret (zero while it has only taken optimal transitions) and its history of steps,
/// for the global update. One instance is scratch space for one thread.
/// </summary>
internal sealed class BeamSearch
{
    /// <summary>The transition and arc-label models the search consults.</summary>
    public interface IScorer
    {
        void ScoreTransitions(ReadOnlySpan<ulong> features, Span<float> scores);
        int Label(ReadOnlySpan<ulong> features, int transition);
    }

    /// <summary>One decision on a path: the features it was made on, and what was done (training only).</summary>
    public sealed record Step(Step? Previous, ulong[] Features, int Transition, int Label, int Dependent);

    public sealed class Hypothesis
    {
        public ParserState State = new();
        public double Score;
        public int Regret;
        public Step? History;

        public void TakeFrom(Hypothesis other)
        {
            (State, other.State) = (other.State, State);
            Score = other.Score;
            Regret = other.Regret;
            History = other.History;
        }

        public void CopyFrom(Hypothesis other)
        {
            State.CopyFrom(other.State);
            Score = other.Score;
            Regret = other.Regret;
            History = other.History;
        }
    }

    private readonly int _width;
    private Hypothesis[] _items, _next;
    private readonly ulong[][] _features;
    private readonly float[] _scores;
    private readonly (double Score, int Parent, int Transition, int Regret)[] _candidates;

    public BeamSearch(int width)
    {
        _width = width;
        _items = NewItems(width);
        _next = NewItems(width);
        _features = new ulong[width][];
        for (var i = 0; i < width; i++) _features[i] = new ulong[ParserFeatures.Count];
        _scores = new float[width * ParserState.Transitions];
        _candidates = new (double, int, int, int)[width];
    }

    public int Width => _width;
    public int Count { get; private set; }
    public Hypothesis this[int index] => _items[index];
    public bool IsTerminal => _items[0].State.IsTerminal;

    public void Start(int length)
    {
        _items[0].State.Reset(length);
        _items[0].Score = 0;
        _items[0].Regret = 0;
        _items[0].History = null;
        Count = 1;
    }

    /// <summary>
    /// One transition for every item (all items have made the same number of transitions, so they
    /// end together). With <paramref name="gold"/> heads (n for the root), regrets and histories are kept.
    /// </summary>
    public void Advance(IScorer scorer, ulong[] words, int[] tags, int[]? gold)
    {
        var kept = 0;
        Span<int> regrets = stackalloc int[ParserState.Transitions];
        for (var i = 0; i < Count; i++)
        {
            var state = _items[i].State;
            var features = gold == null ? _features[i] : new ulong[ParserFeatures.Count];
            _features[i] = features;
            ParserFeatures.Extract(state, words, tags, features);
            var scores = _scores.AsSpan(i * ParserState.Transitions, ParserState.Transitions);
            scorer.ScoreTransitions(features, scores);
            if (gold != null) Regrets(state, gold, regrets);
            for (var t = 0; t < ParserState.Transitions; t++)
            {
                if (!state.IsValid(t)) continue;
                var score = _items[i].Score + scores[t];
                if (kept == _width && score <= _candidates[kept - 1].Score) continue;
                var regret = _items[i].Regret + regrets[t];
                // Insert in order; a new candidate goes after equal scores (earlier items win ties).
                var at = kept < _width ? kept++ : kept - 1;
                while (at > 0 && _candidates[at - 1].Score < score) { _candidates[at] = _candidates[at - 1]; at--; }
                _candidates[at] = (score, i, t, regret);
            }
        }
        Span<int> children = stackalloc int[_width];
        for (var c = 0; c < kept; c++) children[_candidates[c].Parent]++;
        for (var c = 0; c < kept; c++)
        {
            var (score, parent, transition, regret) = _candidates[c];
            var item = _next[c];
            // An only child takes its parent's state instead of a copy (copying is linear in the sentence).
            if (children[parent] == 1) item.TakeFrom(_items[parent]);
            else item.CopyFrom(_items[parent]);
            var label = transition == ParserState.Shift ? -1 : scorer.Label(_features[parent], transition);
            if (gold != null) item.History = new Step(item.History, _features[parent], transition, label, transition == ParserState.Shift ? -1 : item.State.Dependent);
            item.State.Apply(transition, label);
            item.Score = score;
            item.Regret = regret;
        }
        (_items, _next) = (_next, _items);
        Count = kept;
    }

    /// <summary>
    /// For each valid transition, how many more reachable gold arcs it loses than the best one
    /// (the dynamic oracle's cost less its minimum: zero for an optimal transition, also when a
    /// non-projective gold tree makes some loss unavoidable).
    /// </summary>
    public static void Regrets(ParserState state, int[] gold, Span<int> regrets)
    {
        var min = int.MaxValue;
        for (var t = 0; t < ParserState.Transitions; t++)
        {
            regrets[t] = state.IsValid(t) ? state.Cost(t, gold) : int.MaxValue;
            min = Math.Min(min, regrets[t]);
        }
        for (var t = 0; t < ParserState.Transitions; t++) if (regrets[t] != int.MaxValue) regrets[t] -= min;
    }

    private static Hypothesis[] NewItems(int count)
    {
        var items = new Hypothesis[count];
        for (var i = 0; i < count; i++) items[i] = new Hypothesis();
        return items;
    }
}
