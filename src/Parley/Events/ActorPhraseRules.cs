namespace Parley.Events;

/// <summary>
/// Refinements of the actor phrases of one sentence after the knowledge base's mentions and the
/// bare agent nouns are in: whose country or body an agent belongs to ("officials of Iran",
/// "members of the Syrian parliament"), who owns "its forces", appositions, and role nouns that
/// coordinated countries share. Each rule reads the sentence's lower-cased words and changes
/// the phrases in place.
/// </summary>
internal static class ActorPhraseRules
{
    /// <summary>Nouns for the people living somewhere, between a people's name and the place ("Druze inhabitants of").</summary>
    private static readonly HashSet<string> ResidentWords =
        ["inhabitants", "residents", "villagers", "people", "population", "community", "communities", "living", "settlers"];

    /// <summary>
    /// "a court in Guyana", "officials of Iran", "troops loyal to Gaddafi": a bare agent noun takes
    /// the country that follows; so does a people named without a country ("ethnic Albanians in
    /// southern Serbia", "Druze inhabitants of the Golan"), and a country's people named as the
    /// people of another ("the Albanians of southern Serbia"; "Albanians in Serbia" stay Albanian).
    /// </summary>
    public static void CountriesThatFollow(List<ActorPhrase> actors, int[] actorAt, string[] lower, int sentenceStart)
    {
        var count = lower.Length;
        foreach (var agent in actors)
        {
            var unplaced = agent.IsAgentOnly || agent.Actor is { Country: null, Code: { } c } && c.StartsWith("---", StringComparison.Ordinal);
            var nationals = !unplaced && IsNationalsNoun(agent);
            if (!unplaced && !nationals) continue;
            var k = agent.Last + 1 - sentenceStart;
            // "Druze inhabitants of", "Kurds living in": the people noun between the group and the place.
            if (unplaced && k + 2 < count && ResidentWords.Contains(lower[k])) k++;
            // "militants loyal to Iraq's al-Qaeda leader", "workers affiliated with the Serbian union": the side they belong to.
            var belongs = unplaced && k + 2 < count && (lower[k], lower[k + 1]) is ("loyal", "to") or ("affiliated", "with") or ("belonging", "to") or ("linked", "to");
            if (belongs) k++;
            if (k + 1 >= count || !(belongs || (nationals ? lower[k] == "of" : lower[k] is "in" or "of" or "from"))) continue;
            if (lower[k + 1] == "the" && k + 2 < count) k++;
            // "in southern Serbia": a word of direction before the country.
            if (k + 2 < count && Geo.CompassWords.Contains(lower[k + 1])) k++;
            // "dissidents from military-ruled Myanmar": a hyphenated modifier before the country.
            if (k + 4 < count && lower[k + 2] == "-" && char.IsLetter(lower[k + 1][0]) && char.IsLetter(lower[k + 3][0]) && actorAt[k + 1] < 0) k += 3;
            var next = actorAt[k + 1] >= 0 ? actors[actorAt[k + 1]] : null;
            if (next is null || next.IsAgentOnly) continue;
            if (!belongs && OwnedBody(next, actors, actorAt, lower, sentenceStart) is { } body) next = body;
            // "leaders of Egypt's Muslim Brotherhood", "officials of the UN": the agents of a group or organization are it.
            if (agent.IsAgentOnly && !belongs && lower[k] != "in" && next.Actor is { EntityId: { } id, Code: { Length: > 3 } whole } && IsBody(id))
            {
                agent.Actor = agent.Actor with { Code = whole, Country = next.Actor.Country, EntityId = id, Name = next.Actor.Name };
                continue;
            }
            if (next.Actor.Country is not { } country || agent.Actor.Code is not { Length: >= 3 } code) continue;
            if (nationals && (country == agent.Actor.Country || !next.Actor.EntityId!.StartsWith("country/", StringComparison.Ordinal))) continue;
            agent.Actor = agent.Actor with { Code = country + code[3..], Country = country };
        }
    }

    /// <summary>"Egypt's Muslim Brotherhood": the group or organization a country phrase owns, right after its "'s".</summary>
    private static ActorPhrase? OwnedBody(ActorPhrase country, List<ActorPhrase> actors, int[] actorAt, string[] lower, int sentenceStart)
    {
        // The possessive may be inside the country's phrase or the word after it.
        var owned = country.Last + 1 - sentenceStart;
        if (lower[owned - 1] is not ("'s" or "'")) owned++;
        if (owned >= lower.Length || lower[owned - 1] is not ("'s" or "'") || actorAt[owned] < 0) return null;
        var body = actors[actorAt[owned]];
        return body.Actor.EntityId is { } id && IsBody(id) ? body : null;
    }

    private static bool IsBody(string entityId) =>
        entityId.StartsWith("group/", StringComparison.Ordinal) || entityId.StartsWith("org/", StringComparison.Ordinal);

