using Parley.Events.Cues;
using Parley.Events.Dates;
using Parley.Events.Ontology;
using Parley.Events.Patterns;
using Parley.Text;

namespace Parley.Events;

/// <summary>
/// Turns the pattern matches of one sentence into event drafts: resolves overlaps, applies
/// modality cues, finds source and target, attaches dates and reporting speakers.
/// </summary>
internal sealed class EventInterpreter(EventResources resources)
{
    private readonly ModalityReader _modality = new(resources);
    private readonly CrowdViolence _crowdViolence = new(resources.CrowdNouns);
    private static readonly HashSet<string> Pronouns =
        ["he", "she", "it", "they", "we", "i", "who", "which", "that"];

    public void CodeSentence(SentenceView view, DiscourseContext context, List<EventDraft> output)
    {
        // Headings are not prose in an article; a text that is one unpunctuated line is still a statement.
        if ((view.Sentence.IsHeading && context.DocumentHasProse) || view.Sentence.TokenCount < 3) return;
        if (view.LowerText(view.End - 1) == "?" || (view.End - 2 >= view.Start && view.LowerText(view.End - 2) == "?")) return;

        var dates = DateFinder.Find(view.Document, view.Sentence, view.Document.Published, view.Lower);
        view.MarkDates(dates);
        var matches = FindMatches(view);
        var drafts = new List<EventDraft>();
        var anchors = matches.Select(m => m.Anchor).ToHashSet();
        foreach (var match in matches)
            Interpret(view, context, match, dates, anchors, drafts);

        drafts.RemoveAll(d => d.Source is null && d.Target is null);
        if (view.Arguments is { } reader)
        {
            MarkAllegedReasons(reader, drafts);
            ClaimsOfOwnActs(view, reader.Tree, drafts);
        }
        // A verb that served as another event's cue ("agreed to share information") is not an event itself.
        drafts.RemoveAll(d => drafts.Exists(o => o != d && o.CueStart >= 0 && d.TriggerToken >= o.CueStart && d.TriggerToken < o.TriggerToken));
        if (view.Arguments is { } finder) RequestsWithoutPattern.Add(view, finder, _modality, dates, drafts);
        // A plain statement adds nothing when the sentence states a more specific event.
        if (drafts.Exists(d => !d.Code.StartsWith("01", StringComparison.Ordinal)))
            drafts.RemoveAll(d => d.Code == "010");
        if (drafts.Count == 0) AddStatement(view, context, dates, drafts);
        // The ranker reads drafts in trigger order; requests without a pattern were appended after the rest.
        if (drafts.Count > 1) SortByTrigger(drafts);
        ClauseRanker.Resolve(drafts, view.Arguments?.Tree);
        ReportedAccusations.Add(view, dates, drafts);
        foreach (var d in drafts)
            if (!d.Subordinate) output.Add(d);
    }

    private static void SortByTrigger(List<EventDraft> drafts)
    {
        var ordered = drafts.OrderBy(d => d.TriggerToken).ToList();
        drafts.Clear();
        drafts.AddRange(ordered);
    }

    /// <summary>
    /// "arrested two men for attacking a police station", "blamed Hamas for firing rockets": the act
    /// an accusation or a punishment is for is what its source alleges, so it is reported by that source.
    /// </summary>
    private static void MarkAllegedReasons(Syntax.ArgumentFinder reader, List<EventDraft> drafts)
    {
        foreach (var d in drafts)
        {
            if (d.Modality != Modality.Asserted || reader.ReasonGovernor(d.TriggerToken) is not (var governor and >= 0)) continue;
            if (drafts.Find(o => o.TriggerToken == governor && IsAccusationOrPunishment(o.Code)) is { } charge)
                (d.Modality, d.ReportedBy) = (Modality.Reported, charge.Source);
        }
    }

    /// <summary>
    /// "Hamas claimed that it had fired the rockets", "the US claimed that they had struck Iraq": a
    /// claim (read as an accusation) whose clause says the speaker itself did the act claims
    /// responsibility for it (015), aimed at whom the act was done to. Only "claim": one reports or
    /// alleges what others did.
    /// </summary>
    private static void ClaimsOfOwnActs(SentenceView view, Syntax.SentenceTree tree, List<EventDraft> drafts)
    {
        foreach (var claim in drafts)
        {
            if (claim.Code != "112" || view.Lemma(claim.TriggerToken) != "claim" || claim.Source?.Code is not { } speaker) continue;
            var own = drafts.Find(d => d != claim && d.Source?.Code == speaker && d.TriggerToken > claim.TriggerToken
                                       && IsInComplementOf(tree, claim.TriggerToken, d.TriggerToken));
            if (own is null) continue;
            claim.Code = "015";
            claim.Target = own.Target;
        }
    }

    /// <summary>True when <paramref name="token"/> stands in the clausal complement of <paramref name="verb"/> ("claimed that ...").</summary>
    private static bool IsInComplementOf(Syntax.SentenceTree tree, int verb, int token)
    {
        for (var t = token; t >= 0; t = tree.Head(t))
            if (tree.Head(t) == verb) return tree.BaseRelation(t) == "ccomp";
        return false;
    }

    private static bool IsAccusationOrPunishment(string code) => code.StartsWith("11", StringComparison.Ordinal) || code.StartsWith("17", StringComparison.Ordinal);

    /// <summary>The most specific match per anchor; overlapping matches keep the longer one.</summary>
    private List<PatternMatch> FindMatches(SentenceView view)
    {
        var candidates = new List<PatternMatch>();
        for (var t = view.Start; t < view.End; t++)
        {
            if (view.ActorOf(t) is { IsAgentOnly: false } || view.IsDateToken(t)) continue;
            var found = TryAnchor(view, t, view.Lemma(t));
            if (found is null && view.LowerText(t) != view.Lemma(t)) found = TryAnchor(view, t, view.LowerText(t));
            // "re-examine", "re-impose": a verb repeated is the verb.
            if (found is null && view.Lemma(t) is { Length: > 5 } lemma && lemma.StartsWith("re-", StringComparison.Ordinal))
                found = TryAnchor(view, t, lemma[3..]);
            if (found is not null) candidates.Add(found);
        }
        // Before overlaps are settled, so that the denial or prevention keeps its own match ("denied firing rockets").
        candidates.RemoveAll(c => ActsNotDone.IsDeniedOrPrevented(view, c.Anchor));
        if (candidates.Count <= 1) return candidates;
        candidates.Sort((a, b) =>
        {
            var byWords = b.Pattern.WordCount.CompareTo(a.Pattern.WordCount);
            if (byWords != 0) return byWords;
            // A verb pattern beats a nominal one of the same length ("accepted demands" is yielding, not demanding).
            var byVerb = a.Pattern.IsNominal.CompareTo(b.Pattern.IsNominal);
            return byVerb != 0 ? byVerb : (b.Last - b.First).CompareTo(a.Last - a.First);
        });
        var kept = new List<PatternMatch>();
        foreach (var c in candidates)
        {
            var (cs, ce) = Core(c);
            var overlaps = false;
            foreach (var k in kept)
            {
                var (ks, ke) = Core(k);
                if (cs <= ke && ks <= ce && !VerbAboutNominal(view, c, k)) { overlaps = true; break; }
            }
            if (!overlaps) kept.Add(c);
        }
        kept.Sort((a, b) => a.Anchor.CompareTo(b.Anchor));
        return kept;
    }

    private PatternMatch? TryAnchor(SentenceView view, int token, string key)
    {
        var patterns = resources.Patterns.ForAnchor(key);
        if (patterns.IsEmpty) return null;
        // What the parse says of the anchor itself is the same for every pattern tried on it.
        var isVerb = view.Document.Tokens[token].Upos == "VERB";
        // "head back", "went down": an adverb after its verb is not the verb it is spelled like ("back TARGET"); "flatly rejected" still anchors on its adverb.
        var adverbOfVerb = IsAdverbOfVerb(view, token);
        var particle = Particle(view, token);
        // "an open-ended strike", "a long-awaited visit": the second part of a hyphenated modifier is no verb.
        var endsCompound = token - 1 > view.Start && view.IsInnerHyphen(token - 1);
        // ... nor is a word the parse reads as an adjective before its noun ("armed forces", "a free-trade pact").
        var modifier = IsAdjectiveModifier(view, token);
        var infinitiveAfter = IsInfinitiveAfter(view, token);
        foreach (var pattern in patterns)
        {
            if ((endsCompound || modifier) && !pattern.IsNominal) continue;
            // "has tried to hack", "helped to broker": an infinitive after the verb is its complement, never the target a slot right after it wants.
            if (infinitiveAfter && !pattern.IsNominal && pattern.TargetSlot == pattern.AnchorIndex + 1) continue;
            // "was attacked by" is the verb, read with its voice, not the noun "an attack by".
            if (pattern.IsNominal && isVerb) continue;
            if (!pattern.IsNominal && adverbOfVerb) continue;
            // "called off a strike" is not "call": a pattern without the verb's particle does not match it.
            if (particle is not null && !HasWord(pattern, particle)) continue;
            if (PatternMatcher.Match(view, pattern, token) is { } match) return match;
        }
        return null;
    }

