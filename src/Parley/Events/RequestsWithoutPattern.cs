using Parley.Events.Dates;
using Parley.Text;

namespace Parley.Events;

/// <summary>
/// Demands and appeals whose requested act has no pattern of its own: the request is the news
/// whatever is asked for. "The Red Cross said U.S. forces must ensure security" (the speaker
/// demands it of U.S. forces, 100); "a judge ordered the former president to appear in court"
/// (the judge demands it of him, 100); "the envoy urged Kenya to reconsider" (an appeal, 020).
/// So too a permission: "the court allowed the opposition leader to stand in the election" eases
/// a restriction on him (081), whatever he is allowed to do. A request or permission whose act a
/// pattern coded is left to that event and its cue.
/// </summary>
internal static class RequestsWithoutPattern
{
    /// <summary>Verbs that ask an actor (their object) to do what their complement says.</summary>
    private static readonly Dictionary<string, string> AskingVerbs = new(StringComparer.Ordinal)
    {
        ["order"] = "100", ["demand"] = "100", ["require"] = "100", ["instruct"] = "100", ["direct"] = "100", ["insist"] = "100",
        ["urge"] = "020", ["ask"] = "020", ["press"] = "020", ["encourage"] = "020", ["invite"] = "020", ["call"] = "020",
        // Permissions ("let" is left out: "let's", "let it be known").
        ["allow"] = "081", ["permit"] = "081", ["authorize"] = "081", ["authorise"] = "081",
    };

    private static string RuleFor(string code) => code switch { "100" => "asked-demand", "020" => "asked-appeal", _ => "allowed-act" };

    public static void Add(SentenceView view, Syntax.ArgumentFinder finder, Cues.ModalityReader modality, List<DateExpression> dates, List<EventDraft> output)
    {
        AddModalDemands(view, finder, dates, output);
        AddAskedActs(view, finder, modality, dates, output);
    }

    /// <summary>"X said Y must (or should) Z": X demands Z of Y.</summary>
    private static void AddModalDemands(SentenceView view, Syntax.ArgumentFinder finder, List<DateExpression> dates, List<EventDraft> output)
    {
        for (var t = view.Start; t < view.End; t++)
        {
            if (view.LowerText(t) is not ("must" or "should") || finder.Tree.BaseRelation(t) != "aux") continue;
            var verb = finder.Tree.Head(t);
            if (verb < 0 || output.Exists(d => d.TriggerToken == verb)) continue;
            if (finder.Find(verb, verb) is not { Subject: { } subject, Passive: false }) continue;
            if (finder.Speaker(verb) is not { } speaker || speaker.Group == subject.Group) continue;
            output.Add(Draft(view, dates, "100", "modal-demand", speaker, subject, t, verb, trigger: verb));
        }
    }

    /// <summary>"X ordered (urged, asked) Y to Z", "X demanded that Y Z": X demands (appeals for) Z of Y.</summary>
    private static void AddAskedActs(SentenceView view, Syntax.ArgumentFinder finder, Cues.ModalityReader modality, List<DateExpression> dates, List<EventDraft> output)
    {
        var tree = finder.Tree;
        for (var t = view.Start; t < view.End; t++)
        {
            if (!AskingVerbs.TryGetValue(view.Lemma(t), out var code) || tree.Upos(t) != "VERB") continue;
            // "call on Y to": only with its preposition; a plain "call" names, phones or summons.
            if (view.Lemma(t) == "call" && !(t + 1 < view.End && view.LowerText(t + 1) is "on" or "upon")) continue;
            // "ordered Y to Z" (Y is the verb's object), or "demanded that Y Z" (Y is the clause's subject).
            var act = tree.Child(t, "xcomp");
            // "did not allow", "refused to allow", "could allow": a permission refused or imagined eases nothing.
            if (code == "081" && modality.FindCues(view, t).Exists(c => c.Cue.Kind is Cues.CueKind.Negation or Cues.CueKind.Refusal or Cues.CueKind.Hypothetical or Cues.CueKind.Condition))
                continue;
            var clause = act < 0 && code == "100" ? tree.Child(t, "ccomp") : -1;
            if (clause >= 0) act = clause;
            // A coded act ("urged Iran to hold talks") already carries the request through its cue.
            if (act < 0 || output.Exists(d => d.TriggerToken == t || d.TriggerToken == act)) continue;
            var asked = clause >= 0 ? finder.Find(clause, clause) is { Passive: false } c ? c.Subject : null : AskedActor(view, finder, t);
            if (asked is null || finder.Find(t, t) is not { Subject: { } asker, Passive: false } || asker.Group == asked.Group) continue;
            var draft = Draft(view, dates, code, RuleFor(code), asker, asked, t, act, trigger: t);
            // "demanded a truce before allowing aid convoys in": a permission in a subordinate clause yields to the main event.
            if (code == "081") draft.Clause = ClauseRanker.SubordinateDepth(view, t);
            output.Add(draft);
        }
    }

    /// <summary>The actor asked: the verb's object, or the object of "on" after "call".</summary>
    private static ActorPhrase? AskedActor(SentenceView view, Syntax.ArgumentFinder finder, int verb)
    {
        var tree = finder.Tree;
        var obj = tree.Child(verb, "obj", "iobj");
        if (obj >= 0) return finder.ActorFor(obj);
        foreach (var c in tree.Children(verb))
            if (tree.BaseRelation(c) == "obl" && tree.CaseWord(c) is "on" or "upon") return finder.ActorFor(c);
        return null;
    }

    private static EventDraft Draft(SentenceView view, List<DateExpression> dates, string code, string rule,
        ActorPhrase source, ActorPhrase target, int spanStart, int spanEnd, int trigger)
    {
        var first = view.Document.Tokens[spanStart];
        var last = view.Document.Tokens[spanEnd];
        return new EventDraft
        {
            Code = code,
            Rule = rule,
            Source = source.Actor,
            Target = target.Actor,
            Modality = Modality.Asserted,
            SentenceIndex = view.Sentence.Index,
            SentenceSpan = view.Sentence.Span,
            Trigger = new TextSpan(first.Start, last.End),
            TriggerToken = trigger,
            Date = EventInterpreter.NearestDate(dates, trigger, view.Arguments?.Tree),
            InQuote = EventInterpreter.InQuote(view.Document, last.Start),
            Confidence = 0.5,
        };
    }
}
