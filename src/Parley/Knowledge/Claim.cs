using Parley.Text;
using Parley.Time;

namespace Parley.Knowledge;

public enum ClaimVerdict { Supported, Outdated, NeverHeld, Unknown }

/// <summary>What a text asserts about an office holder: that they hold it now, held it, or held it at a date.</summary>
public enum ClaimAssertion { Current, Former, AtDate }

/// <summary>An office-holder claim found in the text and checked against the knowledge base.</summary>
public sealed class Claim
{
    public required TextSpan Span { get; init; }
    public required string Text { get; init; }
    public required string Subject { get; init; }
    public string? SubjectEntityId { get; init; }
    public required string Office { get; init; }
    public string? OfficeId { get; init; }
    public ClaimAssertion Asserted { get; init; }
    public PartialDate? AsOf { get; init; }
    public ClaimVerdict Verdict { get; init; }
    public string? HolderAsOf { get; init; }
    public string? HolderEntityId { get; init; }
    public required string Explanation { get; init; }
}
