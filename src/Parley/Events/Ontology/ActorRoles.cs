using System.Collections.Frozen;

namespace Parley.Events.Ontology;

/// <summary>One CAMEO actor role code ("GOV", "MIL", "REB", ...).</summary>
public sealed record ActorRole(string Code, string Kind, string Name);

/// <summary>
/// CAMEO actor role codes and the agent nouns that signal a domestic role ("officials" -> GOV),
/// loaded from data/events/actor-roles.tsv.
/// </summary>
public sealed class ActorRoles
{
    private readonly FrozenDictionary<string, ActorRole> _roles;
    private readonly FrozenDictionary<string, string> _agentNouns;

    private ActorRoles(FrozenDictionary<string, ActorRole> roles, FrozenDictionary<string, string> agentNouns)
    {
        _roles = roles;
        _agentNouns = agentNouns;
    }

    public IReadOnlyCollection<ActorRole> Roles => _roles.Values;

    /// <summary>Every agent noun, for the word-form table.</summary>
    public IEnumerable<string> AgentNouns => _agentNouns.Keys;

    public bool IsRole(string code) => _roles.ContainsKey(code);

    /// <summary>The role an agent noun signals ("troops" or "troop" -> MIL), or null.</summary>
    public string? RoleOfAgent(string lemma) => _agentNouns.TryGetValue(lemma, out var r) ? r : null;

    public static ActorRoles Load(string path)
    {
        var roles = new Dictionary<string, ActorRole>(StringComparer.Ordinal);
        var agents = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (line, cells) in TsvFile.Rows(path))
        {
            if (cells.Length < 4) throw TsvFile.Error(path, line, "expected 4 columns: code, kind, name, agents");
            roles[cells[0]] = new ActorRole(cells[0], cells[1], cells[2]);
            if (cells[3] == "-") continue;
            foreach (var noun in cells[3].Split(','))
            {
                // The first role listed for a noun wins ("officer" is MIL before COP).
                agents.TryAdd(noun.Trim(), cells[0]);
            }
        }
        return new ActorRoles(roles.ToFrozenDictionary(StringComparer.Ordinal), agents.ToFrozenDictionary(StringComparer.Ordinal));
    }
}