    /// <summary>
    /// "armed forces", "a heavily armed minority": an adjective before its noun. Not when a
    /// determiner or number stands between them, "to" before it or a verb and a conjunction: there
    /// the tagger has misread a verb ("wounded two British soldiers", "to renew sanctions", "killed
    /// and wounded scores"), nor before a word that is no noun ("wounded seven").
    /// </summary>
    private static bool IsAdjectiveModifier(SentenceView view, int token)
    {
        if (view.Arguments is not { Tree: var tree } || tree.BaseRelation(token) != "amod") return false;
        if (tree.Upos(token) != "ADJ") return IsParticipleInNounPhrase(view, tree, token);
        var head = tree.Head(token);
        if (head <= token || tree.Upos(head) is not ("NOUN" or "PROPN") || (token > view.Start && view.LowerText(token - 1) == "to")) return false;
        if (token - 2 >= view.Start && tree.Upos(token - 1) == "CCONJ" && tree.Upos(token - 2) == "VERB") return false;
        for (var t = token + 1; t < head; t++)
            if (tree.Upos(t) is "DET" or "NUM" or "PRON") return false;
        return true;
    }

    /// <summary>
    /// "new targeted sanctions", "the besieged town": a past participle between a determiner or an
    /// adjective and the noun right after it describes that noun (not after a comma: "the UN
    /// coordinator, demanded parties to" is a verb after an apposition).
    /// </summary>
    private static bool IsParticipleInNounPhrase(SentenceView view, Syntax.SentenceTree tree, int token) =>
        view.Document.Tokens[token].Xpos == "VBN" && tree.Head(token) == token + 1 && tree.Upos(token + 1) == "NOUN" && token > view.Start
        && (tree.Upos(token - 1) is "DET" or "ADJ" || view.LowerText(token - 1) is "its" or "their" or "his" or "her");

    /// <summary>
    /// "launched an investigation into crimes committed by Croat forces", "prevented the
    /// demonstration staged by students": the doer of what the object names is what the act is
    /// aimed at. Not the agent of a passive clause of its own ("claimed that 27 members were
    /// kidnapped by the Taliban"), nor a side that is the source again ("the US-led coalition"),
    /// nor one of an event without a source, where the by-phrase names the doer.
    /// </summary>
    private static bool IsAgentInsideObject(SentenceView view, int matchLast, ActorPhrase agent, ActorPhrase? source)
    {
        if (source is null || (source.Actor.Code is { } code && code == agent.Actor.Code)) return false;
        for (var t = matchLast + 1; t < agent.First; t++)
            if (view.Lemma(t) is "be" or "have" or "get") return false;
        return true;
    }

    private static bool IsInfinitiveAfter(SentenceView view, int token) =>
        token + 2 < view.End && view.LowerText(token + 1) == "to" && view.Document.Tokens[token + 2].Upos == "VERB";

    private static bool IsAdverbOfVerb(SentenceView view, int token) =>
        view.Arguments is { Tree: var tree } && tree.Upos(token) == "ADV" && tree.BaseRelation(token) is "advmod" or "compound"
        && tree.Head(token) is var head and >= 0 && head < token && tree.Upos(head) == "VERB";

    /// <summary>The particle the parse gives a verb (compound:prt: "off" in "called off"), if any.</summary>
    private static string? Particle(SentenceView view, int anchor)
    {
        if (view.Arguments is not { } finder) return null;
        foreach (var c in finder.Tree.Children(anchor))
        {
            if (finder.Tree.Relation(c) != "compound:prt") continue;
            // "kidnapped up to 16 advisers": "up to" before a number is no particle.
            if (c + 1 < view.End && view.LowerText(c + 1) == "to") continue;
            return view.LowerText(c);
        }
        return null;
    }

    private static bool HasWord(Patterns.EventPattern pattern, string word)
    {
        foreach (var e in pattern.Elements)
            if (e.Kind == Patterns.ElementKind.Word && e.Accepts(word)) return true;
        return false;
    }

    /// <summary>
    /// "condemned the sanctions on Iran": a verb whose slot reaches over a nominal event after it is
    /// an event about that one, not a rival reading of the same words.
    /// A verb pattern on a word the tagger reads as a noun is such a nominal event ("condemned the attack on Rwanda").
    /// </summary>
    private static bool VerbAboutNominal(SentenceView view, PatternMatch verb, PatternMatch nominal) =>
        !verb.Pattern.IsNominal && (nominal.Pattern.IsNominal || view.Document.Tokens[nominal.Anchor].Upos == "NOUN")
        && verb.Anchor < Core(nominal).Start && verb.Target is not null;

    /// <summary>The word part of a match, without its actor slots.</summary>
    private static (int Start, int End) Core(PatternMatch m)
    {
        var start = m.Source is { } s && s.First == m.First ? s.Last + 1 : m.First;
        var end = m.Target is { } t && t.Last == m.Last ? t.First - 1 : m.Last;
        if (m.Target is { } t2 && t2.First == m.First) start = t2.Last + 1;
        return (Math.Min(start, m.Anchor), Math.Max(end, m.Anchor));
    }

