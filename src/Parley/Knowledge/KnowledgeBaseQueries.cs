using Parley.Knowledge.Model;
using Parley.Time;

namespace Parley.Knowledge;

/// <summary>One row of `kb holders`: a person holding an office in one role (contract shape plus acting and note).</summary>
public sealed record HolderJson(string Name, string Office, string Role, string Start, string? End, string EntityId,
    string OfficeId, bool Acting, string? Note);

public sealed record TenureJson(string Office, string OfficeId, IReadOnlyList<string> Roles, string Start, string? End,
    bool Acting, string? Note, string Source);

/// <summary>One entity found by `kb find`, with its tenures.</summary>
public sealed record EntityJson(string Id, string Kind, string Name, IReadOnlyList<string> Aliases, string? Code,
    string? Country, string? Qid, IReadOnlyList<TenureJson> Tenures);

/// <summary>The answers behind the `kb` commands, in the contract shapes.</summary>
public sealed class KnowledgeBaseQueries(KnowledgeBase kb)
{
    /// <summary>Every holder of every office of the owner at the date, one row per role.</summary>
    public IReadOnlyList<HolderJson> Holders(string ownerId, PartialDate date)
    {
        var rows = new List<HolderJson>();
        foreach (var answer in kb.HoldersOf(ownerId, date))
        {
            var note = answer.Status == HolderStatus.Straddles ? answer.Describe() : answer.BeyondVerified ? answer.Describe() : null;
            foreach (var tenure in answer.Tenures)
            foreach (var role in answer.Office.Roles)
            {
                rows.Add(new HolderJson(tenure.PersonName, answer.Office.Name, role, tenure.Start.ToString(),
                    tenure.End?.ToString(), tenure.PersonId, answer.Office.Id, tenure.Acting, note));
            }
        }
        return rows.OrderBy(r => RoleRank(r.Role)).ThenBy(r => r.OfficeId, StringComparer.Ordinal).ThenBy(r => r.Start, StringComparer.Ordinal).ToList();
    }

    /// <summary>The owner id for `--country ISO3` or `--org ACRONYM`, or null when unknown.</summary>
    public string? OwnerId(string? country, string? org)
    {
        if (country is not null)
        {
            var iso3 = country.Trim().ToUpperInvariant();
            return kb.Country(iso3)?.Id ?? (kb.OfficesOf("country/" + iso3).Count > 0 ? "country/" + iso3 : null);
        }
        if (org is null) return null;
        var byAcronym = kb.ByAcronym(org.Trim());
        if (byAcronym is not null) return byAcronym.Id;
        var slug = "org/" + org.Trim().ToLowerInvariant();
        return kb.Entity(slug)?.Id ?? kb.Find(org).FirstOrDefault(e => e.Kind == EntityKind.Organization)?.Id;
    }

    public IReadOnlyList<EntityJson> Find(string name) =>
        kb.Find(name).Take(25).Select(e => new EntityJson(e.Id, e.Kind.ToString().ToLowerInvariant(), e.Name, e.Aliases,
            e.Cameo, kb.CountryOf(e), e.Qid,
            kb.TenuresOfPerson(e.Id).Select(t => new TenureJson(kb.Office(t.OfficeId)?.Name ?? t.OfficeId, t.OfficeId,
                kb.Office(t.OfficeId)?.Roles ?? [], t.Start.ToString(), t.End?.ToString(), t.Acting, t.Note, t.Source)).ToList()))
            .ToList();

    private static int RoleRank(string role) => role switch
    {
        "supreme_leader" => 0,
        "head_of_state" => 1,
        "head_of_government" => 2,
        "head" => 3,
        "deputy_head_of_state" => 4,
        "foreign_minister" => 5,
        "defense_minister" => 6,
        _ => 10,
    };
}
