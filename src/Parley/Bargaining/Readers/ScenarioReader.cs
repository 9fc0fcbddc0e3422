namespace Parley.Bargaining.Readers;

/// <summary>Reads any supported scenario file, choosing the reader by extension and content.</summary>
public static class ScenarioReader
{
    /// <summary>
    /// Every scenario in a file: one for most formats, one per issue for a DEU table
    /// (capabilities as chosen).
    /// </summary>
    public static IReadOnlyList<Scenario> ReadAll(string path, DeuCapabilities deuCapabilities = DeuCapabilities.Nice)
    {
        if (!File.Exists(path)) throw new ParleyInputException(path, "file not found");
        var text = File.ReadAllText(path);
        if (text.Trim().Length == 0) throw new ParleyInputException(path, "the file is empty");
        if (text.Contains('\0')) throw new ParleyInputException(path, "the file is binary, not a scenario");
        var extension = Path.GetExtension(path).ToLowerInvariant();
        switch (extension)
        {
            case ".xml": return [KtabXmlReader.Read(text, path)];
            case ".json": return [ScenarioDocument.ReadJson(text, path)];
            case ".yaml" or ".yml": return [ScenarioDocument.ReadYaml(text, path)];
        }
        var lines = DelimitedText.Lines(text);
        if (DeuDataset.Looks(lines))
        {
            var deu = DeuDataset.Parse(text, path);
            return deu.Issues.Select(i => deu.ToScenario(i, deuCapabilities)).ToList();
        }
        if (BdmCsvReader.Looks(lines)) return [BdmCsvReader.Read(text, path)];
        if (KtabCsvReader.Looks(lines)) return [KtabCsvReader.Read(text, path)];
        throw new ParleyInputException(path, "unknown scenario format (supported: KTAB CSV/XML, DEU table, actor table CSV, Parley JSON/YAML)");
    }
}
