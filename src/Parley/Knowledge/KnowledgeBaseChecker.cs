using Parley.Knowledge.Model;

namespace Parley.Knowledge;

/// <summary>The outcome of validating the knowledge base: errors fail `kb check`, warnings inform.</summary>
public sealed record KnowledgeBaseReport(IReadOnlyList<string> Errors, IReadOnlyList<string> Warnings, IReadOnlyDictionary<string, int> Counts)
{
    public bool Passed => Errors.Count == 0;
}

/// <summary>
/// Validates the data: unreadable rows, unique ids, dates in order, references that resolve,
/// no overlapping tenures of a single-holder office, no unexplained gap in a country's head of
/// state or government since <see cref="GapCheckFrom"/>, every person named.
/// </summary>
public sealed class KnowledgeBaseChecker(KnowledgeBase kb)
{
    public static readonly DateOnly GapCheckFrom = new(2010, 1, 1);

    /// <summary>The typed roles docs/knowledge-base.md lists; anything else is a data error.</summary>
    public static readonly IReadOnlySet<string> KnownRoles = new HashSet<string>(StringComparer.Ordinal)
    {
        "head_of_state", "head_of_government", "foreign_minister", "defense_minister", "head", "supreme_leader",
        "military_commander", "deputy_head_of_state", "deputy_head_of_government", "speaker", "security_chief",
        "intelligence_chief", "envoy", "minister", "party_leader", "prosecutor",
    };

    /// <summary>Checks against the given day as "today" (the end of every open tenure).</summary>
    public KnowledgeBaseReport Check(DateOnly today)
    {
        var errors = new List<string>(kb.LoadIssues);
        var warnings = new List<string>();
        CheckReferences(errors);
        CheckTenureDates(errors);
        CheckOverlaps(errors, warnings);
        CheckGaps(errors, warnings, today);
        var counts = new Dictionary<string, int>
        {
            ["countries"] = kb.Entities.Count(e => e.Kind == EntityKind.Country),
            ["organizations"] = kb.Entities.Count(e => e.Kind == EntityKind.Organization),
            ["groups"] = kb.Entities.Count(e => e.Kind == EntityKind.Group),
            ["people"] = kb.Entities.Count(e => e.Kind == EntityKind.Person),
            ["offices"] = kb.Offices.Count(),
            ["tenures"] = kb.Tenures.Count,
        };
        return new KnowledgeBaseReport(errors, warnings, counts);
    }

    private void CheckReferences(List<string> errors)
    {
        foreach (var office in kb.Offices)
        {
            if (kb.Entity(office.OwnerId) is null) errors.Add($"{office.Source}: {office.Id} belongs to unknown owner '{office.OwnerId}'");
            if (office.Roles.Count == 0) errors.Add($"{office.Source}: {office.Id} has no role");
            foreach (var role in office.Roles.Where(r => !KnownRoles.Contains(r)))
                errors.Add($"{office.Source}: {office.Id} has unknown role '{role}' (roles: {string.Join(", ", KnownRoles.Order())})");
            foreach (var title in office.Titles.Where(KnownRoles.Contains))
                errors.Add($"{office.Source}: {office.Id} lists the role '{title}' among its titles (columns shifted?)");
            if (office.Name.Length == 0) errors.Add($"{office.Source}: {office.Id} has no name");
        }
        foreach (var entity in kb.Entities)
        {
            if (entity.Name.Length == 0) errors.Add($"{entity.Source}: {entity.Id} has no name");
            if (entity.Cameo is { } code && !IsActorCode(code))
                errors.Add($"{entity.Source}: {entity.Id} has the CAMEO code '{code}' (expected 3 to 15 capital letters or digits, starting with a country code or '---')");
            if (entity.Parent is { } parent && kb.Entity(parent) is null)
                errors.Add($"{entity.Source}: {entity.Id} has unknown parent '{parent}'");
        }
        foreach (var tenure in kb.Tenures)
        {
            if (kb.Office(tenure.OfficeId) is null) errors.Add($"{tenure.Where}: unknown office '{tenure.OfficeId}'");
        }
    }

    /// <summary>A CAMEO actor code: capital letters (digits after the first three: IGOWSTG20), the first three "---" when the country is unknown.</summary>
    private static bool IsActorCode(string code)
    {
        if (code.Length < 3 || code.Length > 15) return false;
        for (var i = 0; i < code.Length; i++)
            if (!(char.IsAsciiLetterUpper(code[i]) || (i < 3 ? code[i] == '-' : char.IsAsciiDigit(code[i])))) return false;
        return code[..3] is "---" || !code[..3].Contains('-');
    }

