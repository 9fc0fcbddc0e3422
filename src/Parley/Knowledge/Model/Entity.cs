namespace Parley.Knowledge.Model;

/// <summary>A name that stands for an actor; an ambiguous one (written "~Vienna") needs context.</summary>
public sealed record Metonym(string Text, bool Ambiguous);

/// <summary>
/// A country, international organization, non-state group or person. Immutable; built by the
/// loader from data/kb.
/// </summary>
public sealed class Entity
{
    public required string Id { get; init; }
    public required EntityKind Kind { get; init; }
    public required string Name { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
    /// <summary>Adjective and plural forms ("Iranian", "Iranians"); countries only.</summary>
    public IReadOnlyList<string> Demonyms { get; init; } = [];
    /// <summary>Place or building names that stand for the actor ("Tehran", "the White House").</summary>
    public IReadOnlyList<Metonym> Metonyms { get; init; } = [];
    /// <summary>
    /// Persons only: the words that stand alone for the person when they are not the last word of the
    /// name, as written in the `surname` column (family-name-first names: "Xi" for Xi Jinping).
    /// </summary>
    public IReadOnlyList<string> Surnames { get; init; } = [];
    public string? Iso2 { get; init; }
    /// <summary>ISO3 of a country; for groups and persons the country they belong to.</summary>
    public string? Country { get; init; }
    /// <summary>Acronym of an organization ("IAEA").</summary>
    public string? Acronym { get; init; }
    /// <summary>CAMEO actor code of the entity itself (IRN, IGOUNOIAE, LBNREBHEZ); for a person, the code they act under while holding no office (ZAFREL).</summary>
    public string? Cameo { get; init; }
    public string? Qid { get; init; }
    /// <summary>Country status (member, observer, other), organization kind or group kind.</summary>
    public string? Category { get; init; }
    /// <summary>The group or country a group belongs to.</summary>
    public string? Parent { get; init; }
    public string? Note { get; init; }
    /// <summary>File and line the entity was first defined at.</summary>
    public string? Source { get; init; }

    public override string ToString() => $"{Name} ({Id})";
}
