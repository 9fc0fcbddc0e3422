using System.Collections.Frozen;
using Parley.Knowledge;
using Parley.Text;

namespace Parley.Geo;

/// <summary>
/// Finds places the text says something happened at: a capitalised name from the gazetteer right
/// after a locative word ("in Tehran", "near Kharkiv", "in the Strait of Hormuz"). A name used as an
/// actor ("Tehran said") has no locative word before it, so metonyms never become places.
/// Where a name fits several places, the one in a country the article talks about wins, then the
/// coarser and larger one. Each event gets the place stated nearest its trigger in its sentence.
/// </summary>
public sealed class Geolocator(Gazetteer gazetteer) : IDocumentComponent
{
    private static readonly FrozenSet<string> LocativeWords = new[]
    {
        "in", "near", "at", "outside", "inside", "around", "across", "into", "off", "towards", "toward",
        "throughout", "within", "over", "nearby", "along",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> PlaceNouns = new[]
    {
        "town", "city", "village", "province", "region", "district", "port", "enclave", "island", "state", "capital",
    }.ToFrozenSet(StringComparer.Ordinal);

    public string Name => "places";
    public IReadOnlyList<string> Assigns { get; } = ["places", "event.place"];

    /// <summary>
    /// Loads the gazetteer and gives its countries the names and aliases the knowledge base knows
    /// them by ("Macedonia", "Burma", "the U.S."), so a place is found under every name an actor is.
    /// </summary>
    public static Geolocator Load(ResourcePaths paths, KnowledgeBase kb)
    {
        var entries = Gazetteer.ReadFolder(paths.Data("geo"));
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            if (entry.Kind != PlacePrecision.Country || kb.Entity("country/" + entry.Country) is not { } country) continue;
            entries[i] = entry with { Names = entry.Names.Append(country.Name).Concat(country.Aliases).Distinct(StringComparer.Ordinal).ToList() };
        }
        return new Geolocator(new Gazetteer(entries));
    }

    public void Process(Document document)
    {
        if (gazetteer.Count == 0) return;
        var focus = CountryFocus(document);
        foreach (var sentence in document.Sentences)
        {
            var end = sentence.FirstToken + sentence.TokenCount;
            for (var i = sentence.FirstToken; i < end - 1; i++)
            {
                if (!LocativeWords.Contains(document.Tokens[i].Text)) continue;
                var place = LongestPlaceAt(document, NameStart(document, i + 1, end), end, sentence.Index, focus);
                if (place != null) { document.Places.Add(place); i = TokenIndexAfter(document, place.Span.End, i); }
            }
        }
        FindOwnerPlaces(document, focus);
        FindPlacesActedOn(document, focus);
        SortByPosition(document.Places);
        AttachToEvents(document);
        // Found after the events' places are chosen: where an attacker fires from is not where the act lands.
        if (FindOriginPlaces(document, focus)) SortByPosition(document.Places);
    }

