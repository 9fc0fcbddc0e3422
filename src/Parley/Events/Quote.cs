using Parley.Text;

namespace Parley.Events;

public enum Attribution { Direct, Attributed, Disputed }

/// <summary>A quotation and who it is attributed to.</summary>
public sealed class Quote
{
    public required TextSpan Span { get; init; }
    public required string Text { get; init; }
    public string? SpeakerName { get; init; }
    public string? SpeakerEntityId { get; init; }
    public Attribution Attribution { get; init; }
    /// <summary>The word that attributes the quote ("said", "attributed to").</summary>
    public string? Cue { get; init; }
}
