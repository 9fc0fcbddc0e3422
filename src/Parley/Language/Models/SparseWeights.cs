namespace Parley.Language.Models;

/// <summary>
/// The immutable inference form of a perceptron: an open-addressing table from 32-bit feature
/// keys to short runs of (class, weight) entries. Scoring a feature is one probe plus its few
/// non-zero classes, so large class sets (tags, labels) stay fast and small.
/// </summary>
public sealed class SparseWeights
{
    private readonly uint[] _slotKeys;
    private readonly int[] _slotRows;
    private readonly int _mask;
    private readonly int[] _rowStart;
    private readonly byte[] _entryClass;
    private readonly float[] _entryWeight;

    private SparseWeights(int classes, string[] classNames, uint[] keys, int[] rowStart, byte[] entryClass, float[] entryWeight)
    {
        Classes = classes;
        ClassNames = classNames;
        _rowStart = rowStart;
        _entryClass = entryClass;
        _entryWeight = entryWeight;
        var capacity = 16;
        while (capacity < keys.Length * 2) capacity <<= 1;
        _mask = capacity - 1;
        _slotKeys = new uint[capacity];
        _slotRows = new int[capacity];
        for (var row = 0; row < keys.Length; row++)
        {
            var slot = (int)(Spread(keys[row]) & (uint)_mask);
            while (_slotKeys[slot] != 0) slot = (slot + 1) & _mask;
            _slotKeys[slot] = keys[row];
            _slotRows[slot] = row;
        }
        FeatureCount = keys.Length;
    }

    public int Classes { get; }
    public IReadOnlyList<string> ClassNames { get; }
    public int FeatureCount { get; }
    public int EntryCount => _entryWeight.Length;

    /// <summary>The 32-bit key a 64-bit feature hash is stored under (never 0, the empty slot).</summary>
    public static uint KeyOf(ulong feature)
    {
        var key = (uint)(feature >> 32);
        return key == 0 ? 1u : key;
    }

    private static uint Spread(uint key) => key * 0x9E3779B1u;

    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores[..Classes].Clear();
        foreach (var feature in features) AddRow(KeyOf(feature), scores);
    }

    private void AddRow(uint key, Span<float> scores)
    {
        var slot = (int)(Spread(key) & (uint)_mask);
        while (true)
        {
            var k = _slotKeys[slot];
            if (k == 0) return;
            if (k == key)
            {
                var row = _slotRows[slot];
                for (var e = _rowStart[row]; e < _rowStart[row + 1]; e++) scores[_entryClass[e]] += _entryWeight[e];
                return;
            }
            slot = (slot + 1) & _mask;
        }
    }

    public static int ArgMax(ReadOnlySpan<float> scores, int count)
    {
        var best = 0;
        for (var c = 1; c < count; c++) if (scores[c] > scores[best]) best = c;
        return best;
    }

    /// <summary>Writes classes, then sorted delta-coded keys, entry counts and (class, half-precision weight) entries.</summary>
    public void Write(BinaryWriter writer)
    {
        writer.Write(Classes);
        foreach (var name in ClassNames) writer.Write(name);
        var keys = new uint[FeatureCount];
        for (var slot = 0; slot < _slotKeys.Length; slot++) if (_slotKeys[slot] != 0) keys[_slotRows[slot]] = _slotKeys[slot];
        var order = new int[FeatureCount];
        for (var i = 0; i < order.Length; i++) order[i] = i;
        Array.Sort(keys.ToArray(), order);
        writer.Write(FeatureCount);
        uint previous = 0;
        foreach (var row in order) { writer.Write7BitEncodedInt((int)(keys[row] - previous)); previous = keys[row]; }
        foreach (var row in order) writer.Write((byte)(_rowStart[row + 1] - _rowStart[row]));
        foreach (var row in order)
            for (var e = _rowStart[row]; e < _rowStart[row + 1]; e++) writer.Write(_entryClass[e]);
        foreach (var row in order)
            for (var e = _rowStart[row]; e < _rowStart[row + 1]; e++) writer.Write((Half)_entryWeight[e]);
    }

    public static SparseWeights Read(BinaryReader reader)
    {
        var classes = reader.ReadInt32();
        var names = new string[classes];
        for (var c = 0; c < classes; c++) names[c] = reader.ReadString();
        var count = reader.ReadInt32();
        var keys = new uint[count];
        uint previous = 0;
        for (var i = 0; i < count; i++) { previous += (uint)reader.Read7BitEncodedInt(); keys[i] = previous; }
        var rowStart = new int[count + 1];
        for (var i = 0; i < count; i++) rowStart[i + 1] = rowStart[i] + reader.ReadByte();
        var entryClass = reader.ReadBytes(rowStart[count]);
        var entryWeight = new float[rowStart[count]];
        for (var e = 0; e < entryWeight.Length; e++) entryWeight[e] = (float)reader.ReadHalf();
        return new SparseWeights(classes, names, keys, rowStart, entryClass, entryWeight);
    }

    /// <summary>Collects rows; features whose 32-bit keys collide are merged by adding their weights.</summary>
    public sealed class Builder(int classes, IReadOnlyList<string> classNames)
    {
        private readonly Dictionary<uint, float[]> _rows = new();

        public void Add(ulong feature, ReadOnlySpan<float> weights, float dropBelow)
        {
            var key = KeyOf(feature);
            if (!_rows.TryGetValue(key, out var row)) _rows[key] = row = new float[classes];
            for (var c = 0; c < classes; c++) if (Math.Abs(weights[c]) >= dropBelow) row[c] += weights[c];
        }

        public SparseWeights Build()
        {
            if (classes > 256) throw new InvalidOperationException("at most 256 classes");
            var keys = new uint[_rows.Count];
            var rowStart = new int[_rows.Count + 1];
            var entryClass = new List<byte>();
            var entryWeight = new List<float>();
            var r = 0;
            foreach (var (key, row) in _rows)
            {
                keys[r] = key;
                for (var c = 0; c < classes; c++)
                {
                    if (row[c] == 0) continue;
                    entryClass.Add((byte)c);
                    entryWeight.Add(row[c]);
                }
                rowStart[++r] = entryClass.Count;
            }
            return new SparseWeights(classes, [.. classNames], keys, rowStart, [.. entryClass], [.. entryWeight]);
        }
    }
}
