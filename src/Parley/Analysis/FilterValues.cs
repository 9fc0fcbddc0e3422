namespace Parley.Analysis;

/// <summary>
/// Checks the values given to event filters: CAMEO codes by their form, PLOVER types against
/// the ontology, actors against what the store holds; a wrong value gets the closest known ones.
/// </summary>
public static class FilterValues
{
    public static readonly string[] PloverTypes =
    [
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
        "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
    ];

    /// <summary>A CAMEO event code: 2 to 4 digits whose first two form a root between 01 and 20.</summary>
    public static bool IsCameoCode(string code, int minLength = 2, int maxLength = 4) =>
        code.Length >= minLength && code.Length <= maxLength && code.All(char.IsAsciiDigit)
        && int.Parse(code[..2], System.Globalization.CultureInfo.InvariantCulture) is >= 1 and <= 20;

    /// <summary>Up to <paramref name="count"/> known values nearest to <paramref name="value"/> (edit distance, then prefix).</summary>
    public static IReadOnlyList<string> ClosestMatches(string value, IEnumerable<string> known, int count = 5)
    {
        var upper = value.ToUpperInvariant();
        return known
            .Select(k => (Value: k, Distance: EditDistance(upper, k.ToUpperInvariant()) - (k.StartsWith(upper, StringComparison.OrdinalIgnoreCase) ? 2 : 0)))
            .Where(x => x.Distance <= Math.Max(2, value.Length / 2))
            .OrderBy(x => x.Distance).ThenBy(x => x.Value, StringComparer.Ordinal)
            .Take(count).Select(x => x.Value).ToList();
    }

    public static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
