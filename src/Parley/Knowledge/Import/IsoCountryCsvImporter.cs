using Parley.Knowledge.Model;

namespace Parley.Knowledge.Import;

/// <summary>
/// Imports an ISO 3166 country-code CSV. Columns are found by name, so the common layouts work:
/// alpha-3 ("ISO3166-1-Alpha-3", "alpha-3", "iso3"), alpha-2, a name ("CLDR display name",
/// "official_name_en", "name"), optionally "Capital" and "wikidata_id".
/// </summary>
public static class IsoCountryCsvImporter
{
    private static readonly string[] Alpha3 = ["iso3166-1-alpha-3", "alpha-3", "iso3", "alpha3"];
    private static readonly string[] Alpha2 = ["iso3166-1-alpha-2", "alpha-2", "iso2", "alpha2"];
    private static readonly string[] Names = ["cldr display name", "name", "official_name_en", "country"];
    private static readonly string[] Capitals = ["capital"];
    private static readonly string[] Wikidata = ["wikidata_id", "qid", "wikidata"];

    public static ImportResult Import(string path)
    {
        using var reader = new StreamReader(path);
        return Import(reader, Path.GetFileName(path));
    }

    public static ImportResult Import(TextReader reader, string sourceName)
    {
        var result = new ImportResult { Source = "iso-csv:" + sourceName };
        Dictionary<string, int>? columns = null;
        int a3 = -1, a2 = -1, name = -1, capital = -1, qid = -1;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (line, fields) in CsvReader.Read(reader))
        {
            if (columns is null)
            {
                columns = fields.Select((f, i) => (f.Trim().ToLowerInvariant(), i)).GroupBy(p => p.Item1).ToDictionary(g => g.Key, g => g.First().i);
                int Find(string[] names) => names.Select(n => columns.GetValueOrDefault(n, -1)).FirstOrDefault(i => i >= 0, -1);
                (a3, a2, name, capital, qid) = (Find(Alpha3), Find(Alpha2), Find(Names), Find(Capitals), Find(Wikidata));
                if (a3 < 0 || name < 0) throw new ParleyInputException(sourceName, "no alpha-3 or name column found in the CSV header");
                continue;
            }
            string Cell(int i) => i >= 0 && i < fields.Length ? fields[i].Trim() : "";
            var iso3 = Cell(a3).ToUpperInvariant();
            if (iso3.Length != 3 || !iso3.All(char.IsAsciiLetterUpper)) { if (fields.Length > 1) result.Warnings.Add($"{sourceName}:{line}: no alpha-3 code"); continue; }
            if (!seen.Add(iso3)) { result.Warnings.Add($"{sourceName}:{line}: {iso3} repeated"); continue; }
            var wikidata = Cell(qid);
            var q = wikidata.Length > 0 ? wikidata[(wikidata.LastIndexOf('/') + 1)..] : null;
            var capitalName = Cell(capital);
            result.Countries.Add(new Entity
            {
                Id = "country/" + iso3, Kind = EntityKind.Country, Name = Cell(name), Iso2 = Cell(a2) is { Length: 2 } two ? two : null,
                Country = iso3, Cameo = iso3, Qid = q is { Length: > 1 } && q.StartsWith('Q') ? q : null,
                Metonyms = capitalName.Length > 0 ? [new Metonym(capitalName, false)] : [], Category = "other",
                Source = $"{sourceName}:{line}",
            });
        }
        if (columns is null) throw new ParleyInputException(sourceName, "the file is empty");
        return result;
    }

    /// <summary>Differences between the imported table and the knowledge base: missing countries, differing ISO codes.</summary>
    public static IReadOnlyList<string> Compare(ImportResult imported, KnowledgeBase kb)
    {
        var notes = new List<string>();
        foreach (var c in imported.Countries)
        {
            if (kb.Country(c.Country!) is not { } known) { notes.Add($"{c.Country} ({c.Name}) is not in the knowledge base"); continue; }
            if (c.Iso2 != null && known.Iso2 != null && c.Iso2 != known.Iso2) notes.Add($"{c.Country}: alpha-2 {c.Iso2} here, {known.Iso2} in the knowledge base");
        }
        return notes;
    }
}
