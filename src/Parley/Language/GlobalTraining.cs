using Parley.Language.Models;

namespace Parley.Language;

/// <summary>
/// Global training of the transition model on one sentence at a time with beam search and the
/// max-violation update (Huang, Fayong and Guo 2012): the update is made at the step where the
/// best item outscores the gold path by the most, so a search error anywhere in the sentence is
/// corrected, not only the first. The gold path is latent (Goldberg and Nivre's optimal
/// transitions): it is the best zero-regret item of the beam while there is one, then extended by
/// its own best optimal transition. Arc labels are trained on the gold path's arcs, as the
/// greedy trainer does.
/// </summary>
internal sealed class GlobalTraining(PerceptronTrainer transitions, PerceptronTrainer labels, int relationCount, int width) : BeamSearch.IScorer
{
    private readonly BeamSearch _beam = new(width);
    private readonly BeamSearch.Hypothesis _gold = new();
    private readonly float[] _scores = new float[ParserState.Transitions];
    private readonly float[] _labelScores = new float[labels.Classes];

    public void ScoreTransitions(ReadOnlySpan<ulong> features, Span<float> scores) => transitions.Score(features, scores);

    public int Label(ReadOnlySpan<ulong> features, int transition)
    {
        labels.Score(features, _labelScores);
        return DependencyParser.BestLabel(_labelScores, transition, relationCount);
    }

    /// <summary>Parses one sentence with the beam and updates both models; gold heads use n for the root.</summary>
    public void Train(ulong[] words, int[] tags, int[] gold, int[] goldLabels)
    {
        var n = words.Length;
        _beam.Start(n);
        _gold.State.Reset(n);
        _gold.Score = 0;
        _gold.History = null;
        var violation = 0.0;
        BeamSearch.Step? violatedGold = null, violatedBest = null;
        while (!_beam.IsTerminal)
        {
            _beam.Advance(this, words, tags, gold);
            if (!FollowBeam()) ExtendGold(words, tags, gold);
            var best = _beam[0];
            if (best.Regret > 0 && best.Score - _gold.Score > violation)
            {
                violation = best.Score - _gold.Score;
                violatedGold = _gold.History;
                violatedBest = best.History;
            }
        }
        for (var step = violatedGold; step != null; step = step.Previous) transitions.Add(step.Features, step.Transition, 1f);
        for (var step = violatedBest; step != null; step = step.Previous) transitions.Add(step.Features, step.Transition, -1f);
        transitions.Tick(2 * n);
        for (var step = _gold.History; step != null; step = step.Previous)
        {
            if (step.Transition == ParserState.Shift) continue;
            labels.Update(step.Features, goldLabels[step.Dependent], step.Label);
            labels.Tick();
        }
    }

    /// <summary>Makes the best zero-regret item of the beam the gold path, if there is one.</summary>
    private bool FollowBeam()
    {
        for (var i = 0; i < _beam.Count; i++)
        {
            if (_beam[i].Regret != 0) continue;
            _gold.CopyFrom(_beam[i]);
            return true;
        }
        return false;
    }

    /// <summary>Extends the gold path (fallen off the beam) by its best-scoring optimal transition.</summary>
    private void ExtendGold(ulong[] words, int[] tags, int[] gold)
    {
        var state = _gold.State;
        var features = new ulong[ParserFeatures.Count];
        ParserFeatures.Extract(state, words, tags, features);
        transitions.Score(features, _scores);
        Span<int> regrets = stackalloc int[ParserState.Transitions];
        BeamSearch.Regrets(state, gold, regrets);
        var next = -1;
        for (var t = 0; t < ParserState.Transitions; t++)
            if (regrets[t] == 0 && (next < 0 || _scores[t] > _scores[next])) next = t;
        var label = next == ParserState.Shift ? -1 : Label(features, next);
        _gold.History = new BeamSearch.Step(_gold.History, features, next, label, next == ParserState.Shift ? -1 : state.Dependent);
        _gold.Score += _scores[next];
        state.Apply(next, label);
    }
}