    private void Interpret(SentenceView view, DiscourseContext context, PatternMatch match, List<DateExpression> dates, HashSet<int> anchors, List<EventDraft> output)
    {
        // "Russia's arms makers": a pattern flagged `verb` states nothing through a noun.
        if (match.Pattern.IsVerbOnly && view.Arguments is { Tree: var nounTree } && nounTree.Upos(match.Anchor) == "NOUN") return;
        // "a mortar bomb was fired", "in the first such attack": a verb pattern on a word the parse uses as a noun reads its actors as a noun's.
        if (!match.Pattern.IsNominal && IsNounUse(view, match.Anchor)) match = match with { Pattern = match.Pattern.AsNominal() };
        // "a report released Tuesday in Kigali": a participle describing a thing acts on it; when the verb and
        // that noun make a pattern of their own ("release report", a statement), that pattern codes the event.
        if (PatternOnDescribedNoun(view, match) is { } nounPattern) match = match with { Pattern = nounPattern, Target = null, TargetSlotFilled = false };
        var code = match.Pattern.Code;
        var modality = Modality.Asserted;
        ActorPhrase? governedTarget = null;
        FoundCue? passiveAppeal = null;
        var sourceSearchFrom = match.First;

        // Modality cues before the trigger, nearest first.
        var cues = _modality.FindCues(view, match.First);
        foreach (var cue in cues)
        {
            var next = _modality.Apply(cue.Cue.Kind, code, ref modality, view, cue.Position);
            if (next is null) return;
            code = next;
            if (cue.Cue.Kind is CueKind.Demand or CueKind.Appeal or CueKind.Threat or CueKind.Refusal or CueKind.Intention or CueKind.Permission)
            {
                // "was pressed by Kenya to help", "faces pressure from Kenya to help": the actor between is the one asking.
                if (cue.ActorBetween is { Preposition: "by" or "from" }) passiveAppeal = cue;
                else if (cue.ActorBetween is not null && cue.Cue.Kind is CueKind.Demand or CueKind.Appeal) governedTarget = cue.ActorBetween;
                sourceSearchFrom = Math.Min(sourceSearchFrom, cue.Start);
            }
        }

        // "allowed Russia to mediate": the one let act does it; "refused to allow Russia to help
        // Israel", "will not let inspectors visit": the allower rejects it, with that actor as target.
        var permitted = PermittedActor(cues);
        var permittedDoer = permitted;
        if (permitted is not null && cues.Exists(c => c.Cue.Kind is CueKind.Negation or CueKind.Refusal)) (governedTarget, permittedDoer) = (permitted, null);
        else if (permitted is not null && cues.Exists(c => c.Cue.Kind is not (CueKind.Permission or CueKind.Hypothetical))) permittedDoer = null;

        // Conditions and hypotheticals in the clause.
        // An event inside an if-, unless- or until-clause is only imagined.
        if (InConditionalClause(view, match.First)) return;
        if (code.StartsWith("03", StringComparison.Ordinal) && modality == Modality.Asserted) modality = Modality.Intended;
        // "will withdraw its troops unless the junta holds elections": a step promised on an
        // unless-condition is held over the other side, a threat.
        if (modality == Modality.Intended && SentenceHas(view, "unless")) code = "130";
        if (code.StartsWith("13", StringComparison.Ordinal))
        {
            modality = SentenceHas(view, "if", "unless") ? Modality.Conditional : Modality.Threatened;
        }

        // "Moscow condemned the strike": a noun that is the object of another event's verb is what that
        // event is about; read as a verb ("strike TARGET") it would be a second, invented event, and as
        // a noun ("the sanctions on Iran") its doer is not the verb's subject. A cue verb is different:
        // "requested a meeting" codes the meeting asked for.
        var aboutOtherEvent = view.Arguments is { Tree: var tree } && view.Document.Tokens[match.Anchor].Upos == "NOUN"
            && tree.BaseRelation(match.Anchor) == "obj" && tree.Head(match.Anchor) is var governor && anchors.Contains(governor)
            && !cues.Exists(c => c.Start == governor);
        if (aboutOtherEvent && !match.Pattern.IsNominal) return;
        if (IsCausedByAccident(view, match, code)) return;
        // "any attack on Belarus would be an attack on Russia": an act named with "any", or as what something would be, is imagined, not reported.
        // (After a refusal or negation "any" is no hypothetical: "refused any assistance".)
        if ((IsAnyOf(view, match.Anchor) && !cues.Exists(c => c.Cue.Kind is CueKind.Negation or CueKind.Refusal)) || IsWouldBeNoun(view, match.Anchor)) return;
        if (permitted is null && IsPurposeOfNegatedVerb(view, match.Anchor)) return;
        // "militiamen armed with machetes": a participle describing a noun by what it is equipped with is no act.
        if (!match.Pattern.IsNominal && view.Arguments is { Tree: var parse } && IsEquippedWith(view, parse, match)) return;
        if (ReadArguments(view, match, cues, governedTarget, IsObjectlessTransitive(view, match)) is not { } read) return;
        var (finder, source, target, passive, subjectFromParse, parsedObject) = read;
        if (permittedDoer is not null)
        {
            (source, subjectFromParse) = (permittedDoer, true);
            if (target == permittedDoer) target = null;
        }
        // An active act's place is found as any actor after it is ("a place after in/at" rules below);
        // a passive one's stays its agent ("arrested in Lebanon").
        if (!passive && PatternMatcher.TargetIsSkippedPlace(view, match)) match = match with { TargetSlotFilled = false };
        if (passiveAppeal is { ActorBetween: { } asker } appeal)
        {
            // The one asked is the subject before the cue verb or noun.
            target = FindSourceLeft(view, appeal.Start, includePrepositional: false, exclude: asker);
            source = asker;
            subjectFromParse = true;
        }
        if (match.Pattern.IsNominal && source is null)
        {
            // A bare noun ("genocide", "ceasefire") is an event only with its own actors:
            // a modifier or possessive ("U.S. sanctions"), a by-phrase or a filled TARGET slot.
            source = NominalSource(view, match) ?? (aboutOtherEvent ? null : finder?.DoerOfObject(match.Anchor));
            if (source is null && !match.TargetSlotFilled && cues.Count == 0) return;
        }
        // A passive without its agent names no doer: the actor left of it is what it was done to
        // ("Aristide has been accused of ..."), never its source.
        // ("Iran executed a man convicted of spying": a participle's own noun names no actor, and Iran is not it.)
        if (source is null && target is null && passive && !subjectFromParse && !ParticipleOfUnnamedNoun(view, match.Anchor))
            target = FindSourceLeft(view, sourceSearchFrom, includePrepositional: false, skipObjects: true);
        // "expelled a Russian diplomat accused of espionage", "a member of the opposition jailed a year ago": a participle
        // describing someone by what was done to them, with no one doing it, is no new event.
        if (source is null && passive && code[..2] is "11" or "17" && DescribesNounBefore(view, match.Anchor)) return;
        if (source is null && !subjectFromParse && !passive && !aboutOtherEvent)
        {
            // ", killing X" / ", describing it as": a participle after a comma takes the main clause subject.
            if (IsParticipleAfterComma(view, match.First))
                source = MainSubject(view, match.First, target);
            // "imposed sanctions over arms sales to Taiwan": an event named as the reason or topic of another is not its subject's.
            if (!(match.Pattern.IsNominal && finder is not null && IsReasonOrTopic(finder.Tree, match.Anchor)))
                source ??= FindSourceLeft(view, sourceSearchFrom, includePrepositional: false, exclude: target, skipObjects: true);
        }
        // "the Doha talks": the place a gathering is named after is no side of it.
        if (source is not null && source.Last < match.First && match.First - source.Last <= 2 && IsVenue(view, source, match.Anchor)) source = null;
        if (target is null && !match.TargetSlotFilled && !passive)
        {
            // "Trump withdrew the United States from the deal": a body's own country as object is what it acts with, not on.
            target = parsedObject is { } obj && obj != source && !IsOwnCountry(view, source, obj) && !IsOwnBodyInPattern(view, match, obj) ? obj : null;
            var after = target is null ? FindAfter(view, match.Last, 6, requirePreposition: null, stopAtVerb: match.Pattern.IsNominal) : null;
            if (after is not null && DoneToDescribedPerson(view, code, match, after)) after = null;
            // "Saudi Arabia and Iran restored relations in a deal brokered by China", "Japan and the Philippines signed a
            // pact allowing troops to ...": coordinated sides doing an act together do it with no one else but a partner after "with".
            var brokerOfJointAct = after is { Preposition: not "with" } && IsCoordinated(view, source) && ActsTogether(code, match);
            if (after is not null && (source is null || after.Group != source.Group) && (after.Preposition != "by" || IsAgentInsideObject(view, match.Last, after, source))
                && !brokerOfJointAct)
                target = after;
        }
        if (source is not null && target is not null && source.Group == target.Group && source != target && !match.TargetSlotFilled)
            target = null;

        // "Israelis protested in Tel Aviv against the government's reform": a protest is against whom it names after "against", not where it is held.
        if (code.StartsWith("14", StringComparison.Ordinal) && target is { Preposition: "in" or "at" } held
            && view.Actors.Find(a => a.First > held.Last && a.Preposition == "against" && a.First - held.Last <= 6) is { } opposed)
            (target, match) = (opposed, match with { TargetSlotFilled = false });
        // "Thousands blocked streets in Hong Kong": unnamed protesters are people of the place they protest in.
        if (source is null && code.StartsWith("14", StringComparison.Ordinal) && target is { Preposition: "in" } place && !match.TargetSlotFilled)
            (source, target) = (place, null);
        if (target is null && match.Pattern.RequiresTarget) return;
        // No target found near the trigger: the one other actor of the sentence, if there is exactly one
        // ("The U.S. hinted at military action, which Iran views as bullying").
        // Reporting speaker: "X said (that) Y attacked Z".
        var reporter = FindReporter(view, match.First, source, out var reportVerb);
        // A meeting names its partner near it or not at all ("the Cabinet met Sunday and decided ... Hamas").
        // Coordinated sides acting together do it with each other, not with whoever else the sentence names ("in a deal brokered by China").
        var jointIntentOfSides = ReciprocalEvents.IsJointIntent(code) && IsCoordinated(view, source);
        if (target is null && !match.TargetSlotFilled && !passive && source is not null && !ReciprocalEvents.IsMutual(code)
            && !(match.Pattern.IsMutual || jointIntentOfSides) && OnlyOtherActor(view, source) is { } other && other != reporter && !DoneToDescribedPerson(view, code, match, other) && !(match.Pattern.IsNominal && VerbBetween(view, match.Last, other.First)))
            target = other;
        if (target is not null && !match.TargetSlotFilled && IsOwnBodyInPattern(view, match, target)) target = null;
        // "The Kremlin dismissed claims that Russia had used ...": a statement or a denial (01) found for its own country names no one.
        if (target is not null && !match.TargetSlotFilled && IsOwnCountryOf(source, target) && code.StartsWith("01", StringComparison.Ordinal))
            target = null;
        // "attend a summit in Switzerland", "will meet in Zurich", "signed a peace deal in Washington": where talks are held
        // (or planned: "will hold talks in Seoul") or a joint act done is no side of it (a visit's place is its host).
        // Coordinated sides intending to act together do it with each other, not with the place ("Hungarian and Romanian officials agreed ... in Hungary").
        if (target is { Preposition: "in" or "at" } && (IsTalks(code) || IsTalks(match.Pattern.Code) || ReciprocalEvents.IsMutual(code) || jointIntentOfSides)
            && !match.TargetSlotFilled) target = null;
        // A place slot of its own ("meet in TARGET", 044) names the venue of a meeting at a third location, not a side;
        // in a side's own country it is a plain meeting ("Putin and Xi met in Beijing").
        if (target is { Preposition: "in" or "at" } venue && match.TargetSlotFilled && code == "044")
        {
            if (source is not null && GroupMembers(view, source).Any(m => m?.Country is { } c && c == venue.Actor.Country)) code = "040";
            (target, match) = (null, match with { TargetSlotFilled = false });
        }
        // ... and a time where its place would be ("held their first talks in five years") is no meeting at a third location.
        else if (code == "044" && match.Pattern.HasTargetSlot && !match.TargetSlotFilled && IsTimeAfter(view, match.Last + 1)) code = "040";
        // ... but not the one who asks for or speaks of the act ("Raisi called for Trump to face
        // justice for ordering the strike": Raisi is no target of the strike).
        if (target is not null && !match.TargetSlotFilled && finder is not null && IsSubjectOfGoverningVerb(finder, target, match.Anchor))
            target = null;
        // "Syria said a rocket was fired at it": an object pronoun in the target slot is the speaker it fits.
        // (A reporter the knowledge base does not name, "police said", is not resolved this way.)
        if (target is null && !match.TargetSlotFilled && reporter is { Actor.EntityId: { } reporterId } && source != reporter
            && ObjectPronounInSlot(view, match) is { } pronoun && (pronoun is "him" or "her") == reporterId.StartsWith("person/", StringComparison.Ordinal))
            target = reporter;

        code = _crowdViolence.Recode(code, view, source);

        EventActor? sourceActor = source?.Actor;
        if (source is null && StartsWithPronounSubject(view, match.First, out var firstPerson))
            sourceActor = firstPerson ? QuoteSpeaker(view, match.Anchor) : context.LastSubject;

        if (reporter is not null && modality == Modality.Asserted && reporter.Actor.Code != sourceActor?.Code)
            modality = Modality.Reported;

        var date = NearestDate(dates, match.Anchor, view.Arguments?.Tree);
        var inQuote = InQuote(view.Document, view.Document.Tokens[match.Anchor].Start);
        var sourceMembers = source is null ? [sourceActor] : GroupMembers(view, source);
        var targetMembers = target is null ? [null] : GroupMembers(view, target);
        // "The US, Russia and Switzerland met": a mutual act with no one else named is done among the coordinated actors.
        var mutual = IsMutual(code, match);
        // Acts done or intended together: coordinated sides do them with each other, never with themselves.
        var together = ActsTogether(code, match);
        if (target is null && !match.TargetSlotFilled && sourceMembers.Count > 1 && together && sourceMembers.All(m => m is not null))
            targetMembers = sourceMembers;
        // "talks between Iran and the United States", "clashes between Indian and Pakistani troops": with no one else doing it, each side does it to the other.
        if (sourceActor is null && targetMembers.Count > 1 && mutual && targetMembers.All(m => m is not null))
            sourceMembers = targetMembers;
        var firstToken = view.Document.Tokens[match.Anchor];
        var lastWord = CoreEnd(match);
        var trigger = new TextSpan(view.Document.Tokens[Math.Min(match.First, match.Anchor) is var f && view.ActorOf(f) is null ? f : match.Anchor].Start,
            view.Document.Tokens[lastWord].End);
        if (trigger.End <= trigger.Start) trigger = firstToken.Span;

        foreach (var s in sourceMembers)
        {
            foreach (var t in targetMembers)
            {
                if (s is not null && t is not null && s.Code == t.Code && s.Span == t.Span) continue;
                // No side meets or negotiates with itself ("Japan and South Korea will hold talks in Seoul",
                // "Scholz and Macron met in Berlin": not Germany's government with Germany).
                if (s is not null && t is not null && together && ReciprocalEvents.IsSameSide(s, t)) continue;
                output.Add(new EventDraft
                {
                    Code = code,
                    Rule = match.Pattern.Id,
                    Source = s,
                    Target = t,
                    Modality = modality,
                    SentenceIndex = view.Sentence.Index,
                    SentenceSpan = view.Sentence.Span,
                    Trigger = trigger,
                    TriggerToken = match.Anchor,
                    Date = date,
                    InQuote = inQuote,
                    ReportedBy = reporter?.Actor,
                    ReportVerb = reporter is null ? -1 : reportVerb,
                    Clause = ClauseRanker.SubordinateDepth(view, match.First),
                    Nominal = match.Pattern.IsNominal,
                    // A permission alone is no cue a verb serves as: "allowed inspectors to visit" is the allowing and the visit.
                    CueStart = cues.FindLast(c => c.Cue.Kind != CueKind.Permission) is { Cue: not null } furthest ? furthest.Start : -1,
                    Confidence = Confidence(match, s, t, modality, view.HasParse),
                });
            }
        }
    }

