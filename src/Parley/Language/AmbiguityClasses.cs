using Parley.Language.Models;

namespace Parley.Language;

/// <summary>
/// For each known word (lower-cased form hash), a hash of the set of tags it took in training
/// (tags under 5% of its uses left out). Words seen once are treated as unknown so that the tagger
/// learns what unknown words look like; unknown words get a class from their shape instead.
/// The classes of the next words give the greedy tagger a view of the right context.
/// </summary>
public sealed class AmbiguityClasses
{
    private readonly Dictionary<ulong, ulong> _classes;

    public AmbiguityClasses(Dictionary<ulong, ulong> classes) => _classes = classes;

    public int Count => _classes.Count;

    /// <summary>The class of a word, or 0 when it is unknown.</summary>
    public ulong Of(ulong lowerHash) => _classes.GetValueOrDefault(lowerHash);

    public static AmbiguityClasses Build(IReadOnlyList<(string[] Words, int[] Tags)> data, int classes)
    {
        var counts = new Dictionary<ulong, int[]>();
        foreach (var (words, tags) in data)
        {
            for (var i = 0; i < words.Length; i++)
            {
                var key = FeatureHash.Of(words[i].ToLowerInvariant());
                if (!counts.TryGetValue(key, out var row)) counts[key] = row = new int[classes];
                row[tags[i]]++;
            }
        }
        var result = new Dictionary<ulong, ulong>();
        foreach (var (key, row) in counts)
        {
            var total = 0;
            foreach (var c in row) total += c;
            if (total < 2) continue;
            ulong hash = 17;
            for (var t = 0; t < row.Length; t++)
                if (row[t] * 20 >= total) hash = FeatureHash.Mix(hash * 31 + (ulong)t + 1);
            result[key] = hash;
        }
        return new AmbiguityClasses(result);
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(_classes.Count);
        foreach (var key in _classes.Keys.Order()) { writer.Write(key); writer.Write(_classes[key]); }
    }

    public static AmbiguityClasses Read(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        var classes = new Dictionary<ulong, ulong>(count);
        for (var i = 0; i < count; i++) classes[reader.ReadUInt64()] = reader.ReadUInt64();
        return new AmbiguityClasses(classes);
    }
}
