using Parley.Output;
using Parley.Time;

namespace Parley.Storage;

/// <summary>
/// The key under which reports of one happening are merged across articles (docs/ingest.md).
/// Two reports are linked when their source actor, target actor, CAMEO root and date precision
/// agree and their date units are at most <see cref="Window"/> apart; stored events are the
/// connected components of that relation, so the grouping does not depend on ingestion order.
/// </summary>
public sealed record EventMergeKey(string SourceKey, string TargetKey, string Root, string Precision, long Unit)
{
    /// <summary>Largest distance in date units between two linked reports of the same precision.</summary>
    public long Window => WindowFor(Precision);

    public static long WindowFor(string precision) => precision == "day" ? EventMergeRule.DayWindow : 0;
}

public static class EventMergeRule
{
    /// <summary>
    /// Day-precision reports up to one day apart are linked: a text date ("on Friday") and a
    /// publication date, or two outlets in different time zones, often differ by one day.
    /// </summary>
    public const long DayWindow = 1;

    /// <summary>
    /// The merge key of an event report, or null when it must stay a separate event: an actor
    /// without country or code, or an unknown date, leaves too little to tell two happenings apart.
    /// </summary>
    public static EventMergeKey? KeyOf(EventJson e)
    {
        var source = ActorKey(e.Source);
        var target = ActorKey(e.Target);
        if (source is null || target is null) return null;
        if (!PartialDate.TryParse(e.Date.Value, out var date) || !date.IsKnown) return null;
        return new EventMergeKey(source, target, e.Root, date.Precision.ToJson(), UnitOf(date));
    }

    /// <summary>Country when known (so "Tehran" and "Iran's leaders" agree), else the actor code.</summary>
    public static string? ActorKey(ActorJson? actor) =>
        actor is null ? null
        : !string.IsNullOrEmpty(actor.Country) ? actor.Country
        : !string.IsNullOrEmpty(actor.Code) ? actor.Code
        : null;

    /// <summary>Days since 0001-01-01 for a day, months since year 0 for a month, the year for a year.</summary>
    public static long UnitOf(PartialDate date) => date.Precision switch
    {
        DatePrecision.Day => date.FirstDay.DayNumber,
        DatePrecision.Month => date.Year * 12L + date.Month - 1,
        DatePrecision.Year => date.Year,
        _ => throw new ArgumentException("An unknown date has no unit.", nameof(date)),
    };
}
