namespace Parley.Events;

/// <summary>
/// Within-article deduplication: drafts with the same source, target, code and date are one
/// event; later statements become more evidence of the first. A draft without a target that
/// another draft of its sentence states in full, with the same source, root and modality ("met Assad ...
/// to discuss ...": one meeting), is dropped, and so is an act of an actor on itself beside the
/// same act, from the same trigger, on another actor.
/// </summary>
internal static class EventMerger
{
    public static List<EventDraft> Merge(List<EventDraft> drafts)
    {
        var kept = new List<EventDraft>(drafts.Count);
        var byKey = new Dictionary<string, EventDraft>(StringComparer.Ordinal);
        foreach (var d in drafts)
        {
            var key = string.Concat(d.Source?.Code ?? d.Source?.Text ?? "-", "|", d.Target?.Code ?? d.Target?.Text ?? "-", "|", d.Code, "|",
                d.Date?.Date.ToString() ?? "pub");
            if (byKey.TryGetValue(key, out var first))
            {
                if (first.SentenceIndex != d.SentenceIndex)
                    first.MoreEvidence.Add(new EventEvidence(d.SentenceIndex, d.SentenceSpan));
                first.Confidence = Math.Min(0.99, Math.Max(first.Confidence, d.Confidence) + 0.05);
                continue;
            }
            byKey[key] = d;
            kept.Add(d);
        }
        kept.RemoveAll(d => d.Target is null && d.Source is not null && kept.Exists(full => StatesInFull(full, d)));
        kept.RemoveAll(d => IsSelfTargeted(d) && kept.Exists(other => !IsSelfTargeted(other) && IsSameAct(other, d)));
        return kept;
    }

    /// <summary>
    /// "The government ... arresting political opponents": a coordinated target list that took in
    /// the source as well. Alone, an act on oneself may be meant ("promised to democratize Serbia").
    /// </summary>
    private static bool IsSelfTargeted(EventDraft d) => d.Source?.Code is { } code && code == d.Target?.Code;

    private static bool IsSameAct(EventDraft a, EventDraft b) =>
        a.SentenceIndex == b.SentenceIndex && a.TriggerToken == b.TriggerToken && a.Code == b.Code && a.Source?.Code == b.Source?.Code;

    private static bool StatesInFull(EventDraft full, EventDraft partial) =>
        full.Target is not null && full.SentenceIndex == partial.SentenceIndex && full.Code.AsSpan(0, 2).SequenceEqual(partial.Code.AsSpan(0, 2))
        && full.Source?.Code == partial.Source!.Code && full.Modality == partial.Modality;
}