    /// <summary>What <see cref="ReadArguments"/> found: the parse reader, actors, voice, and whether the parse settled the source.</summary>
    private sealed record Arguments(
        Syntax.ArgumentFinder? Finder, ActorPhrase? Source, ActorPhrase? Target, bool Passive, bool SubjectFromParse, ActorPhrase? ParsedObject);

    /// <summary>
    /// Source, target and voice of a match from its slots, the dependency parse (when the sentence
    /// has one) and word positions; null when the match states no event of its own.
    /// </summary>
    private static Arguments? ReadArguments(SentenceView view, PatternMatch match, List<FoundCue> cues, ActorPhrase? governedTarget, bool objectless)
    {
        ActorPhrase? source = match.Source;
        // "accused of helping the rebels": a slot that reached past the preposition and a verb took the complement's actor.
        ActorPhrase? target = objectless && match.Target is { } slot && HasVerbBetween(view, match.Anchor, slot.First) ? null : match.Target;
        var finder = view.Arguments;
        // "rejected a U.S. request to question detainees": the act asked for is not the news; what
        // happened to the request is, and the request noun codes that under its own verb.
        if (finder is not null && cues.Count > 0 && cues[0].Cue.Kind is CueKind.Appeal or CueKind.Demand or CueKind.Intention
            && finder.Tree.Upos(cues[0].Start) == "NOUN" && finder.Tree.BaseRelation(cues[0].Start) is "obj" or "nsubj:pass"
            && finder.Tree.Head(cues[0].Start) is var holder and >= 0 && finder.Tree.Upos(holder) == "VERB")
            return null;
        // "the captured helicopter": a participle used as an adjective states no event.
        if (finder is not null && !match.Pattern.IsNominal && IsAttributiveParticiple(view, finder.Tree, match.Anchor)) return null;
        if (!match.Pattern.IsNominal && IsNounAfterArticleAndActor(view, match.Anchor)) return null;
        // A noun governed by a cue verb ("rejected a Senegalese peace plan") takes that verb's subject.
        var nounUnderCue = match.Pattern.IsNominal && cues.Count > 0;
        var args = finder is null || (match.Pattern.IsNominal && !nounUnderCue) ? null
            : finder.Find(match.Anchor, SubjectPredicate(finder.Tree, match.Anchor, cues));
        if (nounUnderCue && args is { Subject: not null } && source is null && target is null)
        {
            target = NominalSource(view, match);
            if (target == args.Subject) target = null;
        }
        // A bare participle is read as passive only for an act done to someone ("civilians imprisoned"), not "troops remained".
        var passive = args is not null ? args.Passive && (!args.BareParticiple || match.Pattern.HasTargetSlot) : IsPassive(view, match.Anchor);
        passive |= match.Pattern.IsUndergone || objectless;
        var subjectFromParse = false;
        if (args is not null && IsModalDemand(finder!.Tree, cues) && finder.Speaker(match.Anchor) is { } speaker)
        {
            // "X said Y must withdraw": X demands that Y withdraw. Y is the one asked even when the act
            // has an object of its own ("the US must be ready to mediate between A and B").
            source ??= speaker;
            target = args.Subject ?? target;
            subjectFromParse = true;
        }
        else if (passive)
        {
            // "X was killed in a U.S. strike": an actor after a passive verb is its agent, not its
            // target, unless the pattern names it as the target of a preposition ("was fired at X"),
            // or whom the act was for or against ("charged with spying for Israel": the subject is
            // the target, and the agent unnamed).
            var agent = args?.Agent ?? FindAfter(view, match.Last, 8, requirePreposition: "by");
            if (target is not null && target.First > match.Anchor && !match.Pattern.HasPrepositionalTarget)
            {
                // ... but a place is no doer where a by-phrase names one ("attacked off Somalia by pirates").
                if (target.Preposition is not ("for" or "against") && (agent is null || agent == target)) source ??= target;
                target = null;
            }
            if (target is null)
                target = args is not null ? args.Subject : FindSourceLeft(view, match.First, includePrepositional: false, exclude: source);
            source ??= agent;
            // "missiles were fired at the city from Egypt's Sinai": unclaimed violence comes from where it is fired from.
            if (source is null && Ontology.CameoOntology.IsViolence(match.Pattern.Code)) source = FindAfter(view, match.Last, 8, requirePreposition: "from");
        }
        else if (args is { HasSubject: true } && source is null)
        {
            // A pronoun leaves the search to word positions; so does a subject that names no actor,
            // unless it is a thing ("a roadside bomb killed ... and wounded"): then the doer is unknown.
            source = args.Subject;
            subjectFromParse = args.SubjectIsThing;
        }
        // "X urged Iran to talk with Y": the actor appealed to is the target, not the one of the act asked for.
        if (governedTarget is not null) target = governedTarget;
        // "received weapons from X": the giver named after the trigger is the source, the subject the target.
        if (!match.Pattern.IsNominal && match.Source is { } giver && giver.First > match.Anchor && target is null)
            target = args is not null ? args.Subject : FindSourceLeft(view, match.First, includePrepositional: false, exclude: giver);
        return new Arguments(finder, source, target, passive, subjectFromParse, args?.Object);
    }