    /// <summary>"A member of the Syrian parliament", "members of the Kenyan opposition": a member acts for the body.</summary>
    public static void MembersOf(List<ActorPhrase> actors, string[] lower, int sentenceStart)
    {
        for (var i = 0; i < actors.Count; i++)
        {
            var k = actors[i].First - sentenceStart - 1;
            if (k >= 0 && lower[k] == "the") k--;
            if (k < 1 || lower[k] != "of" || lower[k - 1] is not ("member" or "members")) continue;
            if (i > 0 && actors[i - 1].Last >= k - 1 + sentenceStart) continue;
            var old = actors[i];
            actors[i] = new ActorPhrase { First = k - 1 + sentenceStart, Last = old.Last, Actor = old.Actor, IsPronoun = old.IsPronoun, IsAgentOnly = old.IsAgentOnly };
        }
    }

    /// <summary>"the Albanians": one plural word naming a country's people, not the country itself ("the Bahamas").</summary>
    private static bool IsNationalsNoun(ActorPhrase actor)
    {
        if (actor.Actor is not { EntityId: { } id, Name: { } name, Text: { } text } || !id.StartsWith("country/", StringComparison.Ordinal)) return false;
        if (text.StartsWith("the ", StringComparison.OrdinalIgnoreCase)) text = text[4..];
        return text.Length > 3 && !text.Contains(' ') && text.EndsWith('s') && char.IsUpper(text[0]) && !name.Contains(text, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// "Hungarian and Romanian officials", "US and British forces": countries joined before one role
    /// noun share it, so each is coded with the role (HUNGOV, ROUGOV), not only the last.
    /// </summary>
    public static void SharedRoleNouns(List<ActorPhrase> actors, string[] lower, int sentenceStart)
    {
        for (var i = actors.Count - 2; i >= 0; i--)
        {
            var (country, next) = (actors[i], actors[i + 1]);
            if (country.Group != next.Group || country.First != country.Last || country.IsAgentOnly) continue;
            // A demonym or abbreviation ("Hungarian", "US"), not the country's own name ("Iran and Iraqi forces" is Iran and the forces).
            if (country.Actor is not { Code: { Length: 3 } code, EntityId: { } id, Name: { } name, Text: { } text }
                || !id.StartsWith("country/", StringComparison.Ordinal) || name == text) continue;
            if (next.Actor.Code is not { Length: 6 } roleCode || next.Actor.Country is null || !next.Actor.Code.StartsWith(next.Actor.Country, StringComparison.Ordinal)) continue;
            // Only "and" or a comma between, and the next phrase is itself a country word and its role noun.
            var between = lower.AsSpan((country.Last + 1 - sentenceStart)..(next.First - sentenceStart));
            if (between.Length is 0 or > 2 || !AllJoiners(between) || next.Last - next.First != 1) continue;
            country.Actor = country.Actor with { Code = code + roleCode[3..] };
        }
    }

    private static bool AllJoiners(ReadOnlySpan<string> words)
    {
        foreach (var w in words)
            if (w is not ("and" or "or" or ",")) return false;
        return true;
    }

    /// <summary>
    /// "Bosnian Serbs said their forces withdrew": an agent noun after "its" or "their" belongs to
    /// the first resolved actor of the sentence, the likely owner.
    /// </summary>
    public static void OwnedAgents(List<ActorPhrase> actors, string[] lower, int sentenceStart)
    {
        var owner = actors.Find(a => !a.IsAgentOnly && a.Actor.Country is not null);
        if (owner is null) return;
        foreach (var agent in actors)
        {
            var before = agent.First - 1 - sentenceStart;
            if (!agent.IsAgentOnly || agent.First <= owner.First || before < 0 || lower[before] is not ("its" or "their")) continue;
            if (agent.Actor.Code is not { Length: 6 } code) continue;
            agent.Actor = agent.Actor with { Code = owner.Actor.Country + code[3..], Country = owner.Actor.Country };
        }
    }

    /// <summary>
    /// "Libyan leader Muammar Gaddafi", "Iran's Supreme Leader Ayatollah Ali Khamenei": a title
    /// phrase directly followed by a name of the same country is one actor, the name's.
    /// </summary>
    public static void MergeAppositions(List<ActorPhrase> actors)
    {
        for (var i = actors.Count - 1; i > 0; i--)
        {
            var (title, name) = (actors[i - 1], actors[i]);
            if (title.Last + 1 != name.First || title.IsAgentOnly || name.IsAgentOnly) continue;
            if (title.Actor.Country is { } a && name.Actor.Country is { } b && a != b) continue;
            var actor = name.Actor.Code is not null ? name.Actor : title.Actor;
            actors[i - 1] = new ActorPhrase { First = title.First, Last = name.Last, Actor = actor };
            actors.RemoveAt(i);
        }
    }
}
