using Parley.Storage;
using Parley.Time;

namespace Parley.Analysis;

/// <summary>Reads the events the outlook needs from a store: everything involving either side in the look-back window.</summary>
public static class OutlookStoreSource
{
    public static IReadOnlyList<OutlookEvent> Read(IStoreReader store, string a, string b, DateOnly asOf, int lookbackDays)
    {
        var from = PartialDate.FromDate(asOf.AddDays(-lookbackDays));
        var to = PartialDate.FromDate(asOf);
        var seen = new HashSet<long>();
        var events = new List<OutlookEvent>();
        foreach (var side in new[] { a, b })
            foreach (var stored in store.QueryEvents(new EventQuery { Actor = side, From = from, To = to }))
                if (seen.Add(stored.EventId) && Convert(stored) is { } e) events.Add(e);
        return events;
    }

    /// <summary>A stored event as an outlook record; null where its date is unknown. A month or year date counts from its middle.</summary>
    public static OutlookEvent? Convert(StoredEvent stored)
    {
        var ev = stored.Event;
        if (!PartialDate.TryParse(ev.Date.Value, out var date) || !date.IsKnown) return null;
        var day = date.Precision == DatePrecision.Day ? date.FirstDay
            : DateOnly.FromDayNumber((date.FirstDay.DayNumber + date.LastDay.DayNumber) / 2);
        return new OutlookEvent(day, ev.Source?.Code, ev.Source?.Country, ev.Target?.Code, ev.Target?.Country,
            ev.Cameo, ev.Plover, ev.Goldstein, ev.QuadClass, ev.Modality, ev.Evidence.Text, stored.ArticleId)
        {
            Reports = Math.Max(1, stored.Reports),
        };
    }
}