    /// <summary>
    /// "killed in a helicopter crash", "an earthquake killed 200 people": violence whose verb has an
    /// accident or disaster as its subject or in a prepositional phrase is no one's act.
    /// </summary>
    private bool IsCausedByAccident(SentenceView view, PatternMatch match, string code)
    {
        if (view.Arguments is not { Tree: var tree } || !CameoOntology.IsViolence(code)) return false;
        foreach (var child in tree.Children(match.Anchor))
            if (tree.BaseRelation(child) is "nsubj" or "obl" && resources.AccidentNouns.Contains(view.Lemma(child))) return true;
        return false;
    }

    private static bool IsNounUse(SentenceView view, int anchor) =>
        view.Arguments is { Tree: var tree } && tree.Upos(anchor) == "NOUN" && tree.BaseRelation(anchor) is "nsubj" or "obl" or "nmod";

    /// <summary>"would not give permission to Russia to help Israel": the purpose of a verb that did not happen did not happen either.</summary>
    private static bool IsPurposeOfNegatedVerb(SentenceView view, int anchor)
    {
        if (view.Arguments is not { Tree: var tree } || tree.BaseRelation(anchor) != "advcl" || anchor - 1 < view.Start || view.LowerText(anchor - 1) != "to") return false;
        var head = tree.Head(anchor);
        if (head < 0 || head > anchor) return false;
        foreach (var c in tree.Children(head))
            if (tree.BaseRelation(c) == "advmod" && view.Lemma(c) is "not" or "never") return true;
        return false;
    }

    /// <summary>
    /// "an Islamic State target", "a Hamas target": after "a" or "an" a name modifies the word that
    /// follows it, which is a noun whatever the tagger says ("an Israeli soldier attacked" ends its
    /// actor phrase in a common noun, so the verb after it stays a verb).
    /// </summary>
    private static bool IsNounAfterArticleAndActor(SentenceView view, int anchor)
    {
        if (anchor - 1 < view.Start || view.ActorOf(anchor - 1) is not { } modifier || modifier.Last != anchor - 1
            || view.Document.Tokens[modifier.Last].Upos is not ("PROPN" or "ADJ")) return false;
        // The article may be inside the actor phrase ("an Islamic State") or right before it.
        return IsIndefinite(modifier.First) || (modifier.First - 1 >= view.Start && IsIndefinite(modifier.First - 1));
        bool IsIndefinite(int t) => view.LowerText(t) is "a" or "an";
    }

    /// <summary>True when <paramref name="other"/> names, as a country, the one <paramref name="actor"/> belongs to ("the Kremlin ... Russia").</summary>
    private static bool IsOwnCountryOf(ActorPhrase? actor, ActorPhrase other) => other.Actor.Code is { Length: 3 } code && code == actor?.Actor.Country;

    /// <summary>
    /// "Iran and Egypt reopened their embassies", "strengthened its forces in Lebanon": a body the
    /// source owns, named by a word of the pattern itself ("reopen embassy"), is what it acts with, not on.
    /// </summary>
    private static bool IsOwnBodyInPattern(SentenceView view, PatternMatch match, ActorPhrase actor) =>
        actor.First > match.First && actor.Last <= CoreEnd(match) && view.LowerText(actor.First - 1) is "its" or "their";

    /// <summary>A participle the parse hangs under a common noun that names no actor ("a man convicted of spying").</summary>
    private static bool ParticipleOfUnnamedNoun(SentenceView view, int anchor) =>
        DescribesNounBefore(view, anchor) && view.Arguments!.Tree.Head(anchor) is var noun && view.Arguments.Tree.Upos(noun) == "NOUN" && view.ActorOf(noun) is null;

    /// <summary>
    /// The two-word pattern of a one-word match's verb and the noun its participle describes
    /// ("report released" for `release report`), or null.
    /// </summary>
    private EventPattern? PatternOnDescribedNoun(SentenceView view, PatternMatch match)
    {
        if (match.Pattern.WordCount != 1 || match.Pattern.IsNominal || !ParticipleOfUnnamedNoun(view, match.Anchor)) return null;
        var noun = view.Arguments!.Tree.Head(match.Anchor);
        foreach (var pattern in resources.Patterns.ForAnchor(view.Lemma(match.Anchor)))
        {
            if (pattern.IsNominal || pattern.WordCount != 2 || pattern.HasTargetSlot || pattern.HasSourceSlot) continue;
            var words = pattern.Elements.Where(e => e.Kind == ElementKind.Word && !e.Optional).ToList();
            if (words.Count == 2 && words[1].Accepts(view.Lemma(noun), view.LowerText(noun))) return pattern;
        }
        return null;
    }

    /// <summary>A participle the parse hangs under a noun before it ("a diplomat accused of spying").</summary>
    private static bool DescribesNounBefore(SentenceView view, int anchor) =>
        view.Arguments is { Tree: var tree } && tree.BaseRelation(anchor) == "acl" && tree.Head(anchor) is var noun and >= 0 && noun < anchor;

    /// <summary>The object pronoun standing where the pattern's final, unfilled target slot would be ("fired at it"), or null.</summary>
    private static string? ObjectPronounInSlot(SentenceView view, PatternMatch match)
    {
        if (match.Pattern.TargetSlot != match.Pattern.Elements.Count - 1 || match.Last + 1 >= view.End) return null;
        return view.LowerText(match.Last + 1) is "it" or "them" or "him" or "her" or "us" ? view.LowerText(match.Last + 1) : null;
    }

    /// <summary>Two sides do the act to each other: by its code (talks, agreements, cooperation) or its pattern's `mutual` flag.</summary>
    private static bool IsMutual(string code, PatternMatch match) => ReciprocalEvents.IsMutual(code) || match.Pattern.IsMutual;

    /// <summary>Acts done or intended together: mutual acts and intents to act together (030, 031x, 036).</summary>
    private static bool ActsTogether(string code, PatternMatch match) => IsMutual(code, match) || ReciprocalEvents.IsJointIntent(code);

    private static bool IsCoordinated(SentenceView view, ActorPhrase? actor) => actor is not null && GroupMembers(view, actor).Count > 1;

    /// <summary>The actor a permission cue lets do the event ("allow Russia to"), or null.</summary>
    private static ActorPhrase? PermittedActor(List<FoundCue> cues)
    {
        foreach (var cue in cues)
            if (cue.Cue.Kind == CueKind.Permission) return cue.ActorBetween;
        return null;
    }

