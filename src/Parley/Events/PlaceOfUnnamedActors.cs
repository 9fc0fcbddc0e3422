using Parley.Knowledge;
using Parley.Text;

namespace Parley.Events;

/// <summary>
/// Gives actors the text leaves without a country the country of the place the event happened
/// at (after <see cref="Geo.Geolocator"/>): "police arrested protesters in Cairo" is Egyptian
/// police and protesters, and an unclaimed bombing or riot at a place ("a roadside bomb near
/// Samarra killed a soldier") is done by an unnamed actor of that country, as event data sets
/// code it. Only protest, coercion and violence get a source this way; statements and
/// diplomacy need a named speaker.
/// </summary>
public sealed class PlaceOfUnnamedActors(KnowledgeBase kb) : IDocumentComponent
{
    private const string UnknownCountry = "---";
    private static readonly string[] RootsDoneOnTheSpot = ["14", "17", "18", "19", "20"];

    public string Name => "place-actors";
    public IReadOnlyList<string> Assigns { get; } = ["event.source", "event.target"];

    public void Process(Document document)
    {
        foreach (var e in document.Events)
        {
            if (e.Place is not { Country: { } country } place) continue;
            // Actor codes use the CAMEO country code where it differs from ISO (Timor-Leste is TMP).
            var code = kb.Entity("country/" + country)?.Cameo ?? country;
            e.Target = Locate(e.Target, country, code);
            if (e.Source is not null) e.Source = Locate(e.Source, country, code);
            else if (RootsDoneOnTheSpot.Contains(e.Root))
                e.Source = new EventActor(place.Text, place.Span, null, $"unnamed actor at {place.Name}", code, country);
        }
    }

    /// <summary>
    /// A role-only actor ("---COP") takes the place's country; named actors keep their own, and so
    /// do unnamed troops, which are as often foreign forces or peacekeepers as the country's own.
    /// </summary>
    private static EventActor? Locate(EventActor? actor, string country, string countryCode) =>
        actor is { Country: null, Code: { } code } && code.StartsWith(UnknownCountry, StringComparison.Ordinal) && code[UnknownCountry.Length..] != "MIL"
            ? actor with { Code = countryCode + code[UnknownCountry.Length..], Country = country }
            : actor;
}
