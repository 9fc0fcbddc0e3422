using Parley.Events.Patterns;

namespace Parley.Events;

/// <summary>A pattern matched in a sentence: its token range, anchor and filled slots.</summary>
internal sealed record PatternMatch(
    EventPattern Pattern, int First, int Last, int Anchor, ActorPhrase? Source, ActorPhrase? Target, bool TargetSlotFilled);

/// <summary>
/// Matches one pattern at one anchor token. Words may be separated by up to
/// <see cref="MaxSkip"/> tokens (determiners, adjectives, adverbs) but never across clause
/// punctuation; '*' allows up to <see cref="MaxGap"/> tokens; an actor slot takes the actor
/// phrase that starts within a few tokens.
/// </summary>
internal static class PatternMatcher
{
    public const int MaxSkip = 2;
    public const int MaxGap = 5;
    private const int MaxSlotLead = 3;

    public static PatternMatch? Match(SentenceView view, EventPattern pattern, int anchor)
    {
        var state = new State(view, pattern);
        if (!MatchForward(state, pattern.AnchorIndex + 1, anchor + 1)) return null;
        var first = anchor;
        // Elements before the anchor: slots and optional words, matched right to left.
        for (var e = pattern.AnchorIndex - 1; e >= 0; e--)
        {
            var element = pattern.Elements[e];
            switch (element.Kind)
            {
                case ElementKind.Word:
                    var found = -1;
                    for (var j = first - 1; j >= view.Start && j >= first - 1 - MaxSkip; j--)
                    {
                        if (element.Accepts(view.Lemma(j), view.LowerText(j))) { found = j; break; }
                        if (IsBreak(view.LowerText(j))) break;
                    }
                    if (found >= 0) first = found;
                    else if (!element.Optional) return null;
                    break;
                case ElementKind.Source:
                case ElementKind.Target:
                    ActorPhrase? actor = null;
                    for (var j = first - 1; j >= view.Start && j >= first - 1 - MaxSlotLead; j--)
                    {
                        actor = view.ActorOf(j);
                        if (actor is not null || IsBreak(view.LowerText(j))) break;
                    }
                    if (actor is null) return null;
                    if (element.Kind == ElementKind.Source) state.Source = actor; else { state.Target = actor; state.TargetFilled = true; }
                    first = actor.First;
                    break;
                default:
                    return null;
            }
        }
        return new PatternMatch(pattern, first, state.Last, anchor, state.Source, state.Target, state.TargetFilled);
    }

    private sealed class State(SentenceView view, EventPattern pattern)
    {
        public SentenceView View { get; } = view;
        public EventPattern Pattern { get; } = pattern;
        public ActorPhrase? Source { get; set; }
        public ActorPhrase? Target { get; set; }
        public bool TargetFilled { get; set; }
        public int Last { get; set; }
    }