    private static bool IsTalks(string code) => code.StartsWith("04", StringComparison.Ordinal) && code is not ("042" or "043");

    private static bool HasVerbBetween(SentenceView view, int from, int to)
    {
        for (var t = from + 1; t < to; t++)
            if (view.Document.Tokens[t].Upos == "VERB") return true;
        return false;
    }

    /// <summary>
    /// "officials accused of graft", "two men charged with spying": a verb that always takes an
    /// object, followed directly by a preposition, has none, so it is a passive participle
    /// whatever the parse says (the parser often reads such a participle as the main verb).
    /// </summary>
    private bool IsObjectlessTransitive(SentenceView view, PatternMatch match)
    {
        var anchor = match.Anchor;
        if (match.Pattern.IsNominal || match.Target is { } slot && slot.First <= anchor + 1) return false;
        if (anchor + 1 >= view.End || !resources.TransitiveVerbs.Contains(view.Lemma(anchor))) return false;
        var token = view.Document.Tokens[anchor];
        if (token.Upos != "VERB" || token.Xpos is "VB" or "VBG" or "VBP" or "VBZ") return false;
        // A perfect is active ("have charged into the crowd", another sense of the verb).
        if (anchor > view.Start && view.Lemma(anchor - 1) == "have") return false;
        // "killed at least five": a number follows, the object itself; "denounced as an ugly crime
        // Serbia's crackdown": a long object may move after an "as" phrase.
        var next = view.LowerText(anchor + 1);
        if (next is "into" or "as" || (next == "at" && anchor + 2 < view.End && view.LowerText(anchor + 2) is "least" or "most")) return false;
        // A preposition before a gerund is tagged as a subordinator ("accused of playing").
        return view.Document.Tokens[anchor + 1].Upos == "ADP" || next is "of" or "for" or "with" or "over" or "in";
    }

    /// <summary>
    /// The verb whose subject is the event's source: the highest cue verb that governs the trigger
    /// ("refused" in "Iran refused to negotiate"), else the trigger itself.
    /// </summary>
    private static int SubjectPredicate(Syntax.SentenceTree tree, int anchor, List<FoundCue> cues)
    {
        // A pattern anchored on a function word ("under investigation", "be under pressure") reads the clause it belongs to.
        var predicate = anchor;
        while (tree.BaseRelation(predicate) is "aux" or "cop" or "case" && tree.Head(predicate) >= 0)
        {
            // "was put under investigation": a prepositional phrase hangs under the verb of its clause.
            var wasCase = tree.BaseRelation(predicate) == "case";
            predicate = tree.Head(predicate);
            if (wasCase && tree.BaseRelation(predicate) == "obl" && tree.Head(predicate) >= 0) predicate = tree.Head(predicate);
        }
        foreach (var cue in cues)
        {
            var c = cue.Start;
            while (c >= 0 && tree.BaseRelation(c) is "aux" or "mark" or "advmod" or "cop" or "case" or "det" or "cc") c = tree.Head(c);
            if (c >= 0 && c != predicate && tree.Dominates(c, predicate)) predicate = c;
        }
        return predicate;
    }

    /// <summary>True when the actor is the subject of a verb above the trigger in the parse.</summary>
    private static bool IsSubjectOfGoverningVerb(Syntax.ArgumentFinder finder, ActorPhrase actor, int trigger)
    {
        var tree = finder.Tree;
        for (var t = tree.Head(trigger); t >= 0; t = tree.Head(t))
            foreach (var c in tree.Children(t))
                if (tree.BaseRelation(c) is "nsubj" && c >= actor.First && c <= actor.Last) return true;
        return false;
    }

    /// <summary>True when the token sits in the noun phrase of a verb's direct or indirect object.</summary>
    private static bool InObjectOfVerb(Syntax.SentenceTree tree, int token)
    {
        var t = token;
        for (var climb = 0; climb < 4 && t >= 0; climb++)
        {
            var rel = tree.BaseRelation(t);
            if (rel is "obj" or "iobj") return tree.Head(t) >= 0 && tree.Upos(tree.Head(t)) == "VERB";
            if (rel is not ("amod" or "compound" or "flat" or "nummod" or "det" or "conj" or "nmod")) return false;
            t = tree.Head(t);
        }
        return false;
    }

    /// <summary>
    /// "the captured helicopter": a modifier directly before its noun, after a determiner; a
    /// hedging modifier needs none ("hand over alleged bombers" accuses no one).
    /// </summary>
    private static bool IsAttributiveParticiple(SentenceView view, Syntax.SentenceTree tree, int anchor)
    {
        var head = tree.Head(anchor);
        if (tree.BaseRelation(anchor) != "amod" || head <= anchor || head - anchor > 2) return false;
        return view.LowerText(anchor) is "alleged" or "suspected" or "purported" or "presumed"
               || (anchor - 1 >= view.Start && view.LowerText(anchor - 1) is "the" or "a" or "an" or "its" or "their" or "his" or "her");
    }

    /// <summary>
    /// "militiamen armed with machetes", "a truck loaded with explosives": a participle of an
    /// equipping verb (data/events/equipping-verbs.tsv; the tagger may call it an adjective,
    /// "armed") right after a noun and before "with", and not the sentence's main verb.
    /// </summary>
    private bool IsEquippedWith(SentenceView view, Syntax.SentenceTree tree, PatternMatch match)
    {
        var anchor = match.Anchor;
        var equipping = resources.EquippingVerbs;
        if (!equipping.Contains(view.Lemma(anchor)) && !match.Pattern.Elements[match.Pattern.AnchorIndex].Lemmas.Any(equipping.Contains)) return false;
        return tree.BaseRelation(anchor) != "root" && view.LowerText(anchor).EndsWith("ed", StringComparison.Ordinal)
            && anchor + 1 < view.End && view.LowerText(anchor + 1) == "with" && anchor - 1 >= view.Start && tree.Upos(anchor - 1) is "NOUN" or "PROPN" or "NUM";
    }

    /// <summary>True when a demand cue is a modal of the trigger's own clause ("Y must withdraw").</summary>
    private static bool IsModalDemand(Syntax.SentenceTree tree, List<FoundCue> cues) =>
        cues.Exists(c => c.Cue.Kind == CueKind.Demand && tree.BaseRelation(c.Start) == "aux");

    private static int CoreEnd(PatternMatch m) => m.Target is { } t && t.Last == m.Last ? Math.Max(m.Anchor, t.First - 1) : Math.Max(m.Anchor, m.Last);

    private static bool IsPassive(SentenceView view, int anchor)
    {
        var text = view.LowerText(anchor);
        if (!(text.EndsWith("ed", StringComparison.Ordinal) || text.EndsWith("en", StringComparison.Ordinal) || text != view.Lemma(anchor)))
            return false;
        if (text.EndsWith("ing", StringComparison.Ordinal) || text.EndsWith('s')) return false;
        for (var j = anchor - 1; j >= view.Start && j >= anchor - 3; j--)
        {
            var lemma = view.Lemma(j);
            if (lemma is "be" or "get") return true;
            if (lemma is "not" or "also" or "reportedly" or "allegedly" or "being" or "been" or "later" or "already" or "repeatedly") continue;
            if (view.LowerText(j).EndsWith("ly", StringComparison.Ordinal)) continue;
            return false;
        }
        return false;
    }

    /// <summary>
    /// "The Ethiopian drone strike angered Eritrea": a finite verb after a nominal event has
    /// arguments of its own (a participle, "the deal, also known as ...", does not end the phrase).
    /// </summary>
    private static bool VerbBetween(SentenceView view, int after, int before)
    {
        for (var j = after + 1; j < before; j++)
            if (IsFiniteVerb(view, j)) return true;
        return false;
    }

    private static bool IsFiniteVerb(SentenceView view, int token) => view.Document.Tokens[token].Xpos is "VBD" or "VBZ" or "VBP" or "MD";

    /// <summary>The direct object names the plain country the source is a body of.</summary>
    private static bool IsOwnCountry(SentenceView view, ActorPhrase? source, ActorPhrase obj) =>
        view.Arguments is { Tree: var tree } && tree.BaseRelation(obj.Last) == "obj"
        && source?.Actor is { Code: { } code, Country: { } country } && obj.Actor.Code == country && code != country;

