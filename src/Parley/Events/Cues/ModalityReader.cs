namespace Parley.Events.Cues;

/// <summary>A modality cue found before a trigger: where it starts and ends, and an actor between it and the trigger.</summary>
internal readonly record struct FoundCue(ModalityCue Cue, int Start, int Position, ActorPhrase? ActorBetween);

/// <summary>
/// Finds the modality cues that govern a trigger (negation, refusal, intention, demand, appeal,
/// threat, hypothetical) and turns the event's code and modality accordingly (cues.tsv, transforms.tsv).
/// </summary>
internal sealed class ModalityReader(EventResources resources)
{
    private const int CueWindow = 6;

    public List<FoundCue> FindCues(SentenceView view, int triggerFirst)
    {
        var found = new List<FoundCue>(2);
        ActorPhrase? actorBetween = null;
        var lowestAllowed = triggerFirst - CueWindow;
        // Negation, hypotheticals and cessation bind to the verb they stand before: a permission's, when one governs the trigger.
        var boundVerb = triggerFirst;
        for (var j = triggerFirst - 1; j >= view.Start && j >= lowestAllowed && found.Count < 3; j--)
        {
            var lower = view.LowerText(j);
            // "urged Serbia, Kosovo and Montenegro to": the actors asked may be a coordinated list
            // (the objects of a verb, not of a preposition: "dialogue with Seoul and Washington while ...").
            // A cessation cue is transparent: in "urged Washington to stop arming Taiwan" Washington is the one urged.
            var onlyCessationSoFar = found.TrueForAll(c => c.Cue.Kind == CueKind.Cessation);
            var inList = actorBetween is { Preposition: null } && onlyCessationSoFar && j - 1 >= view.Start && view.ActorOf(j - 1) is { } previous && previous.Group == actorBetween.Group;
            if (inList && lower is "," or "and" or "or") { lowestAllowed--; continue; }
            if (lower is "," or ";" or ":" or "(" or ")" or "which" or "who" or "but" or "\"" or "“" or "”") break;
            if (view.ActorOf(j) is { } actor)
            {
                if (onlyCessationSoFar && (actorBetween is null || (actor.Group == actorBetween.Group && actorBetween.Preposition is null)))
                {
                    actorBetween = actor;
                    lowestAllowed -= actor.Last - actor.First + 1;
                    j = actor.First;
                    continue;
                }
                break;
            }
            var cueFound = false;
            foreach (var key in view.LowerText(j) == view.Lemma(j) ? [view.Lemma(j)] : new[] { view.Lemma(j), view.LowerText(j) })
            {
            if (cueFound) break;
            foreach (var cue in resources.Cues.EndingWith(key))
            {
                var start = j - cue.Lemmas.Length + 1;
                if (start < view.Start) continue;
                var ok = true;
                for (var q = 0; q < cue.Lemmas.Length - 1 && ok; q++)
                    ok = view.Lemma(start + q) == cue.Lemmas[q] || view.LowerText(start + q) == cue.Lemmas[q];
                if (!ok) continue;
                // Negation, hypotheticals and cessation bind tightly: "did not attack", "would attack", "stopped arming".
                if (cue.Kind is CueKind.Negation or CueKind.Hypothetical or CueKind.Cessation && boundVerb - j > 3) continue;
                if (cue.Kind is CueKind.Report or CueKind.Condition) continue;
                // "a stop in Paris", "the halt": only a verb stops an act.
                if (cue.Kind == CueKind.Cessation && view.Document.Tokens[j].Upos is { } tag && tag != "VERB") continue;
                // "pressure groups", "threat level": a noun modifying the noun after it is no cue.
                if (IsNounModifier(view, j, triggerFirst)) continue;
                // "will" after "said" or before a cooperative act is intent; on its own it only marks the future.
                found.Add(new FoundCue(cue, start, j, cue.Kind is CueKind.Demand or CueKind.Appeal or CueKind.Permission ? actorBetween : null));
                if (cue.Kind == CueKind.Permission) (boundVerb, lowestAllowed) = (start, Math.Min(lowestAllowed, start - CueWindow));
                j = start;
                cueFound = true;
                break;
            }
            }
        }
        return found;
    }

    private static bool IsNounModifier(SentenceView view, int token, int triggerFirst) =>
        token + 1 < triggerFirst && view.Document.Tokens[token].Upos == "NOUN" && view.Document.Tokens[token + 1].Upos == "NOUN"
        && !view.IsDateToken(token + 1);

