namespace Parley.Knowledge.Model;

/// <summary>A post such as "President of Iran", owned by a country, organization or group.</summary>
public sealed class Office
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
    /// <summary>Id of the country, organization or group the post belongs to.</summary>
    public required string OwnerId { get; init; }
    /// <summary>Typed roles: head_of_state, head_of_government, foreign_minister, head, ...</summary>
    public IReadOnlyList<string> Roles { get; init; } = [];
    /// <summary>CAMEO role code the post implies (GOV, MIL, LEG, SPY, ...).</summary>
    public string? CameoRole { get; init; }
    public bool SingleHolder { get; init; }
    /// <summary>Words written before a holder's name ("President", "Pres.").</summary>
    public IReadOnlyList<string> Titles { get; init; } = [];
    public string? Source { get; init; }

    public bool HasRole(string role) => Roles.Contains(role, StringComparer.Ordinal);

    public override string ToString() => Name;
}
