namespace Parley.Bargaining.Readers;

/// <summary>
/// KTAB's spatial-model CSV: line 1 `name, description, nActors, nDims`; line 2 the header
/// `Actor, Description, Influence|Power, &lt;dim&gt; Position, &lt;dim&gt; Salience, ...`; then one actor
/// per line. Positions and saliences are on 0-100; saliences become fractions.
/// </summary>
public static class KtabCsvReader
{
    public static bool Looks(IReadOnlyList<string> lines) =>
        lines.Count >= 3 && DelimitedText.Split(lines[1], ',') is var header && header.Count >= 5
        && header[0].Equals("Actor", StringComparison.OrdinalIgnoreCase)
        && header[2] is var power && (power.Equals("Influence", StringComparison.OrdinalIgnoreCase) || power.Equals("Power", StringComparison.OrdinalIgnoreCase));

    public static Scenario Read(string text, string source)
    {
        var lines = DelimitedText.Lines(text);
        if (!Looks(lines)) throw new ParleyInputException(source, "not a KTAB scenario CSV (expected a title line, then 'Actor,Description,Influence,...')");
        var title = DelimitedText.Split(lines[0], ',');
        var header = DelimitedText.Split(lines[1], ',').Where(h => h.Length > 0).ToList();
        var dimensionCount = (header.Count - 3) / 2;
        if (title.Count >= 4 && int.TryParse(title[3], out var declared) && declared > 0) dimensionCount = Math.Min(dimensionCount, declared);
        if (dimensionCount < 1) throw new ParleyInputException(source, "the header names no position/salience columns");
        var dimensions = Enumerable.Range(0, dimensionCount)
            .Select(d => StripSuffix(header[3 + 2 * d], "Position", "Pstn")).ToList();

        var actors = new List<ScenarioActor>();
        foreach (var line in lines.Skip(2))
        {
            var f = DelimitedText.Split(line, ',');
            if (f.Count < 3 + 2 * dimensionCount)
                throw new ParleyInputException(source, $"actor line '{Shorten(line)}' has {f.Count} fields, expected {3 + 2 * dimensionCount}");
            var positions = new double?[dimensionCount];
            var saliences = new double[dimensionCount];
            for (var d = 0; d < dimensionCount; d++)
            {
                positions[d] = DelimitedText.OptionalNumber(f[3 + 2 * d], source, $"position of {f[0]}");
                saliences[d] = DelimitedText.Number(f[4 + 2 * d], source, $"salience of {f[0]}") / 100.0;
            }
            actors.Add(new ScenarioActor(f[0], f[1].Length > 0 ? f[1] : null,
                DelimitedText.Number(f[2], source, $"influence of {f[0]}"), positions, saliences));
        }
        var description = title.Count > 1 && title[1].Length > 0 ? title[1] : null;
        return new Scenario(title[0], description, dimensions, actors).Validated(source);
    }

    private static string StripSuffix(string name, params string[] suffixes)
    {
        foreach (var s in suffixes)
            if (name.EndsWith(s, StringComparison.OrdinalIgnoreCase) && name.Length > s.Length)
                return name[..^s.Length].Trim();
        return name;
    }

    private static string Shorten(string s) => s.Length > 40 ? s[..40] + "..." : s;
}
