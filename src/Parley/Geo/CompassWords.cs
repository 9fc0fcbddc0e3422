namespace Parley.Geo;

/// <summary>Words of direction that stand before a place name without being part of it ("in southern Serbia", "the northern West Bank").</summary>
public static class CompassWords
{
    private static readonly HashSet<string> Words =
        ["north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "northeastern", "northwestern", "southeastern", "southwestern"];

    /// <summary>True for a lower-case word of direction.</summary>
    public static bool Contains(string word) => Words.Contains(word);
}
