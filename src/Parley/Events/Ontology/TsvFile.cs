namespace Parley.Events.Ontology;

/// <summary>Reads the tab-separated tables in data/events: '#' comments, one header row, then rows.</summary>
internal static class TsvFile
{
    public static IEnumerable<(int Line, string[] Cells)> Rows(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"Event resource missing: {path}", path);
        var lineNumber = 0;
        var headerSeen = false;
        foreach (var raw in File.ReadLines(path))
        {
            lineNumber++;
            if (raw.Length == 0 || raw[0] == '#') continue;
            if (!headerSeen) { headerSeen = true; continue; }
            yield return (lineNumber, raw.Split('\t'));
        }
    }

    public static FormatException Error(string path, int line, string message) =>
        new($"{Path.GetFileName(path)}:{line}: {message}");
}
