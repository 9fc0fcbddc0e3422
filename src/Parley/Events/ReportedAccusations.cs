using Parley.Events.Dates;

namespace Parley.Events;

/// <summary>
/// "Israel said a rocket was fired at it from Lebanon", "the Observatory said government forces
/// killed eight people": a speaker who reports another side's violence (roots 18-20) accuses that
/// side of it. Besides the reported act (modality `reported`), the speaker's statement is coded as
/// the accusation it is: aggression (1123), or war crimes (1124) for mass violence, from the
/// speaker to the side said to have done it, triggered by the reporting verb.
/// </summary>
internal static class ReportedAccusations
{
    public static void Add(SentenceView view, List<DateExpression> dates, List<EventDraft> drafts)
    {
        var count = drafts.Count;
        for (var i = 0; i < count; i++)
        {
            var act = drafts[i];
            // Only what the report itself states: not an act in a clause below it ("two men suspected of
            // blowing up a plane, a newspaper said"; "peacekeepers held captive since Friday").
            if (act.Subordinate || act.Clause > 0 || act.Nominal || act.Modality != Modality.Reported || act.ReportVerb < 0) continue;
            // Both sides known by country: an accusation of "gunmen" or "forces" of no country says little.
            if (act.ReportedBy is not { Country.Length: 3 } speaker || act.Source is not { Code: not null, Country.Length: 3 } doer) continue;
            if (!Ontology.CameoOntology.IsViolence(act.Code) || ReciprocalEvents.IsSameSide(speaker, doer) || !SpeaksForItself(view, speaker)) continue;
            // One accusation per speaker in a sentence, and none where the speaker already acts in
            // it (claims the act, accuses someone, denies).
            if (drafts.Exists(d => !d.Subordinate && d.Source?.Code == speaker.Code)) continue;
            var verb = view.Document.Tokens[act.ReportVerb];
            drafts.Add(new EventDraft
            {
                Code = act.Code.StartsWith("20", StringComparison.Ordinal) ? "1124" : "1123",
                Rule = "reported-violence",
                Source = speaker,
                Target = doer,
                Modality = Modality.Asserted,
                SentenceIndex = act.SentenceIndex,
                SentenceSpan = act.SentenceSpan,
                Trigger = verb.Span,
                TriggerToken = act.ReportVerb,
                Date = EventInterpreter.NearestDate(dates, act.ReportVerb, view.Arguments?.Tree),
                InQuote = EventInterpreter.InQuote(view.Document, verb.Start),
                Confidence = act.Confidence * 0.8,
            });
        }
    }

    /// <summary>
    /// A speaker who accuses: not the news media relaying a report ("Syrian state media reported"),
    /// nor a place the reporting verb names ("reported from Kabul").
    /// </summary>
    private static bool SpeaksForItself(SentenceView view, EventActor speaker)
    {
        if (speaker.Code is { } code && RolesOf(code).Contains("MED")) return false;
        return view.Actors.Find(a => a.Actor == speaker) is not { Preposition: { } preposition } || preposition == "to";
    }

    private static IEnumerable<string> RolesOf(string code)
    {
        for (var i = 3; i + 3 <= code.Length; i += 3) yield return code.Substring(i, 3);
    }
}
