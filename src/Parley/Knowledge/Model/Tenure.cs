using Parley.Time;

namespace Parley.Knowledge.Model;

/// <summary>
/// A person holding an office from <see cref="Start"/> (inclusive) to <see cref="End"/>
/// (exclusive; null while in office). On a hand-over day the successor holds the office.
/// Dates may be known to the month or year only; the checks below never invent the unknown days:
/// a tenure "certainly" covers a day only if every reading of its imprecise dates does.
/// </summary>
public sealed class Tenure
{
    /// <summary>Confidence of the hand-curated data; imported rows carry less.</summary>
    public const double CuratedConfidence = 1.0;

    public required string PersonId { get; init; }
    public required string PersonName { get; init; }
    public required string OfficeId { get; init; }
    public required PartialDate Start { get; init; }
    public PartialDate? End { get; init; }
    public bool Acting { get; init; }
    public string? Note { get; init; }
    public PartialDate? VerifiedThrough { get; init; }
    /// <summary>Where the row comes from: a curated file, or an import's source name.</summary>
    public required string Source { get; init; }
    public double Confidence { get; init; } = CuratedConfidence;
    /// <summary>File and line, for messages.</summary>
    public string? Where { get; init; }

    public bool IsOpen => End is null;

    /// <summary>True when the person held the office on that day under every reading of the dates.</summary>
    public bool CertainlyHolds(DateOnly day) =>
        day >= Start.LastDay && (End is not { } end || day < end.FirstDay);

    /// <summary>True when some reading of the imprecise dates has the person in office that day.</summary>
    public bool PossiblyHolds(DateOnly day) =>
        day >= Start.FirstDay && (End is not { } end || day < LatestEndExclusive(end));

    /// <summary>True when the person certainly held the office through the whole period the date denotes.</summary>
    public bool CoversWhole(PartialDate date) => CertainlyHolds(date.FirstDay) && CertainlyHolds(date.LastDay);

    /// <summary>True when the tenure may overlap the period the date denotes.</summary>
    public bool Touches(PartialDate date) =>
        Start.FirstDay <= date.LastDay && (End is not { } end || date.FirstDay < LatestEndExclusive(end));

    private static DateOnly LatestEndExclusive(PartialDate end) =>
        end.Precision == DatePrecision.Day ? end.FirstDay : end.LastDay;

    /// <summary>"2021-08-03 to 2024-05-19" or "2024-07-28 to present".</summary>
    public string Period => $"{Start} to {(End is { } e ? e.ToString() : "present")}";

    public override string ToString() => $"{PersonName}, {OfficeId}, {Period}{(Acting ? " (acting)" : "")}";
}