    /// <summary>Matches elements [e..] starting at token <paramref name="pos"/>; sets Last on success.</summary>
    private static bool MatchForward(State s, int e, int pos)
    {
        var view = s.View;
        if (e >= s.Pattern.Elements.Count)
        {
            s.Last = pos - 1;
            return true;
        }
        var element = s.Pattern.Elements[e];
        switch (element.Kind)
        {
            case ElementKind.Word:
            {
                var limit = pos + MaxSkip;
                for (var j = pos; j < view.End && j <= limit; j++)
                {
                    if (element.Accepts(view.Lemma(j), view.LowerText(j)) && !PrepositionOfSkippedNoun(view, pos, j) && MatchForward(s, e + 1, j + 1)) return true;
                    // A date between two words does not count as a gap ("lifted on Friday the blockade"),
                    // and a hyphenated modifier counts as one word ("called off a five-day strike").
                    if (view.IsDateToken(j)) limit++;
                    if (view.IsInnerHyphen(j)) limit += 2;
                    if (IsBreak(view.LowerText(j)) || view.ActorOf(j) is not null || IsNegation(view.LowerText(j))) break;
                    // "stop interfering in": a finite verb or a gerund between two words starts a phrase of its own
                    // ("imposed sweeping new sanctions": not a gerund that modifies a word after it).
                    if (view.Document.Tokens[j].Xpos is "VBD" or "VBZ" or "VBP" || (view.Document.Tokens[j].Xpos == "VBG" && !ModifiesNext(view, j))) break;
                }
                return element.Optional && MatchForward(s, e + 1, pos);
            }
            case ElementKind.Gap:
            {
                for (var j = pos; j < view.End && j <= pos + MaxGap; j++)
                {
                    if (MatchForward(s, e + 1, j)) return true;
                    if (IsBreak(view.LowerText(j)) || IsNegation(view.LowerText(j))) break;
                }
                return false;
            }
            default:
            {
                var isTarget = element.Kind == ElementKind.Target;
                for (var j = pos; j < view.End && j <= pos + MaxSlotLead; j++)
                {
                    var actor = view.ActorOf(j);
                    if (actor is not null)
                    {
                        // A passive agent ("by X") never fills a target slot.
                        if (isTarget && actor.Preposition == "by" && actor.First == j && s.Pattern.Elements[e - 1].Kind == ElementKind.Word
                            && !s.Pattern.Elements[e - 1].Accepts("by")) break;
                        // "fired at it from Lebanon": a slot after the pattern's own preposition does not reach an actor of another one.
                        if (isTarget && actor.Preposition is { } other && AfterOtherPreposition(s, e, pos, actor, other)) break;
                        if (isTarget) { s.Target = actor; s.TargetFilled = true; } else s.Source = actor;
                        if (MatchForward(s, e + 1, actor.Last + 1)) return true;
                        if (AfterApposition(view, actor) is var after and > 0 && MatchForward(s, e + 1, after)) return true;
                        // "summoned Niger's ambassador" for `summon TARGET ambassador`: the actor phrase took the pattern's next word as its role noun.
                        if (EndsWithNextWord(s, e, actor) && MatchForward(s, e + 2, actor.Last + 1)) return true;
                        if (isTarget) { s.Target = null; s.TargetFilled = false; } else s.Source = null;
                        break;
                    }
                    if (IsBreak(view.LowerText(j)) || IsInfinitiveOfLaterNoun(view, j, pos - 1)) break;
                    // "calling them an occupying army", "claimed that they had attacked": a pronoun right at the slot fills it; what follows it does not.
                    if (j == pos && IsPersonalPronoun(view.LowerText(j))) break;
                }
                // No actor: a final slot may stay empty; an inner slot may cover an unresolved phrase.
                // A pattern that needs its target ("attend TARGET summit", "call TARGET") has it in its slot.
                if (isTarget && s.Pattern.RequiresTarget) return false;
                if (e == s.Pattern.Elements.Count - 1) return MatchForward(s, e + 1, pos);
                for (var j = pos + 1; j < view.End && j <= pos + 4; j++)
                {
                    if (IsBreak(view.LowerText(j - 1)) || view.ActorOf(j - 1) is not null) break;
                    if (MatchForward(s, e + 1, j)) return true;
                }
                return false;
            }
        }
    }

    /// <summary>
    /// "approved the sale of missiles" is no `approve of`: an "of" found after skipped words that
    /// end in a noun belongs to that noun (other prepositions may belong to the verb across its
    /// object: "fired anti-aircraft batteries at", "banned candidates from").
    /// </summary>
    private static bool PrepositionOfSkippedNoun(SentenceView view, int pos, int found) =>
        found > pos && view.LowerText(found) == "of" && view.Document.Tokens[found - 1].Upos == "NOUN" && view.ActorOf(found - 1) is null;

    /// <summary>
    /// True when the slot follows a pattern preposition and the actor's own, different preposition of
    /// origin or place lies between them ("fired at it from Lebanon"; "clashed with hundreds of
    /// protesters" still reaches the protesters).
    /// </summary>
    private static bool AfterOtherPreposition(State s, int slot, int pos, ActorPhrase actor, string preposition)
    {
        if (preposition is not ("from" or "in" or "at") || slot == 0 || s.Pattern.Elements[slot - 1] is not { Kind: ElementKind.Word } before
            || before.Accepts(preposition, preposition) || !before.Lemmas.Any(SentenceView.IsPreposition)) return false;
        for (var j = pos; j < actor.First; j++)
            if (s.View.LowerText(j) == preposition) return true;
        return false;
    }

