using System.Xml;
using System.Xml.Linq;

namespace Parley.Bargaining.Readers;

/// <summary>
/// KTAB's spatial-model XML (smpSchema.xsd): Scenario/name, desc, Dimensions/dName,
/// Actors/Actor (name, description, capability, Position/dCoord, Salience/dSal) and optional
/// ModelParameters and prngSeed, which are kept as notes. An empty dCoord means "no position".
/// </summary>
public static class KtabXmlReader
{
    public static Scenario Read(string text, string source)
    {
        XDocument doc;
        try
        {
            doc = XDocument.Parse(text.TrimStart('\uFEFF'));
        }
        catch (XmlException e)
        {
            throw new ParleyInputException(source, $"malformed XML: {e.Message}");
        }
        var root = doc.Root ?? throw new ParleyInputException(source, "empty XML document");
        if (root.Name.LocalName != "Scenario") throw new ParleyInputException(source, $"root element is <{root.Name.LocalName}>, expected <Scenario>");
        var dimensions = root.Element("Dimensions")?.Elements("dName").Select(e => e.Value.Trim()).ToList() ?? [];
        if (dimensions.Count == 0)
            throw new ParleyInputException(source, "no <Dimensions>/<dName> (only the spatial-model format is supported)");

        var actors = new List<ScenarioActor>();
        foreach (var a in root.Element("Actors")?.Elements("Actor") ?? [])
        {
            var name = a.Element("name")?.Value.Trim() ?? throw new ParleyInputException(source, "an <Actor> has no <name>");
            var coords = a.Element("Position")?.Elements("dCoord").Select(e => DelimitedText.OptionalNumber(e.Value.Trim(), source, $"position of {name}")).ToList() ?? [];
            var sals = a.Element("Salience")?.Elements("dSal").Select(e => DelimitedText.Number(e.Value.Trim(), source, $"salience of {name}") / 100.0).ToList() ?? [];
            actors.Add(new ScenarioActor(name, a.Element("description")?.Value.Trim(),
                DelimitedText.Number(a.Element("capability")?.Value.Trim() ?? "", source, $"capability of {name}"), coords, sals));
        }
        var notes = new List<string>();
        if (root.Element("prngSeed")?.Value.Trim() is { Length: > 0 } seed) notes.Add($"KTAB prngSeed = {seed}");
        foreach (var p in root.Element("ModelParameters")?.Elements() ?? [])
            notes.Add($"KTAB {p.Name.LocalName} = {p.Value.Trim()}");
        return new Scenario(root.Element("name")?.Value.Trim() ?? Path.GetFileNameWithoutExtension(source),
            root.Element("desc")?.Value.Trim(), dimensions, actors) { Notes = notes }.Validated(source);
    }
}
