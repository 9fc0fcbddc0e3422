using Parley.Knowledge.Model;
using Parley.Time;

namespace Parley.Knowledge.Resolution;

/// <summary>What a person is as of a date: the office held (if any), or former holder, with the CAMEO code that follows.</summary>
public sealed record PersonStatus(Entity Person, Office? Office, Tenure? Tenure, bool Former, string? Code, string? Country);

/// <summary>Works out a person's office and CAMEO code as of a date from the tenures.</summary>
public sealed class PersonStatusResolver(KnowledgeBase kb)
{
    public PersonStatus StatusOn(Entity person, PartialDate date)
    {
        Tenure? current = null;
        Office? currentOffice = null;
        Tenure? past = null;
        Office? later = null;
        foreach (var tenure in kb.TenuresOfPerson(person.Id))
        {
            if (kb.Office(tenure.OfficeId) is not { } office) continue;
            later ??= office;
            if (tenure.Touches(date))
            {
                if (current is null || Rank(office, tenure) < Rank(currentOffice!, current)) { current = tenure; currentOffice = office; }
            }
            else if (tenure.End is { } end && end.LastDay <= date.LastDay && (past is null || LeftLater(tenure, past)))
                past = tenure;
        }
        if (current != null) return new PersonStatus(person, currentOffice, current, false, CodeOf(currentOffice!), CountryOfOffice(currentOffice!) ?? person.Country);
        // Before any office a person still belongs to the country of the offices they will hold.
        var country = person.Country ?? (past != null && kb.Office(past.OfficeId) is { } pastOffice ? CountryOfOffice(pastOffice) : null)
                      ?? (later is null ? null : CountryOfOffice(later));
        var countryCode = country is null ? null : kb.Country(country)?.Cameo ?? country;
        // A former office holder acts as one of the country's elite, not its government.
        if (past != null) return new PersonStatus(person, kb.Office(past.OfficeId), past, true, countryCode is null ? null : countryCode + "ELI", country);
        // Someone known without an office acts in their own role (an archbishop ZAFREL, a dissident RUSOPP).
        return new PersonStatus(person, null, null, false, person.Cameo ?? countryCode, country);
    }

    /// <summary>The CAMEO code a holder of the office acts under: country + role (IRNGOV), or the organization's or group's own code.</summary>
    public string? CodeOf(Office office)
    {
        if (kb.Entity(office.OwnerId) is not { } owner) return null;
        return owner.Kind == EntityKind.Country ? owner.Cameo + (office.CameoRole ?? "GOV") : owner.Cameo;
    }

    public string? CountryOfOffice(Office office) =>
        kb.Entity(office.OwnerId) is { } owner ? kb.CountryOf(owner) : null;

    /// <summary>
    /// Rank of a held office; an ex officio seat (the French president as Co-Prince of Andorra,
    /// marked "ex officio" in the tenure's note) comes after the office that confers it.
    /// </summary>
    private static int Rank(Office office, Tenure tenure) => Rank(office) * 2 + (IsExOfficio(tenure) ? 1 : 0);

    /// <summary>The latest office left wins, but never an ex officio seat over the office that conferred it.</summary>
    private static bool LeftLater(Tenure candidate, Tenure past) =>
        IsExOfficio(candidate) == IsExOfficio(past) ? candidate.Start.CompareTo(past.Start) > 0 : IsExOfficio(past);

    private static bool IsExOfficio(Tenure tenure) => tenure.Note?.Contains("ex officio", StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>Which of several simultaneous offices names a person best (a president before a party post).</summary>
    public static int Rank(Office office)
    {
        var best = 20;
        foreach (var role in office.Roles)
        {
            var rank = role switch
            {
                "head_of_state" or "supreme_leader" => 0,
                "head_of_government" => 1,
                "head" => 2,
                "foreign_minister" or "defense_minister" => 3,
                "deputy_head_of_state" or "deputy_head_of_government" => 4,
                "military_commander" => 5,
                "security_chief" or "intelligence_chief" => 6,
                "speaker" => 7,
                "party_leader" => 8,
                _ => 10,
            };
            best = Math.Min(best, rank);
        }
        return best;
    }
}
