namespace Parley.Text;

/// <summary>
/// Maps offsets in cleaned text back to the original. Stored as the sorted list of cleaned
/// offsets where a deletion happened and the total shift accumulated up to them.
/// </summary>
public sealed class OffsetMap
{
    private readonly int[] _cleanedAt;
    private readonly int[] _shift;

    public OffsetMap(IReadOnlyList<(int CleanedOffset, int DeletedLength)> deletions)
    {
        _cleanedAt = new int[deletions.Count];
        _shift = new int[deletions.Count];
        var total = 0;
        for (var i = 0; i < deletions.Count; i++)
        {
            total += deletions[i].DeletedLength;
            _cleanedAt[i] = deletions[i].CleanedOffset;
            _shift[i] = total;
        }
    }

    public static OffsetMap Identity { get; } = new([]);

    /// <summary>The offset in the original text of the character at <paramref name="cleanedOffset"/>.</summary>
    public int ToOriginal(int cleanedOffset)
    {
        // Deletions recorded at an offset <= this one shift it right.
        var lo = 0; var hi = _cleanedAt.Length - 1; var found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_cleanedAt[mid] <= cleanedOffset) { found = mid; lo = mid + 1; } else hi = mid - 1;
        }
        return found < 0 ? cleanedOffset : cleanedOffset + _shift[found];
    }
}
