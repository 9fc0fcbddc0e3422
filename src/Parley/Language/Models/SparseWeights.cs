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
    private readonly Entry[] _entries;
    /// <summary>Many-class models: key and entry range in one slot, so a probe is one cache miss plus the entries.</summary>
    private readonly SparseSlot[] _sparse = [];
    private readonly int _mask;
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
        public int Start, End;
    }

    private struct Entry
    {
        public int Class;
        public float Weight;
    }

    private SparseWeights(int classes, string[] classNames, uint[] keys, int[] rowStart, byte[] entryClass, float[] entryWeight)
    {
        Classes = classes;
        ClassNames = classNames;
        FeatureCount = keys.Length;
        _keys = keys;
        _rowStart = rowStart;
        _entries = new Entry[entryWeight.Length];
        for (var e = 0; e < entryWeight.Length; e++) _entries[e] = new Entry { Class = entryClass[e], Weight = entryWeight[e] };
        if (classes > 3)
        {
            var capacity = 16;
            while (capacity < keys.Length * 2) capacity <<= 1;
            _mask = capacity - 1;
            _sparse = new SparseSlot[capacity];
            for (var row = 0; row < keys.Length; row++)
            {
                var slot = (int)(Spread(keys[row]) & (uint)_mask);
                while (_sparse[slot].Key != 0) slot = (slot + 1) & _mask;
                _sparse[slot] = new SparseSlot { Key = keys[row], Start = rowStart[row], End = rowStart[row + 1] };
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

    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores[..Classes].Clear();
        if (_dense != null) { ScoreDense(features, scores); return; }
        for (var start = 0; start < features.Length; start += Chunk)
            ScoreChunk(features.Slice(start, Math.Min(Chunk, features.Length - start)), scores);
    }

    /// <summary>
    /// Three sweeps so the cache misses overlap instead of queueing: prefetch every home slot,
    /// then find the slots and prefetch their entries, then add the entries up.
    /// </summary>
    private void ScoreChunk(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        Span<int> slots = stackalloc int[features.Length];
        for (var i = 0; i < features.Length; i++)
        {
            slots[i] = (int)(Spread(KeyOf(features[i])) & (uint)_mask);
            Prefetch(_sparse, slots[i]);
        }
        for (var i = 0; i < features.Length; i++)
        {
            slots[i] = Find(KeyOf(features[i]), slots[i]);
            if (slots[i] >= 0) Prefetch(_entries, _sparse[slots[i]].Start);
        }
        foreach (var slot in slots)
        {
            if (slot < 0) continue;
            ref readonly var row = ref _sparse[slot];
            foreach (ref readonly var e in _entries.AsSpan(row.Start, row.End - row.Start)) scores[e.Class] += e.Weight;
        }
    }

    /// <summary>The slot holding the key, probing from its home slot; -1 when the feature has no weights.</summary>
    private int Find(uint key, int slot)
    {
        while (true)
        {
            var k = _sparse[slot].Key;
            if (k == key) return slot;
            if (k == 0) return -1;
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
