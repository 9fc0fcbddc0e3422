using System.Collections.Frozen;
using System.Globalization;

namespace Parley.Events.Ontology;

/// <summary>One CAMEO event code with its scale values and PLOVER equivalent.</summary>
public sealed record CameoCode(string Code, string Name, double Goldstein, int QuadClass, string Plover, string? PloverMode)
{
    public string Root => Code[..2];
}

/// <summary>One PLOVER event type with the older names gold files may use.</summary>
public sealed record PloverType(string Name, int QuadClass, IReadOnlyList<string> OlderNames, IReadOnlyList<string> Modes, string Gloss);

/// <summary>
/// The CAMEO codebook (every root, 3- and 4-digit code) and the PLOVER types, loaded from
/// data/events/cameo.tsv and plover.tsv into frozen lookups.
/// </summary>
public sealed class CameoOntology
{
    private readonly FrozenDictionary<string, CameoCode> _codes;
    private readonly FrozenDictionary<string, PloverType> _plover;
    private readonly FrozenDictionary<string, string> _ploverAliases;

    private CameoOntology(FrozenDictionary<string, CameoCode> codes, FrozenDictionary<string, PloverType> plover)
    {
        _codes = codes;
        _plover = plover;
        var aliases = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var type in plover.Values)
        {
            aliases[type.Name] = type.Name;
            foreach (var old in type.OlderNames) aliases[old] = type.Name;
        }
        _ploverAliases = aliases.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyCollection<CameoCode> Codes => _codes.Values;
    public IReadOnlyCollection<PloverType> PloverTypes => _plover.Values;

    public bool TryGet(string code, out CameoCode cameo) => _codes.TryGetValue(code, out cameo!);

    public CameoCode Get(string code) =>
        _codes.TryGetValue(code, out var c) ? c : throw new KeyNotFoundException($"Unknown CAMEO code '{code}'.");

    /// <summary>The current PLOVER name for a type written with a current or an older name; null if unknown.</summary>
    public string? NormalizePlover(string name) => _ploverAliases.TryGetValue(name, out var n) ? n : null;

    public static int QuadClassOfRoot(int root) => root switch
    {
        <= 5 => 1,
        <= 8 => 2,
        <= 13 => 3,
        _ => 4,
    };

    /// <summary>True for a code of the violent roots: unconventional violence, assault, fight, mass violence (18-20).</summary>
    public static bool IsViolence(string code) => code.Length >= 2 && code[..2] is "18" or "19" or "20";

    public static CameoOntology Load(string cameoPath, string ploverPath)
    {
        var inv = CultureInfo.InvariantCulture;
        var codes = new Dictionary<string, CameoCode>(StringComparer.Ordinal);
        foreach (var (line, cells) in TsvFile.Rows(cameoPath))
        {
            if (cells.Length < 5) throw TsvFile.Error(cameoPath, line, "expected 5 columns: code, goldstein, plover, mode, name");
            var code = cells[0];
            if (code.Length is < 2 or > 4 || !code.All(char.IsAsciiDigit))
                throw TsvFile.Error(cameoPath, line, $"'{code}' is not a 2 to 4 digit CAMEO code");
            if (!double.TryParse(cells[1], NumberStyles.Float, inv, out var goldstein) || goldstein is < -10 or > 10)
                throw TsvFile.Error(cameoPath, line, $"Goldstein score '{cells[1]}' is not a number in [-10, 10]");
            var root = int.Parse(code[..2], inv);
            if (root is < 1 or > 20) throw TsvFile.Error(cameoPath, line, $"root {root} is outside 01-20");
            var plover = cells[2] == "-" ? "" : cells[2];
            var mode = cells[3] == "-" ? null : cells[3];
            if (!codes.TryAdd(code, new CameoCode(code, cells[4], goldstein, QuadClassOfRoot(root), plover, mode)))
                throw TsvFile.Error(cameoPath, line, $"code {code} appears twice");
        }
        var types = new Dictionary<string, PloverType>(StringComparer.Ordinal);
        foreach (var (line, cells) in TsvFile.Rows(ploverPath))
        {
            if (cells.Length < 5) throw TsvFile.Error(ploverPath, line, "expected 5 columns: type, quad, older, modes, gloss");
            types[cells[0]] = new PloverType(cells[0], int.Parse(cells[1], inv),
                cells[2] == "-" ? [] : cells[2].Split(','), cells[3] == "-" ? [] : cells[3].Split(','), cells[4]);
        }
        foreach (var c in codes.Values)
        {
            if (c.Plover.Length > 0 && !types.ContainsKey(c.Plover))
                throw new FormatException($"{Path.GetFileName(cameoPath)}: code {c.Code} maps to unknown PLOVER type {c.Plover}");
        }
        return new CameoOntology(codes.ToFrozenDictionary(StringComparer.Ordinal), types.ToFrozenDictionary(StringComparer.Ordinal));
    }
}