    private static void SortByPosition(List<PlaceMention> places) => places.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));

    /// <summary>
    /// "a rocket was fired at Israel from the Gaza Strip": the place after "from" that violence
    /// with an attacker of unknown country comes from; it is the attacker's place (its owner).
    /// </summary>
    private bool FindOriginPlaces(Document document, IReadOnlyDictionary<string, int> focus)
    {
        var found = false;
        foreach (var e in document.Events)
        {
            if (!Events.Ontology.CameoOntology.IsViolence(e.Cameo) || e.Source is { Country: not null }) continue;
            var sentence = document.Sentences[e.Evidence.SentenceIndex];
            var end = sentence.FirstToken + sentence.TokenCount;
            for (var t = FirstTokenFrom(document, e.Trigger.End); t >= 0 && t < end - 1; t++)
            {
                if (document.Tokens[t].Text != "from") continue;
                var place = LongestPlaceAt(document, NameStart(document, t + 1, end), end, sentence.Index, focus, e.Source?.Span ?? e.Trigger);
                if (place is not null && !document.Places.Exists(p => p.Span.Overlaps(place.Span))) { document.Places.Add(place); found = true; }
                break;
            }
        }
        return found;
    }

    /// <summary>
    /// "Russian missiles struck Kharkiv", "troops shelled the town of Rafah": a city or region named
    /// right after an event's trigger, with no target coded, is what the act was done to, and so
    /// where it happened. Countries are actors, not places, when named so.
    /// </summary>
    private void FindPlacesActedOn(Document document, IReadOnlyDictionary<string, int> focus)
    {
        foreach (var e in document.Events)
        {
            // Only acts done to a place's people: a visit's destination says nothing of whose the act is.
            if (e.Target is not null || e.Place is not null || !RootsDoneToAPlace.Contains(e.Root)) continue;
            var sentence = document.Sentences[e.Evidence.SentenceIndex];
            var end = sentence.FirstToken + sentence.TokenCount;
            // After the trigger's first word, through the word after it: a pattern's target slot may
            // have covered the name ("missiles struck Kharkiv on").
            var first = FirstTokenFrom(document, e.Trigger.Start) + 1;
            var last = Math.Min(FirstTokenFrom(document, e.Trigger.End) is var after and >= 0 ? after : end, end - 1);
            for (var t = first; t > 0 && t <= last; t++)
            {
                var name = NameStart(document, t, end);
                if (IsInsideMention(document, name) || !char.IsUpper(document.Tokens[name].Text[0])) continue;
                var place = LongestPlaceAt(document, name, end, sentence.Index, focus);
                if (place is null || place.Precision == PlacePrecision.Country || document.Places.Exists(p => p.Span.Overlaps(place.Span))
                    || NameGoesOn(document, place, end)) break;
                document.Places.Add(place);
                e.Place = place;
                break;
            }
        }
    }

    private static readonly string[] RootsDoneToAPlace = ["17", "18", "19", "20"];

    /// <summary>"Minas Tirith" is not Minas: a capitalized word right after the gazetteer name continues another name.</summary>
    private static bool NameGoesOn(Document document, PlaceMention place, int end)
    {
        var after = FirstTokenFrom(document, place.Span.End);
        return after >= 0 && after < end && char.IsUpper(document.Tokens[after].Text[0]) && !Events.Dates.DateFinder.IsCalendarWord(document.Tokens[after].Text);
    }

    /// <summary>True when a knowledge-base mention covers the token: "struck Hezbollah" names an actor, not a place.</summary>
    private static bool IsInsideMention(Document document, int token)
    {
        var start = document.Tokens[token].Start;
        foreach (Mention m in document.Mentions)
            if (m.Span.Start <= start && start < m.Span.End) return true;
        return false;
    }

    /// <summary>"the government of Sindh province", "the governor of Helmand": an actor of unknown country qualified by a place.</summary>
    private void FindOwnerPlaces(Document document, IReadOnlyDictionary<string, int> focus)
    {
        var done = new HashSet<TextSpan>();
        foreach (var e in document.Events)
        {
            foreach (var actor in (ReadOnlySpan<Events.EventActor?>)[e.Source, e.Target])
            {
                if (actor is not { Country: null } || !done.Add(actor.Span)) continue;
                if ((PlaceAfterOf(document, actor, focus) ?? PlaceBefore(document, actor, focus)) is { } place) document.Places.Add(place);
            }
        }
    }

    /// <summary>
    /// Where a place name after a preposition starts: after "the" ("the" may also belong to the name,
    /// "the Persian Gulf"), a lower-case word of direction, and a place noun with "of" ("near the town of Samarra").
    /// </summary>
    private static int NameStart(Document document, int first, int end)
    {
        if (document.Tokens[first].Text is "the" or "The" && first + 1 < end) first++;
        // "the northern West Bank city of Nablus": a word of direction before the name.
        if (CompassWords.Contains(document.Tokens[first].Text) && first + 1 < end) first++;
        if (first + 2 < end && PlaceNouns.Contains(document.Tokens[first].Text) && document.Tokens[first + 1].Text == "of") first += 2;
        return first;
    }

    /// <summary>The longest gazetteer name starting at <paramref name="first"/>; <paramref name="ownerOf"/> marks it as the place an actor is named after.</summary>
    private PlaceMention? LongestPlaceAt(Document document, int first, int end, int sentenceIndex, IReadOnlyDictionary<string, int> focus, TextSpan? ownerOf = null)
    {
        if (!char.IsUpper(document.Tokens[first].Text[0])) return null;
        var maxLast = Math.Min(end - 1, first + gazetteer.LongestNameWords + 2);
        for (var last = maxLast; last >= first; last--)
        {
            var start = document.Tokens[first].Start;
            var stop = document.Tokens[last].End;
            var name = document.Text.Substring(start, stop - start);
            // A name listed with its article is what "the" names: "in the Red Sea" is the sea, not Sudan's Red Sea state.
            var withArticle = first > 0 && document.Tokens[first - 1].Text is "the" ? gazetteer.Lookup("the " + name) : [];
            var candidates = withArticle.Count > 0 ? withArticle : gazetteer.Lookup(name);
            if (candidates.Count == 0) continue;
            var best = Choose(candidates, focus);
            return new PlaceMention
            {
                Span = new TextSpan(start, stop), Text = name, Name = best.Name, Country = best.Country.Length == 0 ? null : best.Country,
                Latitude = best.Latitude, Longitude = best.Longitude, GeoNamesId = best.GeoNamesId,
                Precision = best.Kind, SentenceIndex = sentenceIndex, OwnerOf = ownerOf,
            };
        }
        return null;
    }

    /// <summary>Prefers places in the countries the article is about, then countries over regions over cities, then population.</summary>
    internal static GazetteerEntry Choose(IReadOnlyList<GazetteerEntry> candidates, IReadOnlyDictionary<string, int> focus)
    {
        GazetteerEntry best = candidates[0];
        var bestScore = double.MinValue;
        foreach (var c in candidates)
        {
            var score = (c.Country.Length > 0 && focus.TryGetValue(c.Country, out var n) ? 10 + n : 0)
                        + (c.Kind == PlacePrecision.Country ? 3 : c.Kind == PlacePrecision.Region ? 1 : 0)
                        + Math.Log10(Math.Max(10, c.Population)) / 10;
            if (score > bestScore) { bestScore = score; best = c; }
        }
        return best;
    }

    /// <summary>How often each country is mentioned by the article's actors.</summary>
    private static Dictionary<string, int> CountryFocus(Document document)
    {
        var focus = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Mention m in document.Mentions)
            if (m.Country is { } c) focus[c] = focus.GetValueOrDefault(c) + 1;
        return focus;
    }

    /// <summary>"the government of Sindh province", "the governor of the province of Helmand".</summary>
    private PlaceMention? PlaceAfterOf(Document document, Events.EventActor actor, IReadOnlyDictionary<string, int> focus)
    {
        var of = FirstTokenFrom(document, actor.Span.End);
        if (of < 0 || document.Tokens[of].Text != "of") return null;
        var sentence = document.Sentences[document.Tokens[of].SentenceIndex];
        var end = sentence.FirstToken + sentence.TokenCount;
        if (of + 1 >= end) return null;
        var first = NameStart(document, of + 1, end);
        return LongestPlaceAt(document, first, end, sentence.Index, focus, actor.Span);
    }

    /// <summary>"Darfur rebels", "Kandahar police": a place name right before the actor's noun.</summary>
    private PlaceMention? PlaceBefore(Document document, Events.EventActor actor, IReadOnlyDictionary<string, int> focus)
    {
        var first = FirstTokenFrom(document, actor.Span.Start);
        if (first <= 0) return null;
        var sentence = document.Sentences[document.Tokens[first].SentenceIndex];
        for (var start = Math.Max(sentence.FirstToken, first - 3); start < first; start++)
        {
            if (start == sentence.FirstToken && first - start > 1) continue;
            if (LongestPlaceAt(document, start, first, sentence.Index, focus, actor.Span) is { } place && place.Span.End == document.Tokens[first - 1].End)
                return place;
        }
        return null;
    }

    /// <summary>The index of the first token starting at or after the offset (tokens are in text order), or -1.</summary>
    private static int FirstTokenFrom(Document document, int offset)
    {
        int low = 0, high = document.Tokens.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (document.Tokens[middle].Start < offset) low = middle + 1;
            else high = middle;
        }
        return low < document.Tokens.Count ? low : -1;
    }

    private static int TokenIndexAfter(Document document, int offset, int from)
    {
        var i = from;
        while (i + 1 < document.Tokens.Count && document.Tokens[i + 1].End <= offset) i++;
        return i;
    }

    private static void AttachToEvents(Document document)
    {
        if (document.Places.Count == 0) return;
        foreach (var e in document.Events)
        {
            PlaceMention? nearest = null;
            var distance = int.MaxValue;
            foreach (var p in document.Places)
            {
                if (p.SentenceIndex != e.Evidence.SentenceIndex || p.OwnerOf is not null) continue;
                var d = Math.Abs(p.Span.Start - e.Trigger.Start);
                if (d < distance) { distance = d; nearest = p; }
            }
            e.Place ??= nearest;
        }
    }
}
