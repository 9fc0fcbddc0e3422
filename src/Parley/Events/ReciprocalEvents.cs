namespace Parley.Events;

/// <summary>
/// Meetings, talks and phone calls are mutual: "X held talks with Y" is also Y's talks with X, and a visit is
/// hosted by the one visited ("X visited Y": X makes a visit, 042, and Y hosts it, 043). Each such
/// event gets its counterpart from the other side, as CAMEO codes dyadic consultation, so the
/// dyad counts it in both directions.
/// </summary>
internal static class ReciprocalEvents
{
    private static readonly Dictionary<string, string> Counterparts = new(StringComparer.Ordinal)
    {
        ["040"] = "040", ["041"] = "041", ["044"] = "044", ["046"] = "046", ["042"] = "043", ["043"] = "042",
    };

    /// <summary>
    /// Acts that coordinated sides with no one else named do with each other ("Libya and Bulgaria
    /// signed a treaty": two events, actors reversed, as the CAMEO manual codes it), though one side
    /// may do them towards another alone ("Ukraine ratified an agreement with the EU").
    /// </summary>
    private static readonly HashSet<string> JointActs = ["057", "060", "061", "062"];

    /// <summary>Intents to act together: to cooperate (030, 031x) or to meet and negotiate (036).</summary>
    private static readonly string[] JointIntentPrefixes = ["030", "031", "036"];

    /// <summary>
    /// True for an intent to do together what coordinated sides then do with each other ("Kenya
    /// and Uganda plan to hold talks", "have agreed to hold joint exercises").
    /// </summary>
    public static bool IsJointIntent(string code) => Array.Exists(JointIntentPrefixes, p => code.StartsWith(p, StringComparison.Ordinal));

    /// <summary>True for the acts two sides do together (talks, meetings, negotiations, signed agreements, cooperation), not visits, which have a host.</summary>
    public static bool IsMutual(string code) => JointActs.Contains(code) || (Counterparts.TryGetValue(code, out var counterpart) && counterpart == code);

    /// <summary>Adds, after each mutual event with both sides named, the same event seen from its target.</summary>
    public static List<EventDraft> Add(List<EventDraft> drafts)
    {
        var result = new List<EventDraft>(drafts.Count);
        foreach (var d in drafts)
        {
            result.Add(d);
            if (d.Source is null || d.Target is null || d.Subordinate || d.Modality is not (Modality.Asserted or Modality.Reported)) continue;
            if (!Counterparts.TryGetValue(d.Code, out var counterpart) || IsSameSide(d.Source, d.Target)) continue;
            result.Add(d.Reversed(counterpart));
        }
        return result;
    }

    /// <summary>
    /// One side: the same actor, or a country and a body of it (ISR and ISRMIL). Two bodies of
    /// one country are two sides ("Georgian demonstrators received ministers of the government":
    /// the ministers visited them).
    /// </summary>
    public static bool IsSameSide(EventActor source, EventActor target) =>
        source.Code is { } a && target.Code is { } b
            ? a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal)
            : string.Equals(source.Country, target.Country, StringComparison.Ordinal);
}
