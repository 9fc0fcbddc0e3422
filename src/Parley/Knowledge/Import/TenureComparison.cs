using Parley.Knowledge.Model;
using Parley.Knowledge.Resolution;
using Parley.Time;

namespace Parley.Knowledge.Import;

/// <summary>One date on which the curated data and an imported source name different holders.</summary>
public sealed record TenureDisagreement(string Country, string Role, DateOnly Day, string Curated, string Imported);

/// <summary>How far the curated heads of state and government agree with an imported tenure table, sampled monthly.</summary>
public sealed record TenureComparisonReport(int Compared, int Agreed, int CuratedOnly, int ImportedOnly, IReadOnlyList<TenureDisagreement> Disagreements)
{
    public double Agreement => Compared == 0 ? 0 : (double)Agreed / Compared;
}

/// <summary>
/// Compares curated tenures with imported ones (e.g. a Wikidata extract) on the first day of
/// every month in a period, per country and role, where both have a certain answer. Names are
/// compared by their word keys, and a surname match or a shared alias counts as agreement, so
/// spelling variants ("Hassan Rohani") do not count against either side.
/// </summary>
public static class TenureComparison
{
    public static TenureComparisonReport Compare(KnowledgeBase curated, ImportResult imported, DateOnly from, DateOnly to, IEnumerable<string>? roles = null)
    {
        var roleSet = (roles ?? ["head_of_state", "head_of_government"]).ToHashSet(StringComparer.Ordinal);
        var importedByKey = imported.Tenures.GroupBy(t => (Country: t.OfficeId.Split('/')[1], Role: imported.Offices.First(o => o.Id == t.OfficeId).Roles[0]))
            .ToDictionary(g => g.Key, g => g.ToList());
        int compared = 0, agreed = 0, curatedOnly = 0, importedOnly = 0;
        var disagreements = new List<TenureDisagreement>();
        foreach (var ((country, role), importedTenures) in importedByKey.OrderBy(k => k.Key.Country, StringComparer.Ordinal))
        {
            if (!roleSet.Contains(role)) continue;
            var offices = curated.OfficesOf("country/" + country).Where(o => o.HasRole(role)).ToList();
            if (offices.Count == 0) continue;
            for (var day = from; day <= to; day = day.AddMonths(1))
            {
                var date = PartialDate.FromDate(day);
                // Past its verification date a curated answer is a presumption, not a fact to compare.
                var curatedNames = offices.Select(o => curated.HolderOn(o, date)).Where(a => a.Status == HolderStatus.Held && !a.BeyondVerified)
                    .SelectMany(a => a.Tenures).Where(t => t.Confidence >= Tenure.CuratedConfidence).ToList();
                var importedNames = importedTenures.Where(t => t.CertainlyHolds(day)).ToList();
                if (curatedNames.Count == 0 && importedNames.Count == 0) continue;
                if (importedNames.Count == 0) { curatedOnly++; continue; }
                if (curatedNames.Count == 0) { importedOnly++; continue; }
                compared++;
                if (curatedNames.Any(c => importedNames.Any(i => SamePerson(curated, c, i)))) agreed++;
                else disagreements.Add(new TenureDisagreement(country, role, day, string.Join(" / ", curatedNames.Select(c => c.PersonName)),
                    string.Join(" / ", importedNames.Select(i => i.PersonName))));
            }
        }
        return new TenureComparisonReport(compared, agreed, curatedOnly, importedOnly, disagreements);
    }

    private static bool SamePerson(KnowledgeBase kb, Tenure curated, Tenure imported)
    {
        var importedKey = WordView.KeyOf(imported.PersonName);
        var person = kb.Entity(curated.PersonId);
        var names = person is null ? [curated.PersonName] : KnowledgeBase.NamesOf(person).Append(curated.PersonName);
        foreach (var name in names)
        {
            var key = WordView.KeyOf(name);
            if (key == importedKey) return true;
            var a = WordView.Keys(name);
            var b = WordView.Keys(imported.PersonName);
            if (a.Count > 0 && b.Count > 0 && a[^1] == b[^1]) return true;
        }
        return false;
    }
}
