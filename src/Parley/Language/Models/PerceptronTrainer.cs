namespace Parley.Language.Models;

/// <summary>
/// A multi-class averaged perceptron during training. Rows of class weights are allocated only
/// for features that are updated; averaging uses the lazy trick w_avg = w - u / c, where u sums
/// c * delta over updates at step c. <see cref="Average"/> produces the compact inference model.
/// </summary>
public sealed class PerceptronTrainer
{
    private readonly int _classes;
    private readonly Dictionary<ulong, int> _rows = new();
    private float[] _weights;
    private double[] _accumulated;
    private int _rowCount;
    private long _step = 1;

    public PerceptronTrainer(int classes, int initialRows = 1 << 16)
    {
        _classes = classes;
        _weights = new float[initialRows * classes];
        _accumulated = new double[initialRows * classes];
    }

    public int Classes => _classes;
    public int FeatureCount => _rowCount;

    /// <summary>Adds the current (non-averaged) weights of each feature's row to the scores.</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores[.._classes].Clear();
        foreach (var feature in features)
        {
            if (!_rows.TryGetValue(feature, out var row)) continue;
            var weights = _weights.AsSpan(row * _classes, _classes);
            for (var c = 0; c < weights.Length; c++) scores[c] += weights[c];
        }
    }

    /// <summary>Moves weight from the guessed class to the true class for every feature.</summary>
    public void Update(ReadOnlySpan<ulong> features, int truth, int guess, float amount = 1f)
    {
        if (truth == guess) return;
        foreach (var feature in features)
        {
            var row = RowOf(feature) * _classes;
            _weights[row + truth] += amount;
            _accumulated[row + truth] += _step * (double)amount;
            _weights[row + guess] -= amount;
            _accumulated[row + guess] -= _step * (double)amount;
        }
    }

    /// <summary>
    /// Passive-aggressive update (Crammer et al. 2006, PA): unless the true class leads its best
    /// rival by <paramref name="margin"/>, moves weight from the rival to the true class, just
    /// enough to reach the margin. Unlike the plain perceptron it also learns from correct but
    /// narrow decisions, and it steps far on bad mistakes and little on near misses. Features are
    /// binary, so the squared norm of the feature difference is twice their number. The margin
    /// only sets the scale of the weights (and with it what the pruning threshold removes).
    /// </summary>
    public void UpdateToMargin(ReadOnlySpan<ulong> features, ReadOnlySpan<float> scores, int truth, float margin)
    {
        var rival = BestRival(scores, truth);
        var loss = margin - (scores[truth] - scores[rival]);
        if (loss > 0) Update(features, truth, rival, loss / (2f * features.Length));
    }

    /// <summary>The highest-scoring class other than <paramref name="truth"/> (the first on ties).</summary>
    private int BestRival(ReadOnlySpan<float> scores, int truth)
    {
        var rival = truth == 0 ? 1 : 0;
        for (var c = rival + 1; c < _classes; c++)
            if (c != truth && scores[c] > scores[rival]) rival = c;
        return rival;
    }

    /// <summary>Adds <paramref name="amount"/> to one class of every feature (structured updates: plus for the gold steps, minus for the predicted ones).</summary>
    public void Add(ReadOnlySpan<ulong> features, int cls, float amount)
    {
        foreach (var feature in features)
        {
            var i = RowOf(feature) * _classes + cls;
            _weights[i] += amount;
            _accumulated[i] += _step * (double)amount;
        }
    }

    /// <summary>Advances the averaging clock by several instances at once.</summary>
    public void Tick(int instances) => _step += instances;

    /// <summary>
    /// Starts the average afresh from the current weights (the lazy sums are emptied and the clock
    /// set back), so a new training phase is not outweighed by the average of an earlier one.
    /// </summary>
    public void RestartAverage()
    {
        Array.Clear(_accumulated);
        _step = 1;
    }

    /// <summary>Marks the end of one training instance (the averaging clock).</summary>
    public void Tick() => _step++;

    /// <summary>The averaged weights, dropping features whose largest absolute weight is below <paramref name="threshold"/>.</summary>
    public SparseWeights Average(IReadOnlyList<string> classNames, float threshold)
    {
        var builder = new SparseWeights.Builder(_classes, classNames);
        var row = new float[_classes];
        foreach (var (feature, index) in _rows)
        {
            var max = 0f;
            for (var c = 0; c < _classes; c++)
            {
                var i = index * _classes + c;
                row[c] = (float)(_weights[i] - _accumulated[i] / _step);
                max = Math.Max(max, Math.Abs(row[c]));
            }
            if (max >= threshold && max > 0) builder.Add(feature, row, threshold / 4);
        }
        return builder.Build();
    }

    private int RowOf(ulong feature)
    {
        if (_rows.TryGetValue(feature, out var row)) return row;
        row = _rowCount++;
        if ((long)_rowCount * _classes > _weights.Length)
        {
            var size = Math.Max(_weights.Length * 2, _rowCount * _classes);
            Array.Resize(ref _weights, size);
            Array.Resize(ref _accumulated, size);
        }
        _rows[feature] = row;
        return row;
    }
}
