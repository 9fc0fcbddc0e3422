using Parley.Text;

namespace Parley.Geo;

/// <summary>
/// Finds places named in the text and attaches them to events.
/// PLACEHOLDER: finds nothing yet.
/// </summary>
public sealed class Geolocator : IDocumentComponent
{
    public string Name => "places";
    public IReadOnlyList<string> Assigns { get; } = ["places"];

    public static Geolocator Load(ResourcePaths paths) => new();

    public void Process(Document document) { }
}
