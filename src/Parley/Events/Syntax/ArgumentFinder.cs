namespace Parley.Events.Syntax;

/// <summary>The actors the dependency parse assigns to one predicate.</summary>
/// <param name="Subject">The actor of the grammatical subject, or null when it is not an actor.</param>
/// <param name="HasSubject">True when the parse found a subject at all (an actor or not).</param>
/// <param name="SubjectIsThing">True when a coordinated verb shares a subject that is a common noun naming no
/// actor ("a roadside bomb killed a soldier and wounded two"): the doer is unknown, and the first verb's
/// object is not it.</param>
/// <param name="Passive">True for a passive predicate ("was attacked", "civilians imprisoned for ...").</param>
/// <param name="BareParticiple">True when the passive is only a participle without "be" or "get".</param>
/// <param name="Agent">The by-phrase of a passive ("by Israel").</param>
/// <param name="Object">Direct object, else indirect object, else a goal or opponent phrase ("with", "against", "on").</param>
internal sealed record ClauseArguments(
    ActorPhrase? Subject, bool HasSubject, bool SubjectIsThing, bool Passive, bool BareParticiple, ActorPhrase? Agent, ActorPhrase? Object);

/// <summary>
/// Reads who did what to whom from the dependency parse: the subject of a predicate (following
/// control verbs, coordinated verbs, participles and relative clauses up the tree), passive
/// voice and its agent, and the object, each mapped to the actor phrase it names.
/// </summary>
internal sealed class ArgumentFinder(SentenceView view, SentenceTree tree)
{
    private const int MaxClimb = 6;
    private static readonly HashSet<string> RelativePronouns = ["who", "which", "that", "whom"];
    private static readonly string[] ObjectRelations = ["obj", "iobj"];
    private static readonly HashSet<string> PersonalPronouns = ["it", "they", "he", "she"];
    private static readonly HashSet<string> ObliquePrepositions = ["with", "against", "on", "to", "toward", "towards", "at", "into", "upon"];
    /// <summary>Verbs whose object noun is an act their subject carries out ("order the strike", "launch an offensive").</summary>
    private static readonly HashSet<string> CausingLemmas = ["order", "authorize", "authorise", "command", "launch", "conduct", "mount", "stage", "carry", "direct", "approve"];
    /// <summary>
    /// Verbs of saying that take a clause, not a noun, as what is said: a noun after them with a
    /// participle is the subject of a reported clause. Not "claim", "allege", "add" or "declare",
    /// whose noun objects a participle may describe ("claimed islands occupied by Vietnam").
    /// </summary>
    private static readonly HashSet<string> ClauseOnlySpeechLemmas = ["say", "insist"];
    private static readonly HashSet<string> SpeechLemmas = ["say", "tell", "state", "announce", "add", "insist", "declare", "reiterate", "stress", "warn", "argue", "write", "conclude", "remind", "demand", "urge"];

    public SentenceTree Tree => tree;

    /// <summary>
    /// Arguments of <paramref name="predicate"/>. The subject is read from
    /// <paramref name="subjectPredicate"/>, the highest verb of the chain ("refused" in "refused to negotiate").
    /// </summary>
    public ClauseArguments Find(int predicate, int subjectPredicate)
    {
        var subjectToken = SubjectToken(subjectPredicate, out var passiveSubject);
        var passive = subjectPredicate == predicate ? passiveSubject || IsPassive(predicate) : IsPassive(predicate);
        if (subjectPredicate != predicate && passive) subjectToken = SubjectToken(predicate, out _);
        // A subject across a dash or colon is a misparse of a dateline or heading ("SEOUL - North Korea has ...").
        if (subjectToken >= 0 && CrossesClauseBreak(subjectToken, subjectPredicate)) subjectToken = -1;
        var subject = subjectToken >= 0 ? ActorFor(subjectToken) : null;
        if (subject is null && subjectToken >= 0 && PersonalPronouns.Contains(view.LowerText(subjectToken)))
            subject = PronounAntecedent(subjectPredicate, view.LowerText(subjectToken));
        var agent = passive ? AgentOf(predicate, throughInstrument: true) : null;
        var subjectIsThing = subjectToken >= 0 && subject is null && tree.Upos(subjectToken) == "NOUN"
            && tree.BaseRelation(subjectPredicate) == "conj" && SubjectChild(subjectPredicate) < 0;
        return new ClauseArguments(subject, subjectToken >= 0, subjectIsThing, passive, passive && !IsPassive(predicate), agent, ObjectOf(predicate));
    }

