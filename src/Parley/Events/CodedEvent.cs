using Parley.Text;
using Parley.Time;

namespace Parley.Events;

/// <summary>How the text presents an event.</summary>
public enum Modality { Asserted, Refused, Threatened, Conditional, Intended, Hypothetical, Reported }

/// <summary>Where an event's date came from.</summary>
public enum DateBasis { Text, Publication, Unknown }

/// <summary>One side of an event as written and as resolved.</summary>
public sealed record EventActor(
    string Text, TextSpan Span, string? EntityId, string? Name, string? Code, string? Country);

/// <summary>Where in the article an event is stated.</summary>
public sealed record EventEvidence(int SentenceIndex, TextSpan Span);

/// <summary>
/// A coded event: who did what to whom and when, with the evidence it was read from and
/// the rule that produced it.
/// </summary>
public sealed class CodedEvent
{
    public required string Id { get; set; }
    public EventActor? Source { get; set; }
    public EventActor? Target { get; set; }
    /// <summary>CAMEO event code, 2 to 4 digits ("12", "125", "1246").</summary>
    public required string Cameo { get; set; }
    public required string CameoLabel { get; set; }
    public string Root => Cameo.Length >= 2 ? Cameo[..2] : Cameo;
    public required string Plover { get; set; }
    public string? PloverMode { get; set; }
    public double Goldstein { get; set; }
    public int QuadClass { get; set; }
    public Modality Modality { get; set; } = Modality.Asserted;
    public PartialDate? Date { get; set; }
    public DateBasis DateBasis { get; set; } = DateBasis.Unknown;
    public bool Historical { get; set; }
    public required EventEvidence Evidence { get; set; }
    public required TextSpan Trigger { get; set; }
    public List<EventEvidence> MoreEvidence { get; } = new();
    /// <summary>True when the event is stated inside a direct quotation.</summary>
    public bool InQuote { get; set; }
    public double Confidence { get; set; }
    /// <summary>Id of the pattern or rule that produced the event.</summary>
    public required string Rule { get; set; }
    /// <summary>Who reports the event when it is stated in someone's words ("X said Y attacked Z": X).</summary>
    public EventActor? ReportedBy { get; set; }
    /// <summary>Where the event happened, when the text says.</summary>
    public Geo.PlaceMention? Place { get; set; }
}
