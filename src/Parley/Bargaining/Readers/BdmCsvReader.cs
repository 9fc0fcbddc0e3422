namespace Parley.Bargaining.Readers;

/// <summary>
/// The one-dimension tables used by expected-utility replications: a header
/// `Actor|Stakeholder, Capability|Resources, Position, Salience` and one actor per line.
/// Saliences on 0-1 are kept; a table whose saliences exceed 1 is read as 0-100.
/// Positions keep the file's scale (the models use the observed range).
/// </summary>
public static class BdmCsvReader
{
    private static readonly string[] NameHeaders = ["actor", "stakeholder"];
    private static readonly string[] CapabilityHeaders = ["capability", "resources", "power", "influence"];

    public static bool Looks(IReadOnlyList<string> lines)
    {
        if (lines.Count < 2) return false;
        var header = DelimitedText.Split(lines[0], ',').Select(h => h.ToLowerInvariant()).ToList();
        return header.Count == 4 && NameHeaders.Contains(header[0]) && CapabilityHeaders.Contains(header[1])
            && header[2] == "position" && header[3] == "salience";
    }

    public static Scenario Read(string text, string source)
    {
        var lines = DelimitedText.Lines(text);
        if (!Looks(lines)) throw new ParleyInputException(source, "not an actor table (expected the header 'Actor,Capability,Position,Salience')");
        var rows = lines.Skip(1).Select(l => DelimitedText.Split(l, ',')).ToList();
        foreach (var r in rows)
            if (r.Count < 4) throw new ParleyInputException(source, $"row '{string.Join(",", r)}' has fewer than 4 fields");
        var saliences = rows.Select(r => DelimitedText.Number(r[3], source, $"salience of {r[0]}")).ToList();
        var scale = saliences.Any(s => s > 1) ? 100.0 : 1.0;
        var actors = rows.Select((r, i) => new ScenarioActor(
            r[0], null, DelimitedText.Number(r[1], source, $"capability of {r[0]}"),
            [DelimitedText.Number(r[2], source, $"position of {r[0]}")],
            [scale == 1.0 ? saliences[i] : saliences[i] / scale])).ToList();
        return new Scenario(Path.GetFileNameWithoutExtension(source), null, ["position"], actors).Validated(source);
    }
}
