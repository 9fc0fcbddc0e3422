using Parley.Knowledge;
using Parley.Knowledge.Model;
using Parley.Time;

namespace Parley.Web;

/// <summary>Answers the web API's knowledge-base questions from the loaded <see cref="KnowledgeBase"/>.</summary>
public sealed class KnowledgeBaseLookup(KnowledgeBase kb) : IKnowledgeLookup
{
    /// <summary>How many tenures an actor profile lists at most.</summary>
    private const int MaxTenures = 60;

    /// <summary>How many past holders of each office a country's or organization's profile lists.</summary>
    private const int HoldersPerOffice = 4;

    public IReadOnlyList<HolderJson>? Holders(string? country, string? organization, PartialDate on)
    {
        var owner = country is not null ? kb.Country(country) : organization is not null ? kb.ByAcronym(organization) : null;
        if (owner is null) return null;
        var rows = new List<HolderJson>();
        foreach (var answer in kb.HoldersOf(owner.Id, on))
        {
            var status = answer.Status == HolderStatus.Held ? "held" : "straddles";
            IEnumerable<string> roles = answer.Office.Roles.Count > 0 ? answer.Office.Roles : [""];
            foreach (var tenure in answer.Tenures)
            foreach (var role in roles)
                rows.Add(new HolderJson(tenure.PersonName, answer.Office.Name, role, tenure.Start.ToString(), tenure.End?.ToString(),
                    tenure.PersonId, status));
        }
        return rows;
    }

    public IReadOnlyList<TenureJson> Offices(string actor)
    {
        if (Resolve(actor) is not { } entity) return [];
        if (entity.Kind == EntityKind.Person)
            return kb.TenuresOfPerson(entity.Id).OrderByDescending(t => t.Start).Take(MaxTenures)
                .Select(t => Tenure(t, kb.Office(t.OfficeId))).ToList();
        return kb.OfficesOf(entity.Id)
            .SelectMany(office => kb.TenuresOfOffice(office.Id).OrderByDescending(t => t.Start).Take(HoldersPerOffice)
                .Select(t => Tenure(t, office)))
            .Take(MaxTenures).ToList();
    }

    /// <summary>An entity id, an ISO3 country, an organization acronym, or a CAMEO code led by a country (IRNGOV).</summary>
    private Entity? Resolve(string actor) =>
        kb.Entity(actor)
        ?? (actor.Length == 3 ? kb.Country(actor) : null)
        ?? kb.ByAcronym(actor.ToUpperInvariant())
        ?? kb.Entities.FirstOrDefault(e => string.Equals(e.Cameo, actor, StringComparison.OrdinalIgnoreCase))
        ?? (actor.Length > 3 ? kb.Country(actor[..3]) : null);

    private static TenureJson Tenure(Tenure t, Office? office) => new(
        office?.Name ?? t.OfficeId, office?.Roles ?? [], t.PersonName, t.PersonId, t.Start.ToString(), t.End?.ToString(), t.Acting);
}
