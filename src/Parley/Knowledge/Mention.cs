using Parley.Text;

namespace Parley.Knowledge;

public enum EntityKind { Country, Organization, Group, Person, Unknown }

/// <summary>
/// A stretch of text that names an actor, resolved (or not) against the knowledge base as of a date.
/// </summary>
public sealed class Mention
{
    public required TextSpan Span { get; init; }
    public required string Text { get; init; }
    /// <summary>Token range [FirstToken, FirstToken + TokenCount) in the document.</summary>
    public int FirstToken { get; init; }
    public int TokenCount { get; init; }
    public int SentenceIndex { get; init; }
    public string? EntityId { get; init; }
    public string? Name { get; init; }
    public EntityKind Kind { get; init; } = EntityKind.Unknown;
    /// <summary>CAMEO actor code, e.g. IRNGOV, USAMIL, IGOUNOIAE.</summary>
    public string? Code { get; init; }
    /// <summary>ISO 3166 alpha-3 country the actor belongs to, if any.</summary>
    public string? Country { get; init; }
    /// <summary>The office the person holds as of the resolution date, e.g. "President of Iran".</summary>
    public string? Office { get; init; }
    /// <summary>True for a place name standing for its government ("Tehran said").</summary>
    public bool IsMetonym { get; init; }
    /// <summary>Why a mention was left unresolved (ambiguous name, unknown actor), for explanations.</summary>
    public string? Note { get; init; }
    /// <summary>Id of the office in <see cref="Office"/> (office/IRN/president).</summary>
    public string? OfficeId { get; init; }
    /// <summary>True when the person held an office before the date but none on it (code ...ELI).</summary>
    public bool IsFormer { get; init; }
    /// <summary>The title written with the name ("President", "Iran's Supreme Leader"), if any.</summary>
    public string? Title { get; init; }
    /// <summary>Offices the written title can denote, narrowed by any country or organization named with it.</summary>
    public IReadOnlyList<string> TitleOfficeIds { get; init; } = [];
    /// <summary>True when the text marks the title as past ("former President X").</summary>
    public bool TitleMarkedFormer { get; init; }
    /// <summary>True for a mention found through an office rather than a name ("Iran's president").</summary>
    public bool ViaOffice { get; init; }
    /// <summary>True when the office was qualified as current in the text ("Iran's current president").</summary>
    public bool MarkedCurrent { get; init; }
}