    private void CheckTenureDates(List<string> errors)
    {
        foreach (var t in kb.Tenures)
        {
            if (t.End is { } end && end.LastDay <= t.Start.FirstDay)
                errors.Add($"{t.Where}: {t.PersonName} ends ({end}) before starting ({t.Start})");
            if (t.VerifiedThrough is { } v && v.LastDay < t.Start.FirstDay)
                errors.Add($"{t.Where}: verified_through {v} is before the start {t.Start}");
            if (t.IsOpen && t.VerifiedThrough is null)
                errors.Add($"{t.Where}: {t.PersonName} is still in office but verified_through is empty");
        }
    }

    private void CheckOverlaps(List<string> errors, List<string> warnings)
    {
        foreach (var office in kb.Offices.Where(o => o.SingleHolder))
        {
            var tenures = kb.TenuresOfOffice(office.Id);
            for (var i = 0; i < tenures.Count; i++)
            for (var j = i + 1; j < tenures.Count; j++)
            {
                var (a, b) = (tenures[i], tenures[j]);
                var day = a.Start.LastDay > b.Start.LastDay ? a.Start.LastDay : b.Start.LastDay;
                if (!a.CertainlyHolds(day) || !b.CertainlyHolds(day)) continue;
                var message = $"{b.Where}: {office.Id} held by {a.PersonName} ({a.Period}) and {b.PersonName} ({b.Period}) at once";
                if (a.Confidence >= Tenure.CuratedConfidence && b.Confidence >= Tenure.CuratedConfidence) errors.Add(message);
                else warnings.Add(message);
            }
        }
    }

    private void CheckGaps(List<string> errors, List<string> warnings, DateOnly today)
    {
        var owners = kb.Offices.Select(o => o.OwnerId).Where(id => id.StartsWith("country/", StringComparison.Ordinal)).Distinct();
        foreach (var owner in owners.OrderBy(o => o, StringComparer.Ordinal))
        {
            foreach (var role in new[] { "head_of_state", "head_of_government" })
            {
                var offices = kb.OfficesOf(owner).Where(o => o.HasRole(role)).ToList();
                if (offices.Count == 0) continue;
                var tenures = offices.SelectMany(o => kb.TenuresOfOffice(o.Id))
                    .Where(t => t.Confidence >= Tenure.CuratedConfidence).OrderBy(t => t.Start.FirstDay).ToList();
                if (tenures.Count == 0) { warnings.Add($"{owner}: no {role} tenures recorded"); continue; }
                var firstStart = tenures[0].Start.FirstDay;
                foreach (var (from, to) in Gaps(tenures, GapCheckFrom, today))
                {
                    // Before the first recorded tenure the state may not have existed yet (South Sudan,
                    // 2011): coverage that starts late is reported, a hole between holders is an error.
                    if (to < firstStart) warnings.Add($"{owner}: {role} coverage starts {firstStart:yyyy-MM-dd}");
                    // After the last recorded holder left, the data knows the post changed hands
                    // but not yet to whom: coverage that ends is reported, a hole between holders is an error.
                    else if (to == today) warnings.Add($"{owner}: {role} coverage ends {from:yyyy-MM-dd} (the last recorded holder left then; successor not recorded)");
                    else errors.Add($"{owner}: no {role} recorded from {from:yyyy-MM-dd} to {to:yyyy-MM-dd} (add the holder or an acting tenure)");
                }
            }
        }
    }

    /// <summary>Stretches of days in [from, today] that no tenure possibly covers.</summary>
    internal static IEnumerable<(DateOnly From, DateOnly To)> Gaps(IEnumerable<Tenure> tenures, DateOnly from, DateOnly today)
    {
        var covered = from; // first day not yet known to be covered
        foreach (var t in tenures.OrderBy(t => t.Start.FirstDay))
        {
            if (covered > today) yield break;
            if (t.Start.FirstDay > covered)
            {
                var gapEnd = t.Start.FirstDay.AddDays(-1);
                yield return (covered, gapEnd < today ? gapEnd : today);
            }
            var endExclusive = t.End is { } e ? (e.Precision == Time.DatePrecision.Day ? e.FirstDay : e.LastDay) : today.AddDays(1);
            if (endExclusive > covered) covered = endExclusive;
        }
        if (covered <= today) yield return (covered, today);
    }
}
