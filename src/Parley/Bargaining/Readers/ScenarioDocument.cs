using System.Text.Json;
using System.Text.Json.Serialization;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Parley.Bargaining.Readers;

/// <summary>
/// Parley's own scenario format (JSON or YAML, the same fields; see docs/bargaining.md).
/// Positions and saliences are on 0-100; every number may carry a `basis` saying where it comes from.
/// </summary>
public sealed class ScenarioDocument
{
    public string? Name { get; set; }
    public string? Description { get; set; }
    public List<DimensionDocument> Dimensions { get; set; } = [];
    public List<ActorDocument> Actors { get; set; } = [];
    public List<string> Notes { get; set; } = [];

    public sealed class DimensionDocument
    {
        public string? Name { get; set; }
        public string? Scale { get; set; }
        public double? StatusQuo { get; set; }
        public string? StatusQuoBasis { get; set; }
    }

    public sealed class ActorDocument
    {
        public string? Name { get; set; }
        public string? Description { get; set; }
        public double? Capability { get; set; }
        public string? CapabilityBasis { get; set; }
        public Dictionary<string, StanceDocument> Stances { get; set; } = [];
    }

    public sealed class StanceDocument
    {
        public double? Position { get; set; }
        public double? Salience { get; set; }
        public string? Basis { get; set; }
    }

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static Scenario ReadJson(string text, string source)
    {
        ScenarioDocument? doc;
        try
        {
            doc = JsonSerializer.Deserialize<ScenarioDocument>(text, JsonOptions);
        }
        catch (JsonException e)
        {
            throw new ParleyInputException(source, $"invalid scenario JSON: {e.Message}");
        }
        return (doc ?? throw new ParleyInputException(source, "empty JSON")).ToScenario(source);
    }

    public static Scenario ReadYaml(string text, string source)
    {
        var deserializer = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build();
        ScenarioDocument? doc;
        try
        {
            doc = deserializer.Deserialize<ScenarioDocument>(text);
        }
        catch (YamlException e)
        {
            throw new ParleyInputException(source, $"invalid scenario YAML at line {e.Start.Line}: {e.InnerException?.Message ?? e.Message}");
        }
        return (doc ?? throw new ParleyInputException(source, "empty YAML")).ToScenario(source);
    }

    public Scenario ToScenario(string source)
    {
        if (Dimensions.Count == 0) throw new ParleyInputException(source, "'dimensions' is empty");
        var dimensionNames = Dimensions.Select((d, i) => d.Name ?? throw new ParleyInputException(source, $"dimension {i + 1} has no name")).ToList();
        var actors = new List<ScenarioActor>();
        foreach (var a in Actors)
        {
            var name = a.Name ?? throw new ParleyInputException(source, "an actor has no name");
            foreach (var key in a.Stances.Keys)
                if (!dimensionNames.Contains(key)) throw new ParleyInputException(source, $"actor '{name}' has a stance on unknown dimension '{key}'");
            var positions = dimensionNames.Select(d => a.Stances.TryGetValue(d, out var s) ? s.Position : null).ToList();
            var saliences = dimensionNames.Select(d => a.Stances.TryGetValue(d, out var s) ? (s.Salience ?? 0) / 100.0 : 0).ToList();
            actors.Add(new ScenarioActor(name, a.Description,
                a.Capability ?? throw new ParleyInputException(source, $"actor '{name}' has no capability"), positions, saliences));
        }
        var notes = Notes.ToList();
        return new Scenario(Name ?? Path.GetFileNameWithoutExtension(source), Description, dimensionNames, actors)
        {
            StatusQuo = Dimensions.Select(d => d.StatusQuo).ToList(),
            Notes = notes,
        }.Validated(source);
    }
}
