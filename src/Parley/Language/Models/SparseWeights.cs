using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace Parley.Language.Models;

/// <summary>
/// The immutable inference form of a perceptron: an open-addressing table from 32-bit feature
/// keys to short runs of (class, weight) entries. Scoring a feature is one probe plus its few
/// non-zero classes, so large class sets (tags, labels) stay fast and small.
/// </summary>
public sealed class SparseWeights
{
    /// <summary>Rows in build order: each feature's key and the start of its entries (for writing).</summary>
    private readonly uint[] _keys;
    private readonly int[] _rowStart;
    /// <summary>
    /// The (class, weight) entries of the sparse rows, row after row; a row's last entry is
    /// marked, so a slot needs only the row's start.
    /// </summary>
    private readonly Entry[] _entries;
    /// <summary>
    /// Many-class models: a feature's key and where its weights are in one 8-byte slot (the start
    /// of its entries, or the complement of its dense row); rows without entries are left out.
    /// </summary>
    private readonly SparseSlot[] _sparse = [];
    private readonly int _mask;
    /// <summary>
    /// Rows with many non-zero classes (the frequent features: a common word, a tag, the bias) as
    /// full vectors of <see cref="_paddedClasses"/> floats, added a vector at a time. They are about
    /// 2 % of the rows, but most of the entries a sentence reads (about 44 per found feature).
    /// </summary>
    private readonly float[] _denseRows = [];
    private readonly int _paddedClasses;
    /// <summary>A row with at least this many entries is stored dense.</summary>
    private const int DenseRowEntries = 16;
    /// <summary>Models with at most 3 classes (the parser's transitions): key and weights in one slot, one cache miss per probe.</summary>
    private readonly DenseSlot[]? _dense;
    private readonly int _denseMask;

    private struct DenseSlot
    {
        public uint Key;
        public float W0, W1, W2;
    }

    private struct SparseSlot
    {
        public uint Key;
        public int Start;
    }

    private struct Entry
    {
        /// <summary>The class, with <see cref="LastInRow"/> set on a row's last entry.</summary>
        public int Marked;
        public float Weight;
        public readonly int Class => Marked & ClassBits;
        public readonly bool IsLast => (Marked & LastInRow) != 0;
    }

    private const int ClassBits = 0xFF, LastInRow = 0x100;

    private SparseWeights(int classes, string[] classNames, uint[] keys, int[] rowStart, byte[] entryClass, float[] entryWeight)
    {
        Classes = classes;
        ClassNames = classNames;
        FeatureCount = keys.Length;
        _keys = keys;
        _rowStart = rowStart;
        _entries = new Entry[entryWeight.Length];
        for (var row = 0; row < keys.Length; row++)
            for (var e = rowStart[row]; e < rowStart[row + 1]; e++)
                _entries[e] = new Entry { Marked = entryClass[e] | (e == rowStart[row + 1] - 1 ? LastInRow : 0), Weight = entryWeight[e] };
        if (classes > 3)
        {
            var capacity = 16;
            while (capacity < keys.Length * 2) capacity <<= 1;
            _mask = capacity - 1;
            _sparse = new SparseSlot[capacity];
            _paddedClasses = (classes + Vector<float>.Count - 1) / Vector<float>.Count * Vector<float>.Count;
            var denseCount = 0;
            for (var row = 0; row < keys.Length; row++)
                if (rowStart[row + 1] - rowStart[row] >= DenseRowEntries) denseCount++;
            _denseRows = new float[denseCount * _paddedClasses];
            var dense = 0;
            for (var row = 0; row < keys.Length; row++)
            {
                var count = rowStart[row + 1] - rowStart[row];
                if (count == 0) continue;
                var start = rowStart[row];
                if (count >= DenseRowEntries)
                {
                    for (var e = rowStart[row]; e < rowStart[row + 1]; e++)
                        _denseRows[dense * _paddedClasses + _entries[e].Class] = _entries[e].Weight;
                    start = ~dense++;
                }
                var slot = (int)(Spread(keys[row]) & (uint)_mask);
                while (_sparse[slot].Key != 0) slot = (slot + 1) & _mask;
                _sparse[slot] = new SparseSlot { Key = keys[row], Start = start };
            }
        }
        if (classes <= 3)
        {
            var denseCapacity = 16;
            while (denseCapacity * 7 < keys.Length * 10) denseCapacity <<= 1;
            _denseMask = denseCapacity - 1;
            _dense = new DenseSlot[denseCapacity];
            Span<float> row = stackalloc float[3];
            for (var r = 0; r < keys.Length; r++)
            {
                row.Clear();
                for (var e = rowStart[r]; e < rowStart[r + 1]; e++) row[_entries[e].Class] = _entries[e].Weight;
                var slot = (int)(Spread(keys[r]) & (uint)_denseMask);
                while (_dense[slot].Key != 0) slot = (slot + 1) & _denseMask;
                _dense[slot] = new DenseSlot { Key = keys[r], W0 = row[0], W1 = row[1], W2 = row[2] };
            }
        }
    }

    public int Classes { get; }
    public IReadOnlyList<string> ClassNames { get; }
    public int FeatureCount { get; }
    public int EntryCount => _entries.Length;