    private static readonly HashSet<string> GatheringNouns =
        ["talk", "summit", "conference", "meeting", "agreement", "accord", "negotiation", "round", "process", "declaration",
         "protocol", "deal", "treaty", "format", "communique", "memorandum", "convention", "peace"];

    /// <summary>
    /// "the Doha talks", "the Minsk agreement", "the White House meeting": a place standing for a
    /// government names where talks were held or an agreement signed, not a side of them.
    /// </summary>
    private static bool IsVenue(SentenceView view, ActorPhrase modifier, int noun)
    {
        if (!GatheringNouns.Contains(view.Lemma(noun)) || modifier.Last + 1 < view.End && view.LowerText(modifier.Last + 1) is "'s" or "'") return false;
        foreach (var mention in view.Document.Mentions)
            if (mention.Span == modifier.Actor.Span) return mention.IsMetonym;
        return false;
    }

    /// <summary>For a nominal event: a possessive or modifier actor just before it, or a by-phrase after it.</summary>
    private static ActorPhrase? NominalSource(SentenceView view, PatternMatch match)
    {
        for (var j = match.First - 1; j >= view.Start && j >= match.First - 3; j--)
        {
            // A modifier or possessive right before the noun: "a U.S. drone strike", "Iran's demand".
            if (view.ActorOf(j) is { } actor) return actor;
            var w = view.LowerText(j);
            if (PatternMatcher.IsBreak(w) || w is "of" or "on" or "against" or "with" or "from" or "in" or "to" or "for" or "at" or "by" or "over") break;
        }
        var by = FindAfter(view, match.Last, 6, requirePreposition: "by");
        return by;
    }

    /// <summary>The nearest actor left of <paramref name="from"/> that is not inside a prepositional phrase.</summary>
    private static ActorPhrase? FindSourceLeft(SentenceView view, int from, bool includePrepositional, ActorPhrase? exclude = null, bool skipObjects = false)
    {
        ActorPhrase? prepositional = null;
        for (var j = from - 1; j >= view.Start; j--)
        {
            var actor = view.ActorOf(j);
            if (actor is null) continue;
            j = actor.First;
            if (exclude is not null && actor.Group == exclude.Group) continue;
            // "killed a Turkish soldier and wounded two": the parse says who was acted on, not who acted.
            if (skipObjects && view.Arguments is { } finder && InObjectOfVerb(finder.Tree, actor.Last)) continue;
            if (actor.Preposition is null or "by" || includePrepositional) return GroupHead(view, actor);
            prepositional ??= actor;
        }
        return null;
    }

    /// <summary>The first member of an actor's coordination group.</summary>
    private static ActorPhrase GroupHead(SentenceView view, ActorPhrase actor)
    {
        foreach (var a in view.Actors)
            if (a.Group == actor.Group) return a;
        return actor;
    }

    /// <summary>
    /// The first actor within <paramref name="window"/> tokens after <paramref name="last"/> in the
    /// same clause; with <paramref name="stopAtVerb"/> (a nominal event) not past a finite verb, whose
    /// arguments are its own ("a U.S. drone strike enraged Tehran": Tehran was not struck).
    /// </summary>
    private static ActorPhrase? FindAfter(SentenceView view, int last, int window, string? requirePreposition, bool stopAtVerb = false)
    {
        for (var j = last + 1; j < view.End && j <= last + window; j++)
        {
            var actor = view.ActorOf(j);
            if (actor is not null)
            {
                if (requirePreposition is null || actor.Preposition == requirePreposition) return actor;
                j = actor.Last;
                continue;
            }
            var w = view.LowerText(j);
            if (w is ";" or ":" or "which" or "who" or "but" or "while" or "where" or "when" or "after" or "(" or "\"" or "“" or "”") break;
            if (stopAtVerb && IsFiniteVerb(view, j)) break;
            if (w == "," && requirePreposition is null) break;
            // "met Assad to discuss efforts to counter Islamic State": an actor after an infinitive is that verb's.
            if (requirePreposition is null && PatternMatcher.IsInfinitiveOfLaterNoun(view, j, last)) break;
        }
        return null;
    }

    private static bool StartsWithPronounSubject(SentenceView view, int triggerFirst, out bool firstPerson)
    {
        firstPerson = false;
        for (var j = triggerFirst - 1; j >= view.Start && j >= triggerFirst - 6; j--)
        {
            var w = view.LowerText(j);
            if (w is "i" or "we") { firstPerson = true; return true; }
            if (w is "they" or "it" or "he" or "she") return true;
        }
        return false;
    }

    /// <summary>The actor of the speaker of the quotation holding a token: "I won't negotiate" in a quote by X is X.</summary>
    private static EventActor? QuoteSpeaker(SentenceView view, int token)
    {
        var document = view.Document;
        var offset = document.Tokens[token].Start;
        foreach (var quote in document.Quotes)
        {
            if (!quote.Span.Contains(offset)) continue;
            foreach (var m in document.Mentions)
            {
                var same = quote.SpeakerEntityId is not null ? m.EntityId == quote.SpeakerEntityId
                    : quote.SpeakerName is not null && (m.Name == quote.SpeakerName || m.Text == quote.SpeakerName);
                if (same && (m.Code ?? m.Country) is { } code)
                    return new EventActor(m.Text, m.Span, m.EntityId, m.Name, code, m.Country);
            }
        }
        return null;
    }

    private static ActorPhrase? OnlyOtherActor(SentenceView view, ActorPhrase source)
    {
        ActorPhrase? other = null;
        foreach (var a in view.Actors)
        {
            if (a.Group == source.Group || a.IsAgentOnly || a.Actor.Country == source.Actor.Country) continue;
            if (other is not null && a.Group != other.Group) return null;
            other ??= a;
        }
        return other;
    }

    /// <summary>
    /// "arrested a man suspected of spying for Russia", "executed a man convicted of spying for
    /// Israel": a coercive or violent act (16-20) is done to the noun a participle describes, not
    /// to an actor inside that participle's clause. An investigation or a condemnation is about
    /// the act the clause names ("an investigation into crimes committed by Croat forces").
    /// </summary>
    private static bool DoneToDescribedPerson(SentenceView view, string code, PatternMatch match, ActorPhrase actor) =>
        int.Parse(code.AsSpan(0, 2)) >= 16 && ParticipleBetween(view, match.Last, actor.First);

    /// <summary>True when a participle describing an unnamed noun after <paramref name="from"/> stands before <paramref name="to"/>.</summary>
    private static bool ParticipleBetween(SentenceView view, int from, int to)
    {
        for (var t = from + 1; t < to; t++)
            if (view.Document.Tokens[t].Xpos == "VBN" && ParticipleOfUnnamedNoun(view, t) && view.Arguments!.Tree.Head(t) > from) return true;
        return false;
    }

    /// <summary>"in five years", "in a decade", "in March": a span or a date starts at the token.</summary>
    private static bool IsTimeAfter(SentenceView view, int token)
    {
        if (token >= view.End) return false;
        if (view.IsDateToken(token)) return true;
        var next = token + 1 < view.End ? view.Lemma(token + 1) : "";
        return (view.Document.Tokens[token].Upos == "NUM" || view.LowerText(token) is "a" or "the")
               && next is "year" or "month" or "decade" or "week" or "day" or "time";
    }

    /// <summary>"would be an attack on Russia": a noun that is the predicate of a modal "be".</summary>
    private static bool IsWouldBeNoun(SentenceView view, int anchor)
    {
        if (view.Arguments is not { Tree: var tree } || tree.Upos(anchor) != "NOUN" || tree.Child(anchor, "cop") < 0) return false;
        foreach (var c in tree.Children(anchor))
            if (tree.BaseRelation(c) == "aux" && view.Lemma(c) is "would" or "could" or "might" or "may" or "will") return true;
        return false;
    }

    /// <summary>"any attack", "any new military action": a noun after "any" and its modifiers ("any deal must come with" is no such noun's event).</summary>
    private static bool IsAnyOf(SentenceView view, int anchor)
    {
        if (view.Document.Tokens[anchor].Upos != "NOUN") return false;
        for (var t = anchor - 1; t >= view.Start && t >= anchor - 3; t--)
        {
            if (view.LowerText(t) == "any") return true;
            if (view.Document.Tokens[t].Upos is not ("ADJ" or "NOUN")) return false;
        }
        return false;
    }

