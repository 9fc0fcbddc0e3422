using Parley.Events.Ontology;
using Parley.Events.Syntax;

namespace Parley.Events;

/// <summary>
/// Ranks the events of one sentence by the clause they stand in: deeper subordinate clauses and
/// nouns inside another event's arguments yield to the main event.
/// </summary>
internal static class ClauseRanker
{
    private static readonly HashSet<string> Subordinators =
        ["where", "when", "after", "following", "before", "because", "since", "while", "during", "although", "though", "as", "until", "whereas", "despite"];

    /// <summary>
    /// Drops events stated in a subordinate clause ("... where 28 people were killed") when the
    /// sentence has a main event; a violent subordinate event lends its target to a violent main
    /// event that has none ("a drone strike that killed X").
    /// </summary>
    public static void Resolve(List<EventDraft> drafts, SentenceTree? tree)
    {
        if (drafts.Count < 2) return;
        // Drafts come in trigger order.
        for (var i = 0; i < drafts.Count; i++)
        {
            var d = drafts[i];
            EventDraft? main = null;
            for (var k = 0; k < i; k++)
                if (!drafts[k].Subordinate && drafts[k].TriggerToken < d.TriggerToken && drafts[k].SentenceIndex == d.SentenceIndex) main = drafts[k];
            if (main is null)
            {
                // "Before leaving for Beijing, Bush will meet ...": the main clause may follow a fronted subordinate one.
                if (drafts.Exists(m => m.SentenceIndex == d.SentenceIndex && m.TriggerToken > d.TriggerToken && m.Clause < d.Clause && !SeparateStatements(m, d, tree)))
                    d.Subordinate = true;
                continue;
            }
            if (main.TriggerToken == d.TriggerToken) continue;
            // Not across coordinated clauses with their own dates ("annexed Crimea in 2014 and launched
            // an invasion in 2022" states two events).
            var violent = CameoOntology.IsViolence(main.Code) && CameoOntology.IsViolence(d.Code) && !SeparateStatements(main, d, tree);
            if (violent && main.Target is null && d.Target is not null)
            {
                main.Target = d.Target;
                d.Subordinate = true;
                continue;
            }
            if (d.Clause > main.Clause) d.Subordinate = true;
        }
        if (tree is null) return;
        // A noun inside another event's clause names what that event is about ("rejected a U.S. request").
        foreach (var d in drafts)
        {
            if (d.Subordinate || !d.Nominal) continue;
            if (drafts.Exists(o => o != d && !o.Nominal && !o.Subordinate && o.TriggerToken != d.TriggerToken && tree.InArgumentsOf(o.TriggerToken, d.TriggerToken)))
                d.Subordinate = true;
        }
    }

    /// <summary>
    /// "as a provocation", "as an act of war", "as part of", "as well as", "such as": "as" opening
    /// a noun phrase, not a clause. Only these forms: the tagger often misses the verb of an
    /// as-clause ("as security forces used tear gas").
    /// </summary>
    private static bool IsPrepositionalAs(SentenceView view, int asToken)
    {
        if (asToken > view.Start && view.LowerText(asToken - 1) is "such" or "well") return true;
        return asToken + 1 < view.End && view.LowerText(asToken + 1) is "a" or "an" or "part" or "well";
    }

    /// <summary>
    /// How many subordinating words (relative pronouns, subordinators, participles after a comma)
    /// precede a trigger. A clause a sentence opens with ends at its first comma ("Before leaving
    /// for Beijing, Bush will meet ...": the meeting is the main event).
    /// </summary>
    public static int SubordinateDepth(SentenceView view, int trigger)
    {
        var depth = 0;
        var fronted = false;
        for (var j = view.Start; j < trigger; j++)
        {
            var w = view.LowerText(j);
            // "denounced the visit as a provocation and summoned ...": "as" opening a noun phrase opens no clause.
            if (w == "as" && IsPrepositionalAs(view, j)) continue;
            if (Subordinators.Contains(w) || w is "which" or "who" or "whom" or "whose" or "where" or "when")
            {
                depth++;
                fronted |= j == view.Start;
            }
            else if (w == "," && fronted)
            {
                depth--;
                fronted = false;
            }
            else if (w == "," && j + 1 < view.End && view.LowerText(j + 1).EndsWith("ing", StringComparison.Ordinal)) depth++;
        }
        return depth;
    }

    private static bool SeparateStatements(EventDraft main, EventDraft d, SentenceTree? tree) =>
        (main.Date is { } a && d.Date is { } b && a != b)
        || (tree is not null && tree.BaseRelation(d.TriggerToken) == "conj" && tree.Head(d.TriggerToken) == main.TriggerToken);

}
