using System.Text.RegularExpressions;
using Parley.Storage;
using Parley.Time;

namespace Parley.Web.Api;

/// <summary>A request the API cannot answer as asked; becomes 400 with the message.</summary>
public sealed class ApiInputException(string message) : Exception(message);

/// <summary>
/// Validates what requests pass in. Identifiers are short runs of safe characters, so nothing a
/// request sends can name a file or smuggle markup into a message.
/// </summary>
public static partial class ApiInput
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 500;

    [GeneratedRegex("^[A-Za-z0-9_.:-]{1,64}$")]
    private static partial Regex SafeId();

    [GeneratedRegex("^[0-9a-f]{8,64}$")]
    private static partial Regex ArticleId();

    public static string Id(string? value, string name)
    {
        if (value is null || !SafeId().IsMatch(value))
            throw new ApiInputException($"'{name}' must be 1-64 letters, digits or _.:- characters");
        return value;
    }

    public static string? OptionalId(string? value, string name) =>
        string.IsNullOrEmpty(value) ? null : Id(value, name);

    public static string Article(string? value)
    {
        if (value is null || !ArticleId().IsMatch(value))
            throw new ApiInputException("an article id is 8-64 lower-case hexadecimal characters");
        return value;
    }

    public static PartialDate? Date(string? value, string name)
    {
        if (string.IsNullOrEmpty(value)) return null;
        return PartialDate.TryParse(value, out var d)
            ? d
            : throw new ApiInputException($"'{name}' must be a date: YYYY, YYYY-MM or YYYY-MM-DD");
    }

    public static (int Offset, int Limit) Paging(int? offset, int? limit, int max = MaxLimit)
    {
        if (offset is < 0) throw new ApiInputException("'offset' must be 0 or more");
        if (limit is < 1 || limit > max) throw new ApiInputException($"'limit' must be between 1 and {max}");
        return (offset ?? 0, limit ?? DefaultLimit);
    }

    public static (string A, string B)? Dyad(string? value)
    {
        if (string.IsNullOrEmpty(value)) return null;
        var parts = value.Split(',');
        if (parts.Length != 2) throw new ApiInputException("'dyad' must be two actors separated by a comma, e.g. IRN,USA");
        return (Id(parts[0].Trim(), "dyad"), Id(parts[1].Trim(), "dyad"));
    }

    public static string? Choice(string? value, string name, params string[] allowed)
    {
        if (string.IsNullOrEmpty(value)) return null;
        var lower = value.ToLowerInvariant();
        return allowed.Contains(lower)
            ? lower
            : throw new ApiInputException($"'{name}' must be one of: {string.Join(", ", allowed)}");
    }

    public static readonly string[] Modalities =
        ["asserted", "refused", "threatened", "conditional", "intended", "hypothetical", "reported"];

    public static readonly string[] Verdicts = ["supported", "outdated", "never_held", "unknown"];

    /// <summary>The event filters shared by /api/events and the pages that drill into events.</summary>
    public static EventQuery Events(EventFilter f, int offset, int? limit)
    {
        var from = Date(f.From, "from");
        var to = Date(f.To, "to");
        if (from is { } a && to is { } b && a.FirstDay > b.LastDay)
            throw new ApiInputException("'from' is after 'to'");
        var root = OptionalId(f.Root, "root");
        if (root is not null && (root.Length != 2 || !root.All(char.IsAsciiDigit)))
            throw new ApiInputException("'root' must be a two-digit CAMEO root, e.g. 12");
        var code = OptionalId(f.Code, "code");
        if (code is not null && (code.Length is < 2 or > 4 || !code.All(char.IsAsciiDigit)))
            throw new ApiInputException("'code' must be a CAMEO code of 2-4 digits, e.g. 125");
        return new EventQuery
        {
            Dyad = Dyad(f.Dyad),
            Actor = OptionalId(f.Actor, "actor"),
            Root = root,
            Code = code,
            Plover = OptionalId(f.Plover, "plover")?.ToUpperInvariant(),
            Modality = Choice(f.Modality, "modality", Modalities),
            From = from,
            To = to,
            Historical = f.Historical,
            ArticleId = string.IsNullOrEmpty(f.Article) ? null : Article(f.Article),
            Offset = offset,
            Limit = limit,
        };
    }
}

/// <summary>Event filters as they arrive in the query string.</summary>
public sealed record EventFilter(
    string? Dyad, string? Actor, string? Root, string? Code, string? Plover, string? Modality,
    string? From, string? To, bool? Historical, string? Article);
