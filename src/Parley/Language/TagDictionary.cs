using Parley.Language.Models;

namespace Parley.Language;

/// <summary>
/// The ambiguity class of frequent training words: the set of tags each was seen with, as one
/// hash. It tells the tagger which tags a word can take, and, for the words to the right (whose
/// tags are not predicted yet), gives it a cheap look ahead. Words seen fewer than
/// <see cref="MinCount"/> times have no class, so training sees the same unknown-word situation
/// as new text. Immutable after construction.
/// </summary>
public sealed class TagDictionary
{
    public const int MinCount = 3;
    /// <summary>The class of a word that is not in the dictionary.</summary>
    public static readonly ulong Unknown = FeatureHash.Of("<unknown-class>");
    private readonly Dictionary<string, byte[]> _entries;
    private readonly Dictionary<ulong, ulong> _classByLowerHash = new();

    private TagDictionary(Dictionary<string, byte[]> entries)
    {
        _entries = entries;
        foreach (var (lower, tags) in entries)
        {
            var hash = FeatureHash.Of("<class>");
            foreach (var tag in tags) hash = FeatureHash.Mix(hash ^ (tag + 1UL));
            _classByLowerHash[FeatureHash.Of(lower)] = hash;
        }
    }

    public int Count => _entries.Count;

    /// <summary>The class hash for a lower-cased word hash (as in <see cref="WordHashes.Lower"/>).</summary>
    public ulong ClassOf(ulong lowerHash) => _classByLowerHash.GetValueOrDefault(lowerHash, Unknown);

    /// <summary>Builds the dictionary from (word, tag class) pairs; words are lower-cased.</summary>
    public static TagDictionary Build(IEnumerable<(string Word, int Tag)> tokens)
    {
        var counts = new Dictionary<string, (int Count, SortedSet<int> Tags)>(StringComparer.Ordinal);
        foreach (var (word, tag) in tokens)
        {
            var lower = word.ToLowerInvariant();
            if (!counts.TryGetValue(lower, out var entry)) entry = (0, []);
            entry.Tags.Add(tag);
            counts[lower] = (entry.Count + 1, entry.Tags);
        }
        var entries = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (lower, (count, tags)) in counts)
            if (count >= MinCount) entries[lower] = tags.Select(t => checked((byte)t)).ToArray();
        return new TagDictionary(entries);
    }

    /// <summary>Writes int32 count, then count x (string word, byte tag count, tag bytes), sorted by word.</summary>
    public void Write(BinaryWriter writer)
    {
        writer.Write(_entries.Count);
        foreach (var (lower, tags) in _entries.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            writer.Write(lower);
            writer.Write((byte)tags.Length);
            writer.Write(tags);
        }
    }

    public static TagDictionary Read(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        var entries = new Dictionary<string, byte[]>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var lower = reader.ReadString();
            entries[lower] = reader.ReadBytes(reader.ReadByte());
        }
        return new TagDictionary(entries);
    }
}