    /// <summary>The code an event takes under a cue, or null when the event is not coded.</summary>
    public string? Apply(CueKind kind, string code, ref Modality modality, SentenceView view, int cuePosition)
    {
        var root = int.Parse(code.AsSpan(0, 2));
        switch (kind)
        {
            case CueKind.Negation:
            {
                var to = resources.Cues.Transform(CueKind.Negation, code);
                if (to is null) return null;
                modality = Modality.Refused;
                return to;
            }
            case CueKind.Refusal:
            {
                var to = resources.Cues.Transform(CueKind.Refusal, code);
                if (to is null) return null;
                modality = Modality.Refused;
                return to.Length == 2 ? code : to;
            }
            case CueKind.Intention:
            {
                var to = resources.Cues.Transform(CueKind.Intention, code);
                if (to is not null) { modality = Modality.Intended; return to; }
                if (root >= 14)
                {
                    var threat = resources.Cues.Transform(CueKind.Threat, code);
                    if (threat is not null) { modality = Modality.Threatened; return threat; }
                }
                if (root is >= 3 and <= 8 && modality == Modality.Asserted) modality = Modality.Intended;
                return code;
            }
            // Asking for a hostile act ("wants Putin to attack", "called for sanctions") is the asking,
            // not the act: the plain demand or appeal. An order given with authority ("ordered the
            // newspaper to suspend publication", "ordered patrols") is the act itself.
            case CueKind.Demand:
                if (root is 10 or 12 or 13) return code;
                return resources.Cues.Transform(CueKind.Demand, code) ?? (root >= 14 && IsOrder(view, cuePosition) ? code : "100");
            case CueKind.Appeal:
                return root is 2 or 10 or 12 or 13 ? code : resources.Cues.Transform(CueKind.Appeal, code) ?? "020";
            // "stopped arming Taiwan", "halted the talks": what is stopped is reduced (162x, 164, 087), or not coded.
            case CueKind.Cessation:
                return resources.Cues.Transform(CueKind.Cessation, code);
            case CueKind.Threat:
            {
                if (root == 13) return code;
                modality = Modality.Threatened;
                return resources.Cues.Transform(CueKind.Threat, code) ?? "130";
            }
            case CueKind.Hypothetical:
            {
                if (root == 13) return code;
                // "warned that Moscow would strike": a warned future is a threat.
                if (ClauseHasBefore(view, cuePosition, "warn", "threaten", "vow"))
                {
                    modality = Modality.Threatened;
                    return root >= 14 ? resources.Cues.Transform(CueKind.Threat, code) ?? "130" : "130";
                }
                // "said it would send aid": a reported future is a statement of intent.
                var reported = ClauseHasBefore(view, cuePosition, "say", "announce", "tell", "state", "add", "pledge", "promise",
                    "confirm", "declare", "insist", "indicate", "signal", "decide", "vow", "swear", "reiterate");
                if (reported && view.Lemma(cuePosition) is "would" or "will")
                {
                    // "said it would not meet": the refusal read from the negation stands.
                    if (modality == Modality.Refused) return code;
                    // A stated future hostile act ("said they would boycott") is a threat, a cooperative one an intent.
                    if (root >= 14 && resources.Cues.Transform(CueKind.Threat, code) is { } threat)
                    {
                        modality = Modality.Threatened;
                        return threat;
                    }
                    var to = resources.Cues.Transform(CueKind.Intention, code);
                    modality = Modality.Intended;
                    return to ?? code;
                }
                // "may halt its mediation if the fighting continues": a hostile step held over a
                // condition is a conditional threat; a friendly one stays unstated.
                if (root >= 14 && ConditionFollows(view, cuePosition) && resources.Cues.Transform(CueKind.Threat, code) is { } conditional)
                {
                    modality = Modality.Conditional;
                    return conditional;
                }
                return null;
            }
            default:
                return code;
        }
    }

    private static bool IsOrder(SentenceView view, int cuePosition) => view.Lemma(cuePosition) is "order" or "instruct" or "direct";

    /// <summary>True when an if- or unless-clause follows the position in the sentence.</summary>
    private static bool ConditionFollows(SentenceView view, int position)
    {
        for (var j = position + 1; j < view.End; j++)
            if (view.LowerText(j) is "if" or "unless") return true;
        return false;
    }

    private static bool ClauseHasBefore(SentenceView view, int position, params string[] lemmas)
    {
        for (var j = position - 1; j >= view.Start; j--)
        {
            var w = view.LowerText(j);
            if (w is ";" or ":") return false;
            if (Array.IndexOf(lemmas, view.Lemma(j)) >= 0) return true;
        }
        return false;
    }
}
