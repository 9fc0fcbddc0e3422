using Parley.Events.Ontology;
using Parley.Events.Patterns;
using Parley.Knowledge;
using Parley.Text;

namespace Parley.Events;

/// <summary>An actor phrase in a sentence: resolved mention, or a bare agent noun ("rebels").</summary>
internal sealed class ActorPhrase
{
    public required int First { get; init; }
    /// <summary>Last token, inclusive (document index).</summary>
    public required int Last { get; set; }
    public required EventActor Actor { get; set; }
    /// <summary>Coordination group: actors joined by "and", "or" or commas share a group.</summary>
    public int Group { get; set; }
    /// <summary>The preposition just before the phrase ("with", "by", "on"), lower-cased, or null.</summary>
    public string? Preposition { get; set; }
    public bool IsPronoun { get; init; }
    public bool IsAgentOnly { get; init; }
}

/// <summary>
/// A sentence prepared for matching: one lemma per token (from the lemmatizer when it ran, else
/// from the pattern vocabulary's word forms) and the actor phrases with their coordination groups.
/// </summary>
internal sealed class SentenceView
{
    private static readonly HashSet<string> Prepositions =
        ["with", "by", "on", "against", "to", "from", "of", "in", "at", "for", "between", "among", "toward", "towards", "into", "over", "about", "upon", "like", "than"];
    private static readonly HashSet<string> Determiners =
        ["the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "some", "several", "two", "three", "many", "other", "top", "senior", "former", "both"];

    /// <summary>True for the prepositions that introduce an actor phrase ("with", "by", "against", ...).</summary>
    public static bool IsPreposition(string lower) => Prepositions.Contains(lower);

    public required Document Document { get; init; }
    public required Sentence Sentence { get; init; }
    public required string[] Lemmas { get; init; }
    public required string[] Lower { get; init; }
    public required int[] ActorAt { get; init; }
    public required List<ActorPhrase> Actors { get; init; }

    public int Start => Sentence.FirstToken;
    public int End => Sentence.FirstToken + Sentence.TokenCount;
    public string Lemma(int token) => Lemmas[token - Start];
    public string LowerText(int token) => Lower[token - Start];
    public ActorPhrase? ActorOf(int token) =>
        token < Start || token >= End || ActorAt[token - Start] < 0 ? null : Actors[ActorAt[token - Start]];

    public bool HasParse { get; init; }

    /// <summary>Reads arguments from the dependency parse; null when the sentence was not parsed.</summary>
    public Syntax.ArgumentFinder? Arguments { get; private set; }

    private bool[]? _dateTokens;

    /// <summary>Marks the tokens of date expressions so they never anchor a pattern ("in March").</summary>
    public void MarkDates(List<Dates.DateExpression> dates)
    {
        if (dates.Count == 0) return;
        _dateTokens = new bool[Lemmas.Length];
        foreach (var d in dates)
            for (var t = d.FirstToken; t <= d.LastToken; t++) _dateTokens[t - Start] = true;
    }

    public bool IsDateToken(int token) => _dateTokens is not null && _dateTokens[token - Start];

    /// <summary>A hyphen written inside a word ("five-day", "long-range"): the word's parts are one modifier.</summary>
    public bool IsInnerHyphen(int token)
    {
        if (token <= Start || token + 1 >= End || Lower[token - Start] is not ("-" or "‐" or "‑")) return false;
        var tokens = Document.Tokens;
        return tokens[token - 1].End == tokens[token].Start && tokens[token].End == tokens[token + 1].Start;
    }

    public static SentenceView Build(Document document, Sentence sentence, WordForms forms, ActorRoles roles, Cues.ModalityLexicon cues, List<Mention> mentions)
    {
        var count = sentence.TokenCount;
        var lemmas = new string[count];
        var lower = new string[count];
        var hasParse = false;
        for (var k = 0; k < count; k++)
        {
            var token = document.Tokens[sentence.FirstToken + k];
            var text = LowerOf(token.Text);
            lower[k] = text;
            if (token.Upos is not null && token.Lemma is not null)
            {
                hasParse |= token.DepRel is not null;
                var l = token.Lemma.ToLowerInvariant();
                lemmas[k] = forms.IsKnownForm(l) || !forms.IsKnownForm(text) ? forms.LemmaOf(l) : forms.LemmaOf(text);
            }
            else
            {
                lemmas[k] = forms.LemmaOf(text);
            }
            if (lemmas[k] == "n't") lemmas[k] = "not";
        }

        var end = sentence.FirstToken + count;
        var actorAt = new int[count];
        Array.Fill(actorAt, -1);
        var actors = new List<ActorPhrase>();
        foreach (var mention in mentions)
        {
            if (mention.TokenCount <= 0) continue;
            var first = mention.FirstToken;
            var last = mention.FirstToken + mention.TokenCount - 1;
            if (first < sentence.FirstToken || last >= sentence.FirstToken + count) continue;
            if (mention.Code is null && mention.Country is null) continue;
            var free = true;
            for (var t = first; t <= last; t++) free &= actorAt[t - sentence.FirstToken] < 0;
            if (!free) continue;
            var code = mention.Code ?? mention.Country;
            var phraseLast = last;
            // "Iranian officials", "Israel's army": a bare country code takes the role of its agent noun.
            if (code is { Length: 3 })
            {
                var next = last + 1;
                if (next < end && lower[next - sentence.FirstToken] is "'s" or "'") next++;
                // "Vietnamese-led forces": forces led by the country are its own.
                else if (next + 1 < end && lower[next - sentence.FirstToken] == "-" && lower[next + 1 - sentence.FirstToken] == "led") next += 2;
                // Capitalized words between belong to a name ("Montenegro Municipality Association officials").
                var reach = next + 1;
                // "Iraq's national security adviser": two lower-case modifiers before the role noun.
                if (reach + 1 < end && IsLowerModifier(next) && IsLowerModifier(next + 1)) reach++;
                while (reach + 1 < end && reach < next + 3 && char.IsUpper(document.Tokens[reach - 1].Text[0]) && char.IsUpper(document.Tokens[reach].Text[0])) reach++;
                for (var look = next; look < end && look <= reach; look++)
                {
                    // "Montenegro Municipality Association (AKK) officials": the name's acronym in brackets.
                    if (look > next && IsBracketedAcronym(look))
                    {
                        look += 2;
                        reach = look + 1;
                        continue;
                    }
                    if (!char.IsLetter(lower[look - sentence.FirstToken][0])) break;
                    // Only modifiers may stand between ("Iranian senior officials"), never a verb ("Britain mobilized army").
                    if (document.Tokens[look].Upos is "VERB" or "AUX" or "ADP" or "SCONJ" or "CCONJ" or "PRON") break;
                    var role = roles.RoleOfAgent(lemmas[look - sentence.FirstToken]);
                    if (role is null) continue;
                    // "US Deputy Secretary of Energy": "deputy" before another role noun is part of that title, not a legislator.
                    if (lemmas[look - sentence.FirstToken] == "deputy" && IsTitleAhead(look + 1))
                    {
                        reach = Math.Max(reach, look + 2);
                        continue;
                    }
                    if (actorAt[look - sentence.FirstToken] >= 0) break;
                    code += role;
                    phraseLast = look;
                    break;
                }
            }
            // "Afghan rebel leaders", "Serbian military police": the first role noun is the specific one;
            // "European Community foreign ministers": one modifier may come before the role noun.
            if (code is { Length: > 3 })
                while (true)
                {
                    if (IsFreeRoleNoun(phraseLast + 1)) phraseLast++;
                    else if (IsLowerModifier(phraseLast + 1) && IsFreeRoleNoun(phraseLast + 2)) phraseLast += 2;
                    else break;
                }
            // A role noun in the next two words ("Deputy Secretary", "deputy foreign minister").
            bool IsTitleAhead(int t)
            {
                for (var k = t; k < end && k <= t + 1; k++)
                    if (roles.RoleOfAgent(lemmas[k - sentence.FirstToken]) is not null) return true;
                return false;
            }
            bool IsBracketedAcronym(int t) => t + 2 < end && lower[t - sentence.FirstToken] == "(" && lower[t + 2 - sentence.FirstToken] == ")"
                                              && document.Tokens[t + 1].Text is { Length: >= 2 } acronym && acronym.All(char.IsAsciiLetterUpper);
            // A role noun, not a verb of the same lemma ("Israeli troops forced out ...": "force" is no force).
            bool IsFreeRoleNoun(int t) => IsFreeWord(t) && roles.RoleOfAgent(lemmas[t - sentence.FirstToken]) is not null
                                          && document.Tokens[t].Upos is null or "NOUN" or "PROPN";
            var actor = new EventActor(
                document.Text[document.Tokens[first].Start..document.Tokens[phraseLast].End],
                new TextSpan(document.Tokens[first].Start, document.Tokens[phraseLast].End),
                mention.EntityId, mention.Name, code, mention.Country ?? (code is { Length: >= 3 } c && c.All(char.IsAsciiLetterUpper) ? c[..3] : null));
            for (var t = first; t <= phraseLast; t++) actorAt[t - sentence.FirstToken] = actors.Count;
            actors.Add(new ActorPhrase { First = first, Last = phraseLast, Actor = actor });
        }

        // Bare agent nouns no mention covers ("rebels", "police"): actors of unknown country.
        for (var k = 0; k < count; k++)
        {
            if (actorAt[k] >= 0) continue;
            var token = document.Tokens[sentence.FirstToken + k];
            var role = roles.RoleOfAgent(lemmas[k]);
            if (role is null || role is "CVL" or "BUS" or "ELI" or "MED") continue;
            // Only plural or determined nouns act as agents ("the police", "rebels"), not adjectives ("military action").
            if (token.Upos is not null && token.Upos is not ("NOUN" or "PROPN")) continue;
            // Institutions act without an article in news ("Congress is asking", "pressured by parliament").
            var plural = IsPluralOf(lower[k], lemmas[k]) || lower[k] is "police" or "government" or "army" or "military" or "congress" or "parliament" or "senate" or "cabinet" or "junta";
            var determined = IsDetermined(k);
            var nextIsNoun = k + 1 < count && char.IsLetter(lower[k + 1][0]) && roles.RoleOfAgent(lemmas[k + 1]) is null
                             && (lower[k + 1] is "action" or "force" or "forces" or "aid" or "pressure" or "threat" or "threats" or "strike" or "official" or "officials");
            // "the Islamist Hamas movement": an agent word before a name modifies it.
            var nextIsName = k + 1 < count && actorAt[k + 1] >= 0;
            if (!(plural || determined) || nextIsNoun || nextIsName || token.Text.Length < 3 || IsStateOfThings(k)) continue;
            var actor = new EventActor(token.Text, token.Span, null, null, "---" + role, null);
            actorAt[k] = actors.Count;
            actors.Add(new ActorPhrase { First = token.Index, Last = token.Index, Actor = actor, IsAgentOnly = true });

            // "the current state of affairs", "a state of emergency": a condition, not a government (unless an actor follows: "the state of Israel").
            bool IsStateOfThings(int noun)
            {
                if (lemmas[noun] != "state" || noun + 2 >= count || lower[noun + 1] != "of") return false;
                var next = lower[noun + 2] == "the" && noun + 3 < count ? noun + 3 : noun + 2;
                return actorAt[next] < 0;
            }

            // "the foreign minister", "a senior military official": up to two lower-case modifiers may stand after the article.
            bool IsDetermined(int noun)
            {
                for (var m = noun - 1; m >= 0 && m >= noun - 3; m--)
                {
                    if (lower[m] is "the" or "a") return true;
                    if (!IsLowerModifier(sentence.FirstToken + m)) return false;
                }
                return false;
            }
        }

        // Words no actor covers, in lower case (so no name), and those of them that modify a noun; t is a document token index.
        bool IsFreeWord(int t) => t < end && actorAt[t - sentence.FirstToken] < 0 && char.IsLower(document.Tokens[t].Text[0]);
        bool IsLowerModifier(int t) => IsFreeWord(t) && document.Tokens[t].Upos is "ADJ" or "NOUN";

        ActorPhraseRules.CountriesThatFollow(actors, actorAt, lower, sentence.FirstToken);
        ActorPhraseRules.MembersOf(actors, lower, sentence.FirstToken);

        actors.Sort((a, b) => a.First.CompareTo(b.First));
        ActorPhraseRules.OwnedAgents(actors, lower, sentence.FirstToken);
        ActorPhraseRules.MergeAppositions(actors);
        Array.Fill(actorAt, -1);
        for (var i = 0; i < actors.Count; i++)
            for (var t = actors[i].First; t <= actors[i].Last; t++) actorAt[t - sentence.FirstToken] = i;

        // Prepositions and coordination groups.
        var group = 0;
        var groupFirst = 0;
        for (var i = 0; i < actors.Count; i++)
        {
            var a = actors[i];
            a.Preposition = PrepositionBefore(document, sentence.FirstToken, lower, a.First - sentence.FirstToken);
            if (i > 0 && Coordinated(lower, actors[i - 1].Last - sentence.FirstToken, a.First - sentence.FirstToken)
                && !EndsAttribution(lower, groupFirst, actors[i - 1].Last - sentence.FirstToken, a.First - sentence.FirstToken)
                && !OpensAttribution(document, sentence.FirstToken, lemmas, cues, actors[i - 1].Last - sentence.FirstToken, a.First - sentence.FirstToken, a.Last - sentence.FirstToken))
            {
                a.Group = actors[i - 1].Group;
                a.Preposition ??= actors[i - 1].Preposition;
            }
            else
            {
                a.Group = ++group;
                groupFirst = a.First - sentence.FirstToken;
            }
        }

        ActorPhraseRules.SharedRoleNouns(actors, lower, sentence.FirstToken);

        var view = new SentenceView
        {
            Document = document, Sentence = sentence, Lemmas = lemmas, Lower = lower, ActorAt = actorAt,
            Actors = actors, HasParse = hasParse,
        };
        if (hasParse && Syntax.SentenceTree.Of(document, sentence) is { } tree) view.Arguments = new Syntax.ArgumentFinder(view, tree);
        return view;
    }

    /// <summary>The lower-cased text, reusing the token's own string when it has no capitals.</summary>
    private static string LowerOf(string text)
    {
        foreach (var c in text)
            if (char.IsUpper(c)) return text.ToLowerInvariant();
        return text;
    }

    private static bool IsPluralOf(string form, string lemma) =>
        form == lemma + "s" || form == lemma + "es" || (lemma.EndsWith('y') && form == lemma[..^1] + "ies")
        || (lemma.EndsWith("man", StringComparison.Ordinal) && form == lemma[..^3] + "men");

    /// <summary>
    /// The preposition up to three tokens before the phrase, across determiners and numbers
    /// ("against four senior officers"); a passive's "by" also across the modifiers of a bare agent
    /// noun ("by heavily armed rebels", "by pro-Russian separatists"). Other prepositions keep to
    /// determiners: "representatives of political parties" are the parties acting. A number's own
    /// "about" or "over" is no preposition ("About a dozen protesters marched").
    /// </summary>
    private static string? PrepositionBefore(Document document, int firstToken, string[] lower, int k)
    {
        var acrossModifiers = false;
        var acrossNumber = false;
        for (var j = k - 1; j >= 0 && j >= k - 3; j--)
        {
            if (Prepositions.Contains(lower[j]))
            {
                if (acrossNumber && lower[j] is "about" or "over" or "than" or "like") return null;
                return !acrossModifiers || lower[j] == "by" ? lower[j] : null;
            }
            if (Determiners.Contains(lower[j])) continue;
            if (document.Tokens[firstToken + j].Upos == "NUM")
            {
                acrossNumber = true;
                continue;
            }
            if (!IsModifier(document.Tokens[firstToken + j])) return null;
            acrossModifiers = true;
        }
        return null;
    }

    private static bool IsModifier(Token token) => token.Upos is "ADJ" or "ADV" || (token.Upos == "VERB" && token.Xpos == "VBN");

    /// <summary>
    /// "According to Kenya (and Tanzania), Uganda attacked ...": the comma after the sources an
    /// attribution names (from <paramref name="groupFirst"/>) ends it; it joins no list.
    /// </summary>
    private static bool EndsAttribution(string[] lower, int groupFirst, int previousLast, int first)
    {
        if (first != previousLast + 2 || lower[previousLast + 1] != ",") return false;
        // "according to Kurdish officials, Turkish jets ...": up to two words (no actor's) may stand between "to" and the phrase.
        for (var k = groupFirst - 2; k >= 0 && k >= groupFirst - 4; k--)
            if (lower[k] == "according" && lower[k + 1] == "to") return true;
        return false;
    }

    /// <summary>
    /// "arrived in Bosnia, Defense Secretary William Perry said", "arrested opponents, a spokeswoman
    /// for the U.S. embassy said": an actor after a bare comma that is the subject of a reporting
    /// verb starts the attribution, not a list. Only words of a noun phrase may stand between.
    /// </summary>
    private static bool OpensAttribution(Document document, int firstToken, string[] lemmas, Cues.ModalityLexicon cues, int previousLast, int first, int last)
    {
        if (lemmas[previousLast + 1] != ",") return false;
        for (var k = previousLast + 2; k < first; k++)
            if (!Determiners.Contains(lemmas[k])) return false;
        for (var k = last + 1; k < lemmas.Length && k <= last + 6; k++)
        {
            if (cues.IsReportingVerb(lemmas[k])) return document.Tokens[firstToken + k].Upos is null or "VERB";
            if (lemmas[k] is "also" or "have") continue;
            if (document.Tokens[firstToken + k].Upos is "VERB" or "AUX" or "CCONJ" or "PUNCT" or "SCONJ" or "PRON") return false;
        }
        return false;
    }

    /// <summary>True when only "and", "or", commas and determiners separate two actor phrases.</summary>
    private static bool Coordinated(string[] lower, int previousLast, int first)
    {
        var sawJoiner = false;
        for (var j = previousLast + 1; j < first; j++)
        {
            var w = lower[j];
            if (w is "and" or "or" or "," or "&" or "as" or "well") { sawJoiner |= w is "and" or "or" or "," or "&"; continue; }
            if (Determiners.Contains(w)) continue;
            return false;
        }
        return sawJoiner;
    }
}