    /// <summary>The 32-bit key a 64-bit feature hash is stored under (never 0, the empty slot).</summary>
    public static uint KeyOf(ulong feature)
    {
        var key = (uint)(feature >> 32);
        return key == 0 ? 1u : key;
    }

    private static uint Spread(uint key) => key * 0x9E3779B1u;

    /// <summary>Features are looked up in chunks of this many, each chunk's memory fetched ahead.</summary>
    private const int Chunk = 64;

    [SkipLocalsInit] // the sums are cleared below; zeroing them twice showed in profiles
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        // Both ways write every class's score, so the caller's scores need no clearing.
        if (_dense != null) { ScoreDense(features, scores); return; }
        // Each class's sum takes the features in the same order whether a row is dense or not,
        // so the scores do not depend on which rows are stored dense.
        Span<float> sums = stackalloc float[_paddedClasses];
        sums.Clear();
        for (var start = 0; start < features.Length; start += Chunk)
            ScoreChunk(features.Slice(start, Math.Min(Chunk, features.Length - start)), sums);
        sums[..Classes].CopyTo(scores);
    }

    /// <summary>Where a feature's weights are: an entry index, the complement of a dense row (negative), or this.</summary>
    private const int NoWeights = int.MinValue;

    /// <summary>
    /// Three sweeps so the cache misses overlap instead of queueing: prefetch every home slot,
    /// then find the slots and prefetch their weights, then add the weights up.
    /// </summary>
    [SkipLocalsInit] // every row index is written before it is read
    private void ScoreChunk(ReadOnlySpan<ulong> features, Span<float> sums)
    {
        Span<int> rows = stackalloc int[features.Length];
        for (var i = 0; i < features.Length; i++)
        {
            rows[i] = (int)(Spread(KeyOf(features[i])) & (uint)_mask);
            Prefetch(_sparse, rows[i]);
        }
        for (var i = 0; i < features.Length; i++)
        {
            rows[i] = FindRow(KeyOf(features[i]), rows[i]);
            if (rows[i] >= 0) Prefetch(_entries, rows[i]);
            else if (rows[i] != NoWeights) Prefetch(_denseRows, ~rows[i] * _paddedClasses);
        }
        var vectorSums = MemoryMarshal.Cast<float, Vector<float>>(sums);
        foreach (var row in rows)
        {
            if (row == NoWeights) continue;
            if (row < 0)
            {
                var weights = MemoryMarshal.Cast<float, Vector<float>>(_denseRows.AsSpan(~row * _paddedClasses, _paddedClasses));
                for (var v = 0; v < vectorSums.Length; v++) vectorSums[v] += weights[v];
                continue;
            }
            for (var e = row; ; e++)
            {
                ref readonly var entry = ref _entries[e];
                sums[entry.Class] += entry.Weight;
                if (entry.IsLast) break;
            }
        }
    }

    /// <summary>Where the key's weights are (see <see cref="NoWeights"/>), probing from its home slot.</summary>
    private int FindRow(uint key, int slot)
    {
        while (true)
        {
            ref readonly var probe = ref _sparse[slot];
            if (probe.Key == key) return probe.Start;
            if (probe.Key == 0) return NoWeights;
            slot = (slot + 1) & _mask;
        }
    }

    private static unsafe void Prefetch<T>(T[] table, int index) where T : unmanaged
    {
        if (!Sse.IsSupported) return;
        fixed (T* start = table) Sse.Prefetch0(start + index);
    }

    private void ScoreDense(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        var dense = _dense!;
        // Prefetch every home slot first (the features are few: the parser's templates).
        Span<int> homes = stackalloc int[Math.Min(features.Length, Chunk * 2)];
        for (var i = 0; i < homes.Length; i++)
        {
            homes[i] = (int)(Spread(KeyOf(features[i])) & (uint)_denseMask);
            Prefetch(dense, homes[i]);
        }
        float s0 = 0, s1 = 0, s2 = 0;
        for (var i = 0; i < features.Length; i++)
        {
            var key = KeyOf(features[i]);
            var slot = i < homes.Length ? homes[i] : (int)(Spread(key) & (uint)_denseMask);
            while (true)
            {
                ref readonly var entry = ref dense[slot];
                if (entry.Key == key) { s0 += entry.W0; s1 += entry.W1; s2 += entry.W2; break; }
                if (entry.Key == 0) break;
                slot = (slot + 1) & _denseMask;
            }
        }
        scores[0] = s0;
        if (Classes > 1) scores[1] = s1;
        if (Classes > 2) scores[2] = s2;
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
        var keys = _keys;
        var order = new int[FeatureCount];
        for (var i = 0; i < order.Length; i++) order[i] = i;
        Array.Sort(keys.ToArray(), order);
        writer.Write(FeatureCount);
        uint previous = 0;
        foreach (var row in order) { writer.Write7BitEncodedInt((int)(keys[row] - previous)); previous = keys[row]; }
        foreach (var row in order) writer.Write((byte)(_rowStart[row + 1] - _rowStart[row]));
        foreach (var row in order)
            for (var e = _rowStart[row]; e < _rowStart[row + 1]; e++) writer.Write((byte)_entries[e].Class);
        foreach (var row in order)
            for (var e = _rowStart[row]; e < _rowStart[row + 1]; e++) writer.Write((Half)_entries[e].Weight);
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
