using Parley.Events.Cues;
using Parley.Events.Ontology;
using Parley.Events.Patterns;

namespace Parley.Events;

/// <summary>Everything the coder reads from data/events, loaded once and immutable.</summary>
public sealed class EventResources
{
    public required CameoOntology Ontology { get; init; }
    public required ActorRoles Roles { get; init; }
    public required PatternDictionary Patterns { get; init; }
    public required ModalityLexicon Cues { get; init; }
    /// <summary>Verbs that always take an object in the active voice (data/events/transitive-verbs.tsv).</summary>
    public required IReadOnlySet<string> TransitiveVerbs { get; init; }
    /// <summary>Verbs whose participle before "with" says what a noun carries (data/events/equipping-verbs.tsv).</summary>
    public required IReadOnlySet<string> EquippingVerbs { get; init; }
    /// <summary>Nouns for a crowd in the street (data/events/crowds.tsv).</summary>
    public required IReadOnlySet<string> CrowdNouns { get; init; }
    /// <summary>Accidents and disasters, whose deaths are no one's act (data/events/accidents.tsv).</summary>
    public required IReadOnlySet<string> AccidentNouns { get; init; }

    public static EventResources Load(ResourcePaths paths)
    {
        var ontology = CameoOntology.Load(paths.Data("events", "cameo.tsv"), paths.Data("events", "plover.tsv"));
        var roles = ActorRoles.Load(paths.Data("events", "actor-roles.tsv"));
        var cues = ModalityLexicon.Load(paths.Data("events", "cues.tsv"), paths.Data("events", "transforms.tsv"));
        var patterns = PatternDictionary.Load(paths.Data("events", "patterns"), paths.Data("events", "inflections.tsv"), ontology,
            cues.Vocabulary.Concat(roles.AgentNouns).Concat(EventCoder.FunctionWords));
        return new EventResources
        {
            Ontology = ontology, Roles = roles, Patterns = patterns, Cues = cues,
            TransitiveVerbs = LemmaSet(paths.Data("events", "transitive-verbs.tsv")),
            EquippingVerbs = LemmaSet(paths.Data("events", "equipping-verbs.tsv")),
            CrowdNouns = LemmaSet(paths.Data("events", "crowds.tsv")),
            AccidentNouns = LemmaSet(paths.Data("events", "accidents.tsv")),
        };
    }

    private static HashSet<string> LemmaSet(string path) => TsvFile.Rows(path).Select(row => row.Cells[0].Trim()).ToHashSet(StringComparer.Ordinal);
}
