using Parley.Knowledge;
using Parley.Text;

namespace Parley.Events;

/// <summary>
/// Gives actors the text leaves without a country (after <see cref="Geo.Geolocator"/>) the
/// country the event itself points to:
/// <list type="bullet">
/// <item>the place the actor is named after ("the government of Sindh province", "Darfur rebels");</item>
/// <item>the place it happened at: "police arrested protesters in Cairo" is Egyptian police and
/// protesters, and an unclaimed bombing or riot at a place ("a roadside bomb near Samarra killed a
/// soldier") is done by an unnamed actor of that country, and violence there with no one named
/// as its target is done to one ("tanks fired at targets in Jericho"), as event data sets code it (protest,
/// coercion and violence, and investigations, which a place's own authorities open: statements
/// and diplomacy need a named speaker);</item>
/// <item>else, for the same kinds of event, the country of a government, police force, court or
/// legislature on the other side: "Egyptian police dispersed demonstrators" are Egyptian
/// demonstrators, and protesters demanding a president's resignation are that president's
/// people; an institution protested against without a country is the protesters' own.</item>
/// </list>
/// Unnamed troops keep an unknown country: they are as often foreign forces or peacekeepers; so do
/// those who meet or visit (04) somewhere.
/// </summary>
public sealed class CountriesOfUnnamedActors(KnowledgeBase kb) : IDocumentComponent
{
    private const string UnknownCountry = "---";
    private static readonly string[] RootsDoneOnTheSpot = ["09", "14", "17", "18", "19", "20"];

    public string Name => "unnamed-actors";
    public IReadOnlyList<string> Assigns { get; } = ["event.source", "event.target"];

    public void Process(Document document)
    {
        foreach (var e in document.Events)
        {
            // "the government of Sindh province": the place the actor is named after comes first.
            e.Source = OfOwnerPlace(e.Source, document);
            e.Target = OfOwnerPlace(e.Target, document);
            var violent = Ontology.CameoOntology.IsViolence(e.Cameo);
            // "a rocket was fired at Israel from the Gaza Strip": an unnamed attacker is from where it fires from.
            if (violent && e.Source is null && OriginOf(e, document) is { Country: { } from } origin) e.Source = UnnamedActorAt(origin, CodeOf(from));
            if (e.Place is { Country: { } country } place)
            {
                var code = CodeOf(country);
                e.Target = Locate(e.Target, country, code);
                // "militants fired at Israel": the country attacked is not the attacker's.
                // "The two leaders met in Geneva": meetings and visits are held abroad as often as at home, so they locate no one who holds them.
                if (e.Source is not null && !(violent && e.Target?.Span == place.Span) && e.Root != "04") e.Source = Locate(e.Source, country, code);
                // "a rocket was fired at Damascus": a place attacked is not where the unnamed attacker is from
                // (people who "demonstrated in Serbia" are from the place they protest in).
                else if (RootsDoneOnTheSpot.Contains(e.Root) && (e.Root == "14" || e.Target?.Span != place.Span))
                    e.Source = UnnamedActorAt(place, code);
                // "Israeli tanks fired at targets in Jericho": violence at a place with no one named is done to the place's people.
                if (e.Target is null && violent && e.Source?.Country != country)
                    e.Target = UnnamedActorAt(place, code);
            }
            if (!RootsDoneOnTheSpot.Contains(e.Root)) continue;
            // "landowners began a hunger strike outside Parliament": people protest against their own country's institutions.
            if (e.Root == "14" && IsUnplacedInstitution(e.Target) && e.Source?.Country is { } protesters) e.Target = Locate(e.Target, protesters, CodeOf(protesters));
            if (IsDomesticAuthority(e.Target)) e.Source = Locate(e.Source, e.Target!.Country!, CodeOf(e.Target.Country!));
            if (IsDomesticAuthority(e.Source)) e.Target = Locate(e.Target, e.Source!.Country!, CodeOf(e.Source.Country!));
        }
    }

    /// <summary>
    /// A country's government, police, courts or legislature: the ones who act at home on unnamed
    /// people (an army or a country named alone acts abroad as often, so it settles nothing).
    /// </summary>
    private static bool IsDomesticAuthority(EventActor? actor) => actor is { Country: not null, Code: { } code } && IsAuthorityCode(code);

    private static bool IsUnplacedInstitution(EventActor? actor) =>
        actor is { Country: null, Code: { } code } && code.StartsWith(UnknownCountry, StringComparison.Ordinal) && IsAuthorityCode(code);

    private static bool IsAuthorityCode(string code) => code.Length == 6 && code[3..] is "GOV" or "COP" or "JUD" or "LEG";

    private static EventActor UnnamedActorAt(Geo.PlaceMention place, string code) =>
        new(place.Text, place.Span, null, $"unnamed actor at {place.Name}", code, place.Country);

    /// <summary>The place an event without a source was done from (<see cref="Geo.Geolocator"/> marks it as owned by the trigger).</summary>
    private static Geo.PlaceMention? OriginOf(CodedEvent e, Document document) =>
        document.Places.Find(p => p.OwnerOf == e.Trigger && p.SentenceIndex == e.Evidence.SentenceIndex);

    private EventActor? OfOwnerPlace(EventActor? actor, Document document)
    {
        if (actor is not { Country: null }) return actor;
        foreach (var place in document.Places)
            if (place.OwnerOf == actor.Span && place.Country is { } country) return Locate(actor, country, CodeOf(country));
        return actor;
    }

    /// <summary>Actor codes use the CAMEO country code where it differs from ISO (Timor-Leste is TMP).</summary>
    private string CodeOf(string country) => kb.Entity("country/" + country)?.Cameo ?? country;

    /// <summary>A role-only actor ("---COP") takes the country; named actors and unnamed troops keep their own.</summary>
    private static EventActor? Locate(EventActor? actor, string country, string countryCode) =>
        actor is { Country: null, Code: { } code } && code.StartsWith(UnknownCountry, StringComparison.Ordinal) && code[UnknownCountry.Length..] != "MIL"
            ? actor with { Code = countryCode + code[UnknownCountry.Length..], Country = country }
            : actor;
}
