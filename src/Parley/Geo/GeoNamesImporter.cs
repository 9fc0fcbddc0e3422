using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Parley.Geo;

/// <summary>
/// Builds the compact gazetteer from the GeoNames dump format: cities (cities15000.txt or its zip),
/// countryInfo.txt and admin1 codes. Keeps capitals, first-level seats and cities above a population
/// threshold; regions and countries get the population-weighted centre of their cities.
/// </summary>
public static class GeoNamesImporter
{
    public sealed record Options(string CitiesPath, string CountriesPath, string? RegionsPath, long MinPopulation = 100_000, int MaxOtherNames = 4);

    public static IReadOnlyList<GazetteerEntry> Import(Options options)
    {
        var countries = ReadCountries(options.CountriesPath); // ISO2 -> (ISO3, name)
        var cities = ReadCities(options.CitiesPath, countries).ToList();
        var kept = cities.Where(c => c.Population >= options.MinPopulation || c.Feature is "PPLC" or "PPLA")
            .Select(c => c.Entry with { Names = c.Entry.Names.Take(options.MaxOtherNames).ToList() }).ToList();
        var result = new List<GazetteerEntry>(kept);
        if (options.RegionsPath != null) result.AddRange(Regions(options.RegionsPath, cities, countries));
        result.AddRange(Countries(cities, countries));
        return result;
    }

    public static void Write(IEnumerable<GazetteerEntry> entries, TextWriter writer, string sourceNote)
    {
        writer.WriteLine("# Derived from GeoNames (geonames.org), licensed CC BY 4.0; " + sourceNote);
        writer.WriteLine("# Format: docs/geolocation.md. Regenerate with `parley geo import`.");
        writer.WriteLine(Gazetteer.Header);
        var inv = CultureInfo.InvariantCulture;
        foreach (var e in entries.OrderBy(e => e.Country, StringComparer.Ordinal).ThenBy(e => e.Kind).ThenBy(e => e.Name, StringComparer.Ordinal))
        {
            writer.WriteLine(string.Join('\t',
                e.GeoNamesId?.ToString(inv) ?? "", e.Name, e.Kind.ToString().ToLowerInvariant(), e.Country, e.Admin1 ?? "",
                e.Latitude.ToString("0.####", inv), e.Longitude.ToString("0.####", inv), e.Population.ToString(inv),
                string.Join('|', e.Names)));
        }
    }

    private sealed record City(GazetteerEntry Entry, string Feature, string Iso2, string Admin1Code, long Population);

    private static Dictionary<string, (string Iso3, string Name)> ReadCountries(string path)
    {
        var result = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            if (f.Length < 5 || f[0].Length != 2 || f[1].Length != 3) continue;
            result.TryAdd(f[0], (f[1], f[4]));
        }
        return result;
    }

    private static IEnumerable<City> ReadCities(string path, Dictionary<string, (string Iso3, string Name)> countries)
    {
        var inv = CultureInfo.InvariantCulture;
        foreach (var line in ReadLines(path))
        {
            var f = line.Split('\t');
            if (f.Length < 15 || !countries.TryGetValue(f[8], out var country)) continue;
            if (!long.TryParse(f[0], inv, out var id) || !double.TryParse(f[4], inv, out var lat) || !double.TryParse(f[5], inv, out var lon)) continue;
            long.TryParse(f[14], inv, out var population);
            var others = f[3].Split(',', StringSplitOptions.RemoveEmptyEntries)
                .Where(n => IsUsableEnglishName(n) && n != f[1]).Distinct(StringComparer.Ordinal).ToList();
            if (f[2] != f[1] && IsUsableEnglishName(f[2])) others.Insert(0, f[2]);
            var entry = new GazetteerEntry(id, f[1], PlacePrecision.City, country.Iso3, f[10].Length == 0 ? null : f[10], lat, lon, population, others);
            yield return new City(entry, f[7], f[8], f[10], population);
        }
    }

    /// <summary>Latin-script names that start with a capital and are not codes ("ALV") or very short.</summary>
    private static bool IsUsableEnglishName(string name)
    {
        if (name.Length < 4 || !char.IsAsciiLetterUpper(name[0])) return false;
        var lower = 0;
        foreach (var c in name)
        {
            if (char.IsAsciiLetterLower(c)) lower++;
            else if (!(char.IsAsciiLetterUpper(c) || c is ' ' or '-' or '\'')) return false;
        }
        return lower >= name.Length / 2;
    }

    private static IEnumerable<GazetteerEntry> Regions(string path, List<City> cities, Dictionary<string, (string Iso3, string Name)> countries)
    {
        var byRegion = cities.GroupBy(c => c.Iso2 + "." + c.Admin1Code).ToDictionary(g => g.Key, g => g.ToList());
        var inv = CultureInfo.InvariantCulture;
        foreach (var line in ReadLines(path))
        {
            var f = line.Split('\t');
            if (f.Length < 4) continue;
            var code = f[0];
            var dot = code.IndexOf('.');
            if (dot != 2 || !countries.TryGetValue(code[..2], out var country) || !byRegion.TryGetValue(code, out var members)) continue;
            var (lat, lon, population) = Centre(members);
            long.TryParse(f[3], inv, out var id);
            var names = f[2] != f[1] && IsUsableEnglishName(f[2]) ? new[] { f[2] } : [];
            yield return new GazetteerEntry(id == 0 ? null : id, f[1], PlacePrecision.Region, country.Iso3, code[(dot + 1)..], lat, lon, population, names);
        }
    }

    private static IEnumerable<GazetteerEntry> Countries(List<City> cities, Dictionary<string, (string Iso3, string Name)> countries)
    {
        foreach (var group in cities.GroupBy(c => c.Iso2))
        {
            if (!countries.TryGetValue(group.Key, out var country)) continue;
            var (lat, lon, population) = Centre(group.ToList());
            yield return new GazetteerEntry(null, country.Name, PlacePrecision.Country, country.Iso3, null, lat, lon, population, []);
        }
    }

    private static (double Lat, double Lon, long Population) Centre(List<City> members)
    {
        double weight = 0, lat = 0, lon = 0; long population = 0;
        foreach (var m in members)
        {
            var w = Math.Max(1, m.Population);
            weight += w; lat += m.Entry.Latitude * w; lon += m.Entry.Longitude * w; population += m.Population;
        }
        return (Math.Round(lat / weight, 4), Math.Round(lon / weight, 4), population);
    }

    private static IEnumerable<string> ReadLines(string path)
    {
        if (!path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            foreach (var line in File.ReadLines(path)) if (line.Length > 0 && line[0] != '#') yield return line;
            yield break;
        }
        using var zip = ZipFile.OpenRead(path);
        var entry = zip.Entries.FirstOrDefault(e => e.Name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
                    ?? throw new ParleyInputException(path, "the zip holds no .txt file");
        using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
        while (reader.ReadLine() is { } line) if (line.Length > 0 && line[0] != '#') yield return line;
    }
}