    /// <summary>
    /// "killed by a mine believed to have been laid by Houthi rebels", "shot down by a missile fired
    /// by separatists": the agent of a participle that describes the instrument (directly or through
    /// one complement) is who used it.
    /// </summary>
    private ActorPhrase? InstrumentUser(int instrument)
    {
        if (tree.Upos(instrument) != "NOUN") return null;
        foreach (var participle in tree.Children(instrument))
        {
            if (tree.BaseRelation(participle) != "acl") continue;
            if (AgentOf(participle) is { } agent) return agent;
            foreach (var complement in tree.Children(participle))
                if (tree.BaseRelation(complement) == "xcomp" && AgentOf(complement) is { } inner) return inner;
        }
        return null;
    }

    /// <summary>The actor of a verb's by-phrase, or, <paramref name="throughInstrument"/>, of the instrument it names.</summary>
    private ActorPhrase? AgentOf(int verb, bool throughInstrument = false)
    {
        foreach (var c in tree.Children(verb))
        {
            if (tree.BaseRelation(c) != "obl" || tree.CaseWord(c) != "by") continue;
            if ((ActorFor(c) ?? (throughInstrument ? InstrumentUser(c) : null)) is { } agent) return agent;
        }
        return null;
    }

    /// <summary>
    /// "The union announced that it had called off the strike": a pronoun subject of a complement
    /// or adverbial clause stands for the subject of the verb that governs the clause, when that
    /// verb names no other actor as its object ("warned Israel that it ..." is left open) and the
    /// pronoun fits it ("he" and "she" a person, "it" and "they" no person).
    /// </summary>
    private ActorPhrase? PronounAntecedent(int predicate, string pronoun)
    {
        var t = predicate;
        for (var climb = 0; climb < MaxClimb && t >= 0; climb++)
        {
            var rel = tree.BaseRelation(t);
            var head = tree.Head(t);
            if (head < 0 || rel is not ("ccomp" or "advcl" or "conj" or "parataxis" or "xcomp")) return null;
            t = head;
            if (rel == "conj" || rel == "xcomp") continue;
            var s = SubjectChild(t);
            if (s < 0) continue;
            // A verb with an object of its own, naming an actor there or in an oblique, leaves the pronoun open.
            if (tree.Child(t, "obj", "iobj") >= 0 && ObjectOf(t) is not null) return null;
            var actor = ActorFor(s);
            if (actor is null) return null;
            var isPerson = actor.Actor.EntityId?.StartsWith("person/", StringComparison.Ordinal) == true;
            return (pronoun is "he" or "she") == isPerson ? actor : null;
        }
        return null;
    }

    private bool CrossesClauseBreak(int a, int b)
    {
        for (var t = Math.Min(a, b) + 1; t < Math.Max(a, b); t++)
            if (view.LowerText(t) is "-" or "--" or "—" or "–" or ":" or ";") return true;
        return false;
    }

    /// <summary>
    /// "The United States speeded up the withdrawal", "rebels began a hunger strike": the actor
    /// doing what a verb's object names (the verb's subject, or its agent in the passive).
    /// </summary>
    public ActorPhrase? DoerOfObject(int noun)
    {
        var verb = tree.Head(noun);
        if (verb < 0 || tree.BaseRelation(noun) != "obj" || tree.Upos(verb) != "VERB") return null;
        // Only a subject stated on the verb itself: "for ordering the strike" does not say who ordered.
        var subject = SubjectChild(verb);
        return subject >= 0 && !IsPassive(verb) ? ActorFor(subject) : null;
    }

    /// <summary>
    /// The actor a reporting verb's subject names ("Kenya's foreign ministry said", "Planning
    /// Minister Tran Xuan Gia said"); <paramref name="unnamed"/> when a subject is a noun that names
    /// none (", analysts said"), so no actor elsewhere in the sentence is its speaker.
    /// </summary>
    public ActorPhrase? SubjectActorOf(int verb, out bool unnamed)
    {
        unnamed = false;
        // The parser may give a long subject more than one head ("Planning and Investment Minister Tran Xuan Gia").
        foreach (var c in tree.Children(verb))
        {
            if (tree.BaseRelation(c) != "nsubj") continue;
            if (ActorFor(c) is { } actor) return actor;
            unnamed |= tree.Upos(c) is "NOUN" or "PROPN";
        }
        return null;
    }

    /// <summary>"X said (that) Y must Z": the actor of the speaker whose complement holds the predicate.</summary>
    public ActorPhrase? Speaker(int predicate)
    {
        var t = predicate;
        for (var climb = 0; climb < MaxClimb && t >= 0; climb++)
        {
            var rel = tree.BaseRelation(t);
            var head = tree.Head(t);
            if (head < 0) return null;
            if (rel is "conj" or "xcomp") { t = head; continue; }
            // "said on Tuesday that ...": a complement misattached to the date belongs to the verb before it.
            if (rel == "acl" && view.IsDateToken(head)) (rel, head) = ("ccomp", tree.Head(head));
            if (rel is not ("ccomp" or "parataxis") || head < 0 || !SpeechLemmas.Contains(view.Lemma(head))) return null;
            var s = SubjectToken(head, out _);
            return s >= 0 ? ActorFor(s) : null;
        }
        return null;
    }