    /// <summary>
    /// "protested in Kigali", "met at the embassy": true when the target slot reached past an "in" or
    /// "at" the pattern does not name to a whole phrase, which says where the act happened, not to
    /// whom. An actor that only modifies a noun ("killed in a U.S. strike", "protested at the
    /// Chinese embassy", "in the Syrian civil war") is not such a place.
    /// </summary>
    public static bool TargetIsSkippedPlace(SentenceView view, PatternMatch match)
    {
        if (!match.TargetSlotFilled || match.Target is not { Preposition: "in" or "at" } actor) return false;
        var slot = match.Pattern.TargetSlot;
        if (slot <= 0 || match.Pattern.Elements[slot - 1] is not { Kind: ElementKind.Word } before
            || before.Accepts(actor.Preposition, actor.Preposition)) return false;
        var next = actor.Last + 1;
        return next >= view.End || view.IsDateToken(next) || view.Document.Tokens[next].Upos is not ("NOUN" or "PROPN" or "ADJ");
    }

    /// <summary>
    /// "forced the UN refugee agency, UNHCR, out of the country": an actor named again between
    /// commas right after a slot's actor belongs to it; the token after the second comma, or -1.
    /// </summary>
    private static int AfterApposition(SentenceView view, ActorPhrase actor)
    {
        var comma = actor.Last + 1;
        if (comma + 2 >= view.End || view.LowerText(comma) != "," || view.ActorOf(comma + 1) is not { } named || named == actor) return -1;
        return named.Last + 2 < view.End && view.LowerText(named.Last + 1) == "," ? named.Last + 2 : -1;
    }

    /// <summary>True when the actor filling the slot ends in the word the pattern expects next (its role noun, "Niger's ambassador").</summary>
    private static bool EndsWithNextWord(State s, int slot, ActorPhrase actor) =>
        slot + 1 < s.Pattern.Elements.Count && s.Pattern.Elements[slot + 1] is { Kind: ElementKind.Word } next
        && actor.Last > actor.First && next.Accepts(s.View.Lemma(actor.Last), s.View.LowerText(actor.Last));

    /// <summary>
    /// "discuss efforts to counter Islamic State": an infinitive that modifies a noun after the
    /// matched words has its own object, so an actor after it is not the match's ("opened fire to
    /// disperse protesters" modifies a word of the match, and may name its target).
    /// </summary>
    public static bool IsInfinitiveOfLaterNoun(SentenceView view, int token, int lastMatched)
    {
        if (token - 2 <= lastMatched || token - 2 < view.Start || view.Document.Tokens[token].Upos != "VERB" || view.LowerText(token - 1) != "to") return false;
        // The parse may hang the infinitive elsewhere; a common noun right before "to" is enough.
        if (view.Document.Tokens[token - 2].Upos == "NOUN" && view.ActorOf(token - 2) is null) return true;
        return view.Arguments is { Tree: var tree } && tree.BaseRelation(token) == "acl" && tree.Head(token) is var head && head > lastMatched && tree.Upos(head) == "NOUN";
    }

    private static bool IsPersonalPronoun(string lower) =>
        lower is "them" or "him" or "her" or "it" or "us" or "me" or "themselves" or "himself" or "herself" or "itself"
            or "they" or "he" or "she" or "we" or "i";

    /// <summary>"will not meet": a negation between two words of a pattern is the modality's, never a skipped word.</summary>
    private static bool IsNegation(string lower) => lower is "not" or "n't" or "never";

    /// <summary>"sweeping new sanctions": a gerund before a noun or an adjective modifies it.</summary>
    private static bool ModifiesNext(SentenceView view, int token) =>
        token + 1 < view.End && view.Document.Tokens[token + 1].Upos is "NOUN" or "ADJ" or "PROPN";

    public static bool IsBreak(string lower) =>
        lower is "," or ";" or ":" or "." or "(" or ")" or "\"" or "“" or "”" or "--" or "—" or "–" or "which" or "who" or "whom" or "that" or "but" or "while" or "whereas" or "because";
}
