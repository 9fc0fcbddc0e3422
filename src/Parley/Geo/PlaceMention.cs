using Parley.Text;

namespace Parley.Geo;

public enum PlacePrecision { City, Region, Country }

/// <summary>A place named in the text and resolved against the gazetteer.</summary>
public sealed class PlaceMention
{
    public required TextSpan Span { get; init; }
    public required string Text { get; init; }
    public required string Name { get; init; }
    public string? Country { get; init; }
    public double Latitude { get; init; }
    public double Longitude { get; init; }
    public long? GeoNamesId { get; init; }
    public PlacePrecision Precision { get; init; }
    public int SentenceIndex { get; init; }
    /// <summary>
    /// Set when the place names what an actor of unknown country belongs to ("the government of
    /// Sindh province"): the span of that actor; or where violence with no attacker named came from
    /// ("fired at Israel from the Gaza Strip"): the span of the event's trigger. Such a place says
    /// whose the actor is, not where the event was.
    /// </summary>
    public TextSpan? OwnerOf { get; init; }
}