    /// <summary>The subject token of a predicate, climbing to where an omitted subject is stated.</summary>
    private int SubjectToken(int predicate, out bool passive)
    {
        passive = false;
        var t = predicate;
        // "Obama was pressured to help Iran": a controlled infinitive is active whatever the voice of the verb above.
        var controlled = false;
        for (var climb = 0; climb < MaxClimb && t >= 0; climb++)
        {
            var s = SubjectChild(t);
            if (s >= 0)
            {
                passive = !controlled && IsPassive(t);
                // "the forces that attacked": the relative pronoun stands for the noun the clause modifies.
                if (RelativePronouns.Contains(view.LowerText(s)) && tree.BaseRelation(t) == "acl" && tree.Head(t) >= 0)
                    return tree.Head(t);
                return s;
            }
            var head = tree.Head(t);
            if (head < 0) return -1;
            switch (tree.BaseRelation(t))
            {
                case "xcomp":
                    // "urged Iran to talk": the object of the governing verb is the subject of the complement.
                    var controller = tree.Child(head, "obj", "iobj");
                    if (controller >= 0) return controller;
                    if (PrepositionalController(head, t) is var named and >= 0) return named;
                    controlled = true;
                    t = head;
                    break;
                case "advcl" or "acl" when ReasonGovernor(t) is var governor and >= 0:
                    // "arrested two men for attacking", "praised Qatar for helping": the object does the act given as the reason.
                    return tree.Child(governor, "obj");
                case "advcl":
                    // An infinitive read as a purpose clause ("called for Duque to face justice") is still controlled.
                    if (view.LowerText(Math.Max(t - 1, view.Start)) == "to" && PrepositionalController(head, t) is var asked and >= 0) return asked;
                    controlled = true;
                    t = head;
                    break;
                case "conj":
                    t = head;
                    break;
                case "obj" when tree.Upos(t) == "NOUN" && CausingLemmas.Contains(view.Lemma(head)):
                    // "for ordering the strike", "launched an offensive": who orders or launches an act does it.
                    t = head;
                    break;
                case "acl":
                    // "X today rejected": a verb hung under a date word belongs to the noun before it.
                    if (view.IsDateToken(head)) return tree.Head(head);
                    // "Pakistan said Indian troops fired on its posts": the parse reads the reported clause as
                    // the object of "said" with a participle; the noun is the clause's subject, in the active voice.
                    if (tree.BaseRelation(head) == "obj" && tree.Head(head) is var speech and >= 0 && ClauseOnlySpeechLemmas.Contains(view.Lemma(speech)))
                        return head;
                    // "troops deployed in Mali", "rebels fighting the army": the modified noun, the
                    // target of a bare passive participle ("civilians imprisoned for ...").
                    passive = !tree.LooksLikeMainVerb(t) && Xpos(t) == "VBN" && tree.Child(t, "obj") < 0;
                    return head;
                default:
                    return -1;
            }
        }
        return -1;
    }

    /// <summary>
    /// "jailed a student for helping militants", "accused Israel of attacking": the verb with an
    /// actor as its object that a gerund after "for" or "of" gives the reason of (the gerund may hang
    /// under a noun of that verb, "jailed him for two years for helping"), or -1.
    /// </summary>
    public int ReasonGovernor(int gerund)
    {
        if (Xpos(gerund) != "VBG" || tree.Child(gerund, "mark") is not (var mark and >= 0) || view.LowerText(mark) is not ("for" or "of")) return -1;
        var governor = tree.Head(gerund);
        if (governor >= 0 && tree.Upos(governor) == "NOUN" && tree.BaseRelation(governor) is "obl" or "obj") governor = tree.Head(governor);
        if (governor < 0 || tree.Upos(governor) != "VERB") return -1;
        var obj = tree.Child(governor, "obj");
        return obj >= 0 && ActorFor(obj) is not null ? governor : -1;
    }

    /// <summary>"called for Trump to face justice", "called on Iran to talk": the actor after the preposition before the infinitive ("for a rally to protest" names none).</summary>
    private int PrepositionalController(int verb, int infinitive)
    {
        foreach (var c in tree.Children(verb))
            if (c < infinitive && tree.BaseRelation(c) == "obl" && tree.CaseWord(c) is "for" or "on" or "upon" && ActorFor(c) is not null) return c;
        return -1;
    }