    /// <summary>"over arms sales", "amid protests": a noun in a phrase that gives another event's reason or topic.</summary>
    private static bool IsReasonOrTopic(Syntax.SentenceTree tree, int noun)
    {
        // "over arms sales": the pattern's anchor may be a compound before the phrase's head noun.
        while (tree.BaseRelation(noun) == "compound" && tree.Head(noun) > noun) noun = tree.Head(noun);
        return tree.BaseRelation(noun) is "obl" or "nmod" && tree.CaseWord(noun) is "over" or "about" or "amid" or "despite" or "after" or "following";
    }

    private static bool IsParticipleAfterComma(SentenceView view, int triggerFirst) =>
        triggerFirst - 1 >= view.Start && view.LowerText(triggerFirst - 1) == ","
        && view.LowerText(triggerFirst).EndsWith("ing", StringComparison.Ordinal);

    /// <summary>The first actor of the sentence that stands outside any prepositional phrase.</summary>
    private static ActorPhrase? MainSubject(SentenceView view, int before, ActorPhrase? exclude)
    {
        foreach (var a in view.Actors)
        {
            if (a.First >= before) break;
            if (a.Preposition is null && (exclude is null || a.Group != exclude.Group)) return a;
        }
        return null;
    }

    private static bool InConditionalClause(SentenceView view, int position)
    {
        for (var j = position - 1; j >= view.Start; j--)
        {
            var w = view.LowerText(j);
            if (w is "," or ";" or ":" or "then") return false;
            if (w is "if" or "unless" or "until" or "whether" or "lest") return true;
        }
        return false;
    }

    /// <summary>
    /// Every actor coordinated with <paramref name="actor"/>. A bare agent noun coordinated with a
    /// resolved actor takes its country ("Iran's leader and other officials": both Iranian).
    /// </summary>
    private static List<EventActor?> GroupMembers(SentenceView view, ActorPhrase actor)
    {
        var members = new List<EventActor?>();
        string? country = null;
        foreach (var a in view.Actors)
            if (a.Group == actor.Group && !a.IsAgentOnly && a.Actor.Country is { } c) { country = c; break; }
        foreach (var a in view.Actors)
        {
            if (a.Group != actor.Group) continue;
            var member = a.Actor;
            if (a.IsAgentOnly && country is not null && member.Code is { Length: 6 } code)
                member = member with { Code = country + code[3..], Country = country };
            if (!members.Exists(m => m?.Code == member.Code)) members.Add(member);
        }
        return members;
    }

    /// <summary>An actor that reports the clause: "X said ...", "..., X said", "according to X".</summary>
    private ActorPhrase? FindReporter(SentenceView view, int triggerFirst, ActorPhrase? source, out int verb)
    {
        verb = -1;
        for (var j = view.Start; j < view.End; j++)
        {
            if (j == triggerFirst || view.ActorOf(j) is not null) continue;
            var lemma = view.Lemma(j);
            if (lemma is not ("say" or "tell" or "announce" or "report" or "claim" or "allege" or "state" or "accord")) continue;
            if (lemma == "accord" && !(j + 1 < view.End && view.LowerText(j + 1) == "to")) continue;
            // Only the verb reports: "alleged crimes", "a state of emergency", "the report" do not (untagged text keeps every form).
            if (lemma != "accord" && view.Document.Tokens[j].Upos is { } tag && tag != "VERB") continue;
            verb = j;
            if (lemma == "accord") return FindAfter(view, j + 1, 4, null);
            if (j < triggerFirst)
            {
                var left = FindSourceLeft(view, j, includePrepositional: false);
                if (left is not null && left != source && (source is null || left.Last < source.First)) return left;
            }
            else
            {
                var left = SpeakerBefore(view, j, triggerFirst);
                var right = FindAfter(view, j, 4, null);
                var speaker = left ?? right;
                if (speaker is not null && speaker != source) return speaker;
            }
        }
        verb = -1;
        return null;
    }

    /// <summary>
    /// The actor right before a reporting verb after the event ("..., US Deputy Secretary of Energy
    /// Jeffrey Kupfer said"): the nearest within seven words, across an unknown name but not across
    /// a comma or another verb.
    /// </summary>
    private static ActorPhrase? SpeakerBefore(SentenceView view, int verb, int triggerFirst)
    {
        for (var j = verb - 1; j > triggerFirst && j >= verb - 7; j--)
        {
            if (view.ActorOf(j) is { } actor) return actor;
            if (view.LowerText(j) is "," or ";" || view.Document.Tokens[j].Upos is "VERB" or "AUX") return null;
        }
        return null;
    }

    /// <summary>When a sentence has no event, a reporting verb with a speaker is a plain statement (010).</summary>
    private void AddStatement(SentenceView view, DiscourseContext context, List<DateExpression> dates, List<EventDraft> output)
    {
        for (var j = view.Start; j < view.End; j++)
        {
            if (view.Lemma(j) is not ("say" or "tell" or "state" or "announce" or "declare") || view.ActorOf(j) is not null) continue;
            var unnamed = false;
            var speaker = view.Arguments?.SubjectActorOf(j, out unnamed) ?? (unnamed ? null : FindSourceLeft(view, j, includePrepositional: false));
            if (speaker is null || speaker.IsAgentOnly) continue;
            var addressee = FindAfter(view, j, 12, null);
            // A statement names no addressee in its speaker's own group or country ("Canada announced bans on travel to Canada").
            if (addressee is not null && (addressee.Group == speaker.Group || IsOwnCountryOf(speaker, addressee))) addressee = null;
            var token = view.Document.Tokens[j];
            output.Add(new EventDraft
            {
                Code = "010",
                Rule = "statement",
                Source = speaker.Actor,
                Target = addressee?.Actor,
                Modality = Modality.Asserted,
                SentenceIndex = view.Sentence.Index,
                SentenceSpan = view.Sentence.Span,
                Trigger = token.Span,
                TriggerToken = j,
                Date = NearestDate(dates, j, view.Arguments?.Tree),
                InQuote = InQuote(view.Document, token.Start),
                Confidence = 0.3,
            });
            return;
        }
    }

    private static bool SentenceHas(SentenceView view, params string[] lemmas)
    {
        for (var j = view.Start; j < view.End; j++)
            if (Array.IndexOf(lemmas, view.Lemma(j)) >= 0) return true;
        return false;
    }

    /// <summary>
    /// The date of an event: the nearest date inside the trigger's own phrase in the parse, else the
    /// nearest date in the sentence ("annexed Crimea in March 2014 and launched an invasion in February
    /// 2022": each verb keeps its own date, though March 2014 is nearer to "launched").
    /// </summary>
    internal static DateExpression? NearestDate(List<DateExpression> dates, int token, Syntax.SentenceTree? tree = null)
    {
        if (tree is not null && Nearest(dates.Where(d => tree.Dominates(token, d.LastToken) && !BelongsToCoordinatedVerb(tree, token, d.LastToken)), token) is { } own)
            return own;
        return Nearest(dates, token);
    }

    /// <summary>True when the path from the trigger down to the token passes a coordinated verb (its own clause).</summary>
    private static bool BelongsToCoordinatedVerb(Syntax.SentenceTree tree, int trigger, int token)
    {
        for (var t = token; t >= 0 && t != trigger; t = tree.Head(t))
            if (tree.BaseRelation(t) == "conj" && tree.Head(t) >= 0 && tree.Upos(t) is "VERB" or "AUX") return true;
        return false;
    }

    private static DateExpression? Nearest(IEnumerable<DateExpression> dates, int token)
    {
        DateExpression? best = null;
        var bestDistance = int.MaxValue;
        foreach (var d in dates)
        {
            var distance = token < d.FirstToken ? d.FirstToken - token : token > d.LastToken ? token - d.LastToken : 0;
            if (distance < bestDistance) { best = d; bestDistance = distance; }
        }
        return best;
    }

    internal static bool InQuote(Document document, int offset)
    {
        foreach (var q in document.Quotes)
            if (q.Span.Contains(offset)) return true;
        return false;
    }

    private static double Confidence(PatternMatch match, EventActor? source, EventActor? target, Modality modality, bool parsed)
    {
        var c = 0.45;
        if (source?.Code is not null) c += 0.15;
        if (target?.Code is not null) c += 0.1;
        c += 0.05 * Math.Min(match.Pattern.WordCount - 1, 3);
        if (match.TargetSlotFilled) c += 0.05;
        if (parsed) c += 0.03;
        if (modality is Modality.Reported or Modality.Conditional) c -= 0.05;
        return Math.Clamp(c, 0.05, 0.98);
    }
}
