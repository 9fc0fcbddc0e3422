using System.Collections.Frozen;
using System.Globalization;

namespace Parley.Geo;

/// <summary>One place the gazetteer knows.</summary>
public sealed record GazetteerEntry(
    long? GeoNamesId, string Name, PlacePrecision Kind, string Country, string? Admin1,
    double Latitude, double Longitude, long Population, IReadOnlyList<string> Names);

/// <summary>
/// Places by every name they are known by (data/geo/*.tsv, format in docs/geolocation.md).
/// Names are matched case-sensitively on their written form, since "Nice" and "nice" differ.
/// </summary>
public sealed class Gazetteer
{
    public const string Header = "geonameid\tname\tkind\tcountry\tadmin1\tlatitude\tlongitude\tpopulation\tother_names";

    /// <summary>
    /// Region names that are plain words of direction or landform ("West", "Centre", "Littoral"):
    /// written alone in news they are never the region, and they would turn "West Darfur" into Cameroon.
    /// </summary>
    private static readonly FrozenSet<string> GenericNames = new[]
    {
        "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Centre", "Center",
        "Northeast", "Northwest", "Southeast", "Southwest", "Far North", "Littoral", "Plateau", "Islands", "Lakes",
        "Coast", "Upper", "Lower", "Capital", "Mountains", "Valley",
    }.ToFrozenSet(StringComparer.Ordinal);

    private readonly FrozenDictionary<string, GazetteerEntry[]> _byName;

    public Gazetteer(IEnumerable<GazetteerEntry> entries)
    {
        var byName = new Dictionary<string, List<GazetteerEntry>>(StringComparer.Ordinal);
        var count = 0;
        foreach (var entry in entries)
        {
            count++;
            foreach (var name in entry.Names.Prepend(entry.Name).Distinct(StringComparer.Ordinal))
            {
                if (GenericNames.Contains(name)) continue;
                if (!byName.TryGetValue(name, out var list)) byName[name] = list = new List<GazetteerEntry>(1);
                list.Add(entry);
            }
        }
        _byName = byName.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
        Count = count;
        LongestNameWords = byName.Keys.Count == 0 ? 0 : byName.Keys.Max(k => k.Count(c => c == ' ') + 1);
    }

    public int Count { get; }
    public int LongestNameWords { get; }

    public IReadOnlyList<GazetteerEntry> Lookup(string name) =>
        _byName.TryGetValue(name, out var found) ? found : [];

    public static Gazetteer Empty { get; } = new([]);

    /// <summary>Loads every .tsv file in a folder (the derived GeoNames table and hand-written places).</summary>
    public static Gazetteer LoadFolder(string folder) => new(ReadFolder(folder));

    /// <summary>The entries of every .tsv file in a folder, in file-name order (none when the folder is missing).</summary>
    public static List<GazetteerEntry> ReadFolder(string folder) =>
        Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*.tsv").Order(StringComparer.Ordinal).SelectMany(ReadFile).ToList() : [];

    public static IEnumerable<GazetteerEntry> ReadFile(string path)
    {
        var header = true;
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0 || line[0] == '#') continue;
            if (header) { header = false; continue; }
            var f = line.Split('\t');
            if (f.Length < 9) throw new FormatException($"{path}:{number}: expected 9 columns, found {f.Length}");
            var inv = CultureInfo.InvariantCulture;
            yield return new GazetteerEntry(
                f[0].Length == 0 ? null : long.Parse(f[0], inv),
                f[1],
                f[2] switch { "city" => PlacePrecision.City, "region" => PlacePrecision.Region, "country" => PlacePrecision.Country,
                    _ => throw new FormatException($"{path}:{number}: kind must be city, region or country") },
                f[3], f[4].Length == 0 ? null : f[4],
                double.Parse(f[5], inv), double.Parse(f[6], inv),
                f[7].Length == 0 ? 0 : long.Parse(f[7], inv),
                f[8].Length == 0 ? [] : f[8].Split('|'));
        }
    }
}