    /// <summary>
    /// The subject child; a misread complementizer ("that Sudan must ...") or a number read as a
    /// second subject ("Ten Kenyan soldiers were killed" with "Ten" hung apart) yields to a real subject.
    /// </summary>
    private int SubjectChild(int predicate)
    {
        var found = -1;
        foreach (var c in tree.Children(predicate))
        {
            if (tree.BaseRelation(c) is not ("nsubj" or "csubj")) continue;
            if (found < 0 || RelativePronouns.Contains(view.LowerText(found)) || tree.Upos(found) == "NUM") found = c;
        }
        return found;
    }

    /// <summary>Participles that with "be ... in" describe what the subject does ("forces were engaged in ethnic cleansing").</summary>
    private static readonly HashSet<string> StateParticiples = ["engage", "involve", "embroil", "mire", "lock"];

    /// <summary>
    /// A passive needs a participle and a form of "be" or "get" (or a bare participle modifying a
    /// noun); a passive label alone is not trusted ("have agreed" is active).
    /// </summary>

    private bool IsPassive(int predicate)
    {
        if (Xpos(predicate) != "VBN") return false;
        if (StateParticiples.Contains(view.Lemma(predicate)) && predicate + 1 < view.End && view.LowerText(predicate + 1) == "in") return false;
        foreach (var c in tree.Children(predicate))
            if (tree.BaseRelation(c) == "aux" && view.Lemma(c) is "be" or "get") return true;
        return false;
    }

    private string? Xpos(int token) => view.Document.Tokens[token].Xpos;

    private ActorPhrase? ObjectOf(int predicate)
    {
        foreach (var rel in ObjectRelations)
        {
            var o = tree.Child(predicate, rel);
            if (o >= 0 && ActorFor(o) is { } actor) return actor;
        }
        foreach (var c in tree.Children(predicate))
            if (tree.BaseRelation(c) == "obl" && tree.CaseWord(c) is { } p && ObliquePrepositions.Contains(p) && ActorFor(c) is { } a)
                return a;
        return null;
    }

    /// <summary>
    /// The actor a noun phrase names: the phrase covering its head, else an actor among its
    /// modifiers ("Iranian officials", "doctors from two American aid groups"), nearest first.
    /// </summary>
    public ActorPhrase? ActorFor(int head)
    {
        var actor = NearestActor(head);
        // "the main Hutu rebel group, the FDD,": a named actor in apposition places a people or role that has no country.
        if (actor is { Actor.Country: null } && NamedApposition(head) is { } named) return named;
        return actor;
    }

    private ActorPhrase? NamedApposition(int head)
    {
        foreach (var c in tree.Children(head))
        {
            // A "conjunct" after a bare comma, without "and" or "or", is an apposition the parser misread.
            var apposition = tree.BaseRelation(c) == "appos" || (tree.BaseRelation(c) == "conj" && view.LowerText(c - 1) == "," && tree.Child(c, "cc") < 0);
            if (c > head && apposition && view.ActorOf(c) is { IsAgentOnly: false, Actor.Country: not null } named) return named;
        }
        return null;
    }

    private ActorPhrase? NearestActor(int head)
    {
        if (view.ActorOf(head) is { } direct) return direct;
        if (ActorBeforeApposition(head) is { } named) return named;
        ActorPhrase? found = null;
        var bestDepth = int.MaxValue;
        Search(head, 1);
        return found;

        void Search(int node, int depth)
        {
            if (depth > 2) return;
            foreach (var c in tree.Children(node))
            {
                if (tree.BaseRelation(c) is not ("compound" or "amod" or "nmod" or "flat" or "appos" or "det")) continue;
                if (view.ActorOf(c) is { } actor && depth < bestDepth) { found = actor; bestDepth = depth; }
                Search(c, depth + 1);
            }
        }
    }

    /// <summary>
    /// "Pakistan, a key U.S. ally in the region, has refused": the parser may hang the named actor
    /// under the descriptive noun after it. An actor before the noun, cut off from it by a comma
    /// that also hangs under the noun, is what the noun describes, and beats the noun's modifiers.
    /// </summary>
    private ActorPhrase? ActorBeforeApposition(int head)
    {
        foreach (var c in tree.Children(head))
        {
            if (c >= head || tree.BaseRelation(c) is not ("nsubj" or "appos" or "dep" or "nmod")) continue;
            if (view.ActorOf(c) is not { } actor) continue;
            for (var k = c + 1; k < head; k++)
                if (view.LowerText(k) == "," && tree.Head(k) == head) return actor;
        }
        return null;
    }
}
