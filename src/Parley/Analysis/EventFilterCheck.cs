using Parley.Storage;

namespace Parley.Analysis;

/// <summary>
/// Validates an event query before it runs. A malformed CAMEO code, an unknown PLOVER type, or an
/// actor that is one edit away from a stored actor (a likely typo) is an error naming the closest
/// known values; a well-formed value that simply matches nothing gives an empty result.
/// </summary>
public static class EventFilterCheck
{
    /// <summary>Returns the problem with the query, or null when it may run.</summary>
    public static string? Problem(EventQuery query, IStore store)
    {
        if (query.Root is { } root && !FilterValues.IsCameoCode(root, 2, 2))
            return $"--root '{root}' is not a CAMEO root (01 to 20){Suggest(root, Enumerable.Range(1, 20).Select(r => r.ToString("D2")))}";
        if (query.Code is { } code && !FilterValues.IsCameoCode(code))
            return $"--code '{code}' is not a CAMEO event code (2 to 4 digits, root 01 to 20){Suggest(code, store.DistinctCodes())}";
        if (query.Plover is { } plover && !FilterValues.PloverTypes.Contains(plover))
            return $"--plover '{plover}' is not a PLOVER event type{Suggest(plover, FilterValues.PloverTypes)}";
        foreach (var actor in new[] { query.Actor, query.Dyad?.A, query.Dyad?.B })
        {
            if (actor is null) continue;
            var known = store.DistinctActors();
            if (known.Contains(actor, StringComparer.Ordinal)) continue;
            var typo = known.Where(k => FilterValues.EditDistance(k, actor) == 1 && k.Length == actor.Length).ToList();
            if (typo.Count > 0 || actor.Length < 3 || !actor.All(char.IsAsciiLetterUpper))
                return $"unknown actor '{actor}' (an actor code such as IRNGOV or a country such as IRN){Suggest(actor, known)}";
        }
        return null;
    }

    private static string Suggest(string value, IEnumerable<string> known)
    {
        var close = FilterValues.ClosestMatches(value, known);
        return close.Count == 0 ? "" : "; close matches: " + string.Join(", ", close);
    }
}
