namespace Parley.Events;

/// <summary>
/// Acts a sentence names without saying they happened: denied by their speaker, kept from
/// happening, warned against or forbidden. Their pattern matches are dropped before overlaps are settled, so that the denial
/// keeps its own pattern (016).
/// </summary>
internal static class ActsNotDone
{
    private static readonly HashSet<string> DenialVerbs = ["deny", "refute"];
    private static readonly HashSet<string> DismissingVerbs = ["deny", "refute", "dismiss", "reject"];
    private static readonly HashSet<string> ClaimNouns = ["report", "claim", "allegation", "accusation", "charge", "suggestion", "rumor", "rumour"];
    private static readonly HashSet<string> WarningVerbs = ["warn", "caution", "advise"];
    /// <summary>Nouns for a rule against an act: "a ban on arms sales", "restrictions on travel", "a moratorium on executions".</summary>
    private static readonly HashSet<string> BanNouns = ["ban", "restriction", "moratorium", "embargo", "prohibition", "curb", "limit"];
    private static readonly HashSet<string> PreventingVerbs = ["prevent", "block", "bar", "stop", "keep", "ban", "prohibit", "deter", "dissuade", "discourage", "restrain", "refrain"];

    /// <summary>
    /// An act its speaker denies did not happen as far as the sentence says, so it is not coded
    /// (the denial is, by the deny patterns): "The Kremlin denied that Russian troops had entered
    /// Ukraine", "Hamas denied firing rockets", "Israel denied the attack", "Moscow dismissed
    /// reports that its jets had bombed a hospital"; nor is an act kept from happening ("blocked
    /// aid trucks from entering Gaza", "refrained from attacking").
    /// </summary>
    public static bool IsDeniedOrPrevented(SentenceView view, int anchor)
    {
        if (view.Arguments is not { Tree: var tree }) return false;
        var relation = tree.BaseRelation(anchor);
        var head = tree.Head(anchor);
        if (head < 0) return false;
        if (tree.Child(anchor, "mark") is var mark and >= 0 && view.LowerText(mark) == "from")
        {
            // The parser hangs "from entering" under the verb or under its object ("blocked trucks from entering").
            var preventer = tree.BaseRelation(head) == "obj" && tree.Upos(head) is "NOUN" or "PROPN" or "PRON" ? tree.Head(head) : head;
            if (preventer >= 0 && PreventingVerbs.Contains(view.Lemma(preventer))) return true;
        }
        // "a ban on arms sales to Myanmar", "bans on travel to Canada": an act a rule forbids is not done by the rule's maker.
        if (IsForbidden(view, tree, anchor)) return true;
        // "warned NATO against sending troops", "cautioned against an attack": what one warns against has not happened.
        if ((tree.Child(anchor, "mark") is var against and >= 0 ? against : tree.Child(anchor, "case")) is var word and >= 0
            && view.LowerText(word) == "against" && WarningVerbs.Contains(view.Lemma(head))) return true;
        if (relation is "ccomp" or "xcomp" && DenialVerbs.Contains(view.Lemma(head))) return true;
        // "denied sending parts for drones": the parser may hang an unmarked gerund as an adverbial clause.
        if (relation == "advcl" && tree.Child(anchor, "mark") < 0 && view.Document.Tokens[anchor].Xpos == "VBG" && anchor > head
            && DenialVerbs.Contains(view.Lemma(head))) return true;
        if (relation == "obj" && tree.Upos(anchor) == "NOUN" && DenialVerbs.Contains(view.Lemma(head))) return true;
        // "..., a charge Moscow denied": a claim its relative clause denies.
        if (ClaimNouns.Contains(view.Lemma(anchor)))
            foreach (var child in tree.Children(anchor))
                if (tree.BaseRelation(child) == "acl" && DismissingVerbs.Contains(view.Lemma(child))) return true;
        // The claim dismissed is no claim of the one dismissing it ("dismissed reports that ...", "a charge Moscow denied").
        if (relation is "obj" or "nsubj" && ClaimNouns.Contains(view.Lemma(anchor)) && DismissingVerbs.Contains(view.Lemma(head))) return true;
        // "dismissed reports that its jets had bombed": the clause of a claim the verb rejects,
        // hung under the claim noun or, by the parser, under the verb beside it.
        if (relation is "acl" or "ccomp" && ClaimNouns.Contains(view.Lemma(head)) && tree.Head(head) is var verb and >= 0
            && tree.BaseRelation(head) == "obj" && DismissingVerbs.Contains(view.Lemma(verb))) return true;
        return relation == "ccomp" && DismissingVerbs.Contains(view.Lemma(head)) && tree.Child(head, "obj") is var claim and >= 0
            && ClaimNouns.Contains(view.Lemma(claim));
    }

    /// <summary>
    /// The noun (or the noun a compound word belongs to: "arms" in "arms sales") hangs with "on" or
    /// "of" under a ban noun, or stands right after one and that preposition (the parse may hang
    /// it under the first of coordinated nouns: "asset freezes and bans on travel").
    /// </summary>
    private static bool IsForbidden(SentenceView view, Syntax.SentenceTree tree, int anchor)
    {
        var noun = anchor;
        if (tree.BaseRelation(noun) == "compound" && tree.Head(noun) is var compoundHead and >= 0) noun = compoundHead;
        if (tree.Upos(noun) != "NOUN" || tree.BaseRelation(noun) != "nmod" || tree.Head(noun) is not (var rule and >= 0)) return false;
        if (tree.Child(noun, "case") is not (var on and >= 0) || view.LowerText(on) is not ("on" or "of")) return false;
        return BanNouns.Contains(view.Lemma(rule)) || (on > view.Start && BanNouns.Contains(view.Lemma(on - 1)));
    }
}
