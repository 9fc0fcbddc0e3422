using Parley.Knowledge.Model;
using Parley.Time;

namespace Parley.Knowledge.Import;

/// <summary>
/// Imports a one-tenure-per-row CSV with the columns iso3, role, person, qid (or person_qid),
/// start, end (other columns are ignored). Roles become imported offices
/// (office/ISO3/imported-head-of-state); dates may carry a time ("2021-08-03T00:00:00Z"); rows
/// without a usable start are skipped with a warning. Open tenures are verified through the
/// latest date the file mentions.
/// </summary>
public static class TenureCsvImporter
{
    public static ImportResult Import(string path)
    {
        using var reader = new StreamReader(path);
        return Import(reader, Path.GetFileName(path));
    }

    public static ImportResult Import(TextReader reader, string sourceName)
    {
        var result = new ImportResult { Source = "tenure-csv:" + sourceName };
        Dictionary<string, int>? columns = null;
        var rows = new List<(int Line, string Iso3, string Role, string Person, string? Qid, PartialDate Start, PartialDate? End)>();
        foreach (var (line, fields) in CsvReader.Read(reader))
        {
            if (columns is null)
            {
                columns = fields.Select((f, i) => (f.Trim().ToLowerInvariant(), i)).GroupBy(p => p.Item1).ToDictionary(g => g.Key, g => g.First().i);
                foreach (var required in new[] { "iso3", "role", "person", "start", "end" })
                    if (!columns.ContainsKey(required)) throw new ParleyInputException(sourceName, $"the CSV header lacks the column '{required}' (need iso3, role, person, qid, start, end)");
                continue;
            }
            string Cell(string name) => columns.TryGetValue(name, out var i) && i < fields.Length ? fields[i].Trim() : "";
            var iso3 = Cell("iso3").ToUpperInvariant();
            var role = Cell("role").ToLowerInvariant();
            var person = Cell("person");
            if (iso3.Length != 3 || role.Length == 0 || person.Length == 0) { result.Warnings.Add($"{sourceName}:{line}: missing iso3, role or person"); continue; }
            if (!TryDate(Cell("start"), out var start)) { result.Warnings.Add($"{sourceName}:{line}: {person}: no usable start '{Cell("start")}'"); continue; }
            PartialDate? end = null;
            if (Cell("end").Length > 0)
            {
                if (!TryDate(Cell("end"), out var e)) { result.Warnings.Add($"{sourceName}:{line}: {person}: unusable end '{Cell("end")}'"); continue; }
                if (e.LastDay <= start.FirstDay) { result.Warnings.Add($"{sourceName}:{line}: {person}: ends before it starts"); continue; }
                end = e;
            }
            var qid = Cell("qid") is { Length: > 0 } q ? q : Cell("person_qid");
            rows.Add((line, iso3, role, person, qid.Length > 0 ? qid : null, start, end));
        }
        if (columns is null) throw new ParleyInputException(sourceName, "the file is empty");
        var latest = rows.Count == 0 ? (PartialDate?)null
            : rows.Select(r => r.End ?? r.Start).Concat(rows.Select(r => r.Start)).Max();
        result.SourceDate = latest;
        var offices = new Dictionary<string, Office>(StringComparer.Ordinal);
        var people = new Dictionary<string, Entity>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var officeId = $"office/{row.Iso3}/imported-{row.Role.Replace('_', '-')}";
            if (!offices.ContainsKey(officeId))
                offices[officeId] = new Office
                {
                    Id = officeId, Name = $"{row.Role.Replace('_', ' ')} of {row.Iso3} (imported)", OwnerId = "country/" + row.Iso3,
                    Roles = [row.Role], CameoRole = "GOV", SingleHolder = false, Source = result.Source,
                };
            var personId = "person/" + ImportResult.Slug(row.Person);
            if (!people.ContainsKey(personId))
                people[personId] = new Entity { Id = personId, Kind = EntityKind.Person, Name = row.Person, Qid = row.Qid, Country = row.Iso3, Source = result.Source };
            result.Tenures.Add(new Tenure
            {
                PersonId = personId, PersonName = row.Person, OfficeId = officeId, Start = row.Start, End = row.End,
                Note = $"imported from {sourceName} line {row.Line}", VerifiedThrough = row.End is null ? latest : null,
                Source = result.Source, Confidence = ImportResult.ImportedConfidence, Where = $"{sourceName}:{row.Line}",
            });
        }
        result.Offices.AddRange(offices.Values);
        result.People.AddRange(people.Values);
        return result;
    }

    /// <summary>"2021-08-03", "2021-08-03T00:00:00Z", "2021-08" or "2021"; anything else (blank nodes, URIs) is refused.</summary>
    public static bool TryDate(string text, out PartialDate date)
    {
        var t = text.Trim();
        var cut = t.IndexOf('T');
        if (cut == 10) t = t[..10];
        return PartialDate.TryParse(t, out date);
    }
}
