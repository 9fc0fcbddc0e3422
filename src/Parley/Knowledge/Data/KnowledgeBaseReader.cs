using System.Globalization;
using Parley.Knowledge.Model;
using Parley.Time;

namespace Parley.Knowledge.Data;

/// <summary>
/// Reads the data/kb folder (format in docs/knowledge-base.md) into entities, offices and tenures.
/// A malformed row is skipped and reported as an issue (for `kb check`), never a crash; a file
/// without its required header is an error.
/// </summary>
public sealed class KnowledgeBaseReader
{
    private readonly List<Entity> _entities = [];
    private readonly List<Office> _offices = [];
    private readonly List<Tenure> _tenures = [];
    private readonly List<string> _issues = [];
    private readonly Dictionary<string, PersonDraft> _people = new(StringComparer.Ordinal);

    public static KnowledgeBase Read(string kbDirectory)
    {
        var reader = new KnowledgeBaseReader();
        if (!Directory.Exists(kbDirectory)) return reader.Build(null);
        reader.ReadFolder(kbDirectory);
        return reader.Build(kbDirectory);
    }

    public void ReadFolder(string kb)
    {
        ReadIfPresent(Path.Combine(kb, "countries.tsv"), ReadCountries);
        ReadIfPresent(Path.Combine(kb, "organizations.tsv"), ReadOrganizations);
        ReadIfPresent(Path.Combine(kb, "groups.tsv"), ReadGroups);
        ReadIfPresent(Path.Combine(kb, "people.tsv"), ReadPeople);
        foreach (var file in FilesIn(Path.Combine(kb, "people"))) ReadPeople(file);
        foreach (var file in FilesIn(Path.Combine(kb, "offices"))) ReadOffices(TsvTable.Read(file, OfficeColumns));
        foreach (var file in FilesIn(Path.Combine(kb, "tenures"))) ReadTenures(TsvTable.Read(file, TenureColumns));
    }

    public KnowledgeBase Build(string? directory = null)
    {
        foreach (var person in _people.Values)
        {
            _entities.Add(new Entity
            {
                Id = person.Id, Kind = EntityKind.Person, Name = person.Name,
                Aliases = person.Aliases.Distinct(StringComparer.Ordinal).ToList(),
                Surnames = person.Surnames.Distinct(StringComparer.Ordinal).ToList(),
                Qid = person.Qid, Country = person.Country, Note = person.Note, Source = person.Source, Cameo = person.Cameo,
            });
        }
        return new KnowledgeBase(_entities, _offices, _tenures, _issues, directory);
    }

    private static readonly string[] CountryColumns = ["id", "iso2", "iso3", "cameo", "name"];
    private static readonly string[] OrganizationColumns = ["id", "acronym", "cameo", "name"];
    private static readonly string[] GroupColumns = ["id", "cameo", "name"];
    private static readonly string[] PeopleColumns = ["id", "name"];
    public static readonly string[] OfficeColumns = ["id", "name", "owner", "roles", "cameo_role", "single_holder"];
    public static readonly string[] TenureColumns = ["person", "person_name", "office", "start", "end"];

    private static IEnumerable<string> FilesIn(string folder) =>
        Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.tsv").OrderBy(f => f, StringComparer.Ordinal)
            : [];

    private void ReadIfPresent(string path, Action<string> read)
    {
        if (File.Exists(path)) read(path);
    }

    private void ReadCountries(string path)
    {
        foreach (var row in TsvTable.Read(path, CountryColumns).Rows)
        {
            if (!RequireId(row, "country/")) continue;
            var capital = row.Optional("capital");
            var metonyms = ParseMetonyms(row.List("metonyms")).ToList();
            if (capital != null && metonyms.All(m => m.Text != capital.TrimStart('~')))
                metonyms.Insert(0, new Metonym(capital.TrimStart('~'), capital.StartsWith('~')));
            _entities.Add(new Entity
            {
                Id = row["id"], Kind = EntityKind.Country, Name = row["name"], Aliases = row.List("aliases"),
                Demonyms = row.List("demonyms"), Metonyms = metonyms, Iso2 = row.Optional("iso2"),
                Country = row.Optional("iso3"), Cameo = row.Optional("cameo") ?? row.Optional("iso3"),
                Qid = row.Optional("qid"), Category = row.Optional("status"), Source = row.Where,
            });
        }
    }

    private void ReadOrganizations(string path)
    {
        foreach (var row in TsvTable.Read(path, OrganizationColumns).Rows)
        {
            if (!RequireId(row, "org/")) continue;
            _entities.Add(new Entity
            {
                Id = row["id"], Kind = EntityKind.Organization, Name = row["name"], Aliases = row.List("aliases"),
                Metonyms = ParseMetonyms(row.List("metonyms")).ToList(), Acronym = row.Optional("acronym"),
                Cameo = row.Optional("cameo"), Qid = row.Optional("qid"), Category = row.Optional("kind"),
                Source = row.Where,
            });
        }
    }

    private void ReadGroups(string path)
    {
        foreach (var row in TsvTable.Read(path, GroupColumns).Rows)
        {
            if (!RequireId(row, "group/")) continue;
            _entities.Add(new Entity
            {
                Id = row["id"], Kind = EntityKind.Group, Name = row["name"], Aliases = row.List("aliases"),
                Cameo = row.Optional("cameo"), Qid = row.Optional("qid"), Country = row.Optional("country"),
                Category = row.Optional("kind"), Parent = row.Optional("parent"), Source = row.Where,
            });
        }
    }

    private void ReadPeople(string path)
    {
        foreach (var row in TsvTable.Read(path, PeopleColumns).Rows)
        {
            if (!RequireId(row, "person/")) continue;
            var person = Person(row["id"], row["name"], row.Where);
            person.Aliases.AddRange(row.List("aliases"));
            person.Surnames.AddRange(row.List("surname"));
            person.Qid ??= row.Optional("qid");
            person.Country ??= row.Optional("country");
            person.Note ??= row.Optional("note");
            person.Cameo ??= row.Optional("cameo");
        }
    }

    private void ReadOffices(TsvTable table)
    {
        foreach (var row in table.Rows)
        {
            if (!RequireId(row, "office/")) continue;
            var single = row["single_holder"].ToLowerInvariant();
            if (single is not ("yes" or "no" or ""))
                _issues.Add($"{row.Where}: single_holder must be yes or no, not '{row["single_holder"]}'");
            _offices.Add(new Office
            {
                Id = row["id"], Name = row["name"], Aliases = row.List("aliases"), OwnerId = row["owner"],
                Roles = row.List("roles"), CameoRole = row.Optional("cameo_role"), SingleHolder = single == "yes",
                Titles = row.List("titles"), Source = row.Where,
            });
        }
    }

    private void ReadTenures(TsvTable table)
    {
        var fileSource = Path.GetFileNameWithoutExtension(table.Path);
        foreach (var row in table.Rows)
        {
            var where = row.Where;
            if (!row["person"].StartsWith("person/", StringComparison.Ordinal) || row["office"].Length == 0)
            {
                _issues.Add($"{where}: a tenure needs a person/ id and an office id");
                continue;
            }
            if (!PartialDate.TryParse(row["start"], out var start))
            {
                _issues.Add($"{where}: start '{row["start"]}' is not YYYY, YYYY-MM or YYYY-MM-DD");
                continue;
            }
            PartialDate? end = null;
            if (row.Optional("end") is { } endText)
            {
                if (!PartialDate.TryParse(endText, out var e)) { _issues.Add($"{where}: end '{endText}' is not a date"); continue; }
                end = e;
            }
            PartialDate? verified = null;
            if (row.Optional("verified_through") is { } verifiedText)
            {
                if (PartialDate.TryParse(verifiedText, out var v)) verified = v;
                else _issues.Add($"{where}: verified_through '{verifiedText}' is not a date");
            }
            var confidence = Tenure.CuratedConfidence;
            if (row.Optional("confidence") is { } c && !double.TryParse(c, NumberStyles.Float, CultureInfo.InvariantCulture, out confidence))
            {
                _issues.Add($"{where}: confidence '{c}' is not a number");
                confidence = Tenure.CuratedConfidence;
            }
            var name = row["person_name"];
            Person(row["person"], name, where);
            _tenures.Add(new Tenure
            {
                PersonId = row["person"], PersonName = name.Length > 0 ? name : row["person"], OfficeId = row["office"],
                Start = start, End = end, Acting = row["acting"].Equals("yes", StringComparison.OrdinalIgnoreCase),
                Note = row.Optional("note"), VerifiedThrough = verified, Source = row.Optional("source") ?? fileSource,
                Confidence = confidence, Where = where,
            });
        }
    }

    private bool RequireId(TsvRow row, string prefix)
    {
        if (row["id"].StartsWith(prefix, StringComparison.Ordinal) && row["id"].Length > prefix.Length) return true;
        _issues.Add($"{row.Where}: id '{row["id"]}' must start with {prefix}");
        return false;
    }

    private PersonDraft Person(string id, string name, string where)
    {
        if (!_people.TryGetValue(id, out var person))
        {
            person = new PersonDraft { Id = id, Name = name, Source = where };
            _people.Add(id, person);
        }
        else if (person.Name.Length == 0) person.Name = name;
        else if (name.Length > 0 && name != person.Name) person.Aliases.Add(name);
        return person;
    }

    private static IEnumerable<Metonym> ParseMetonyms(IEnumerable<string> cells) =>
        cells.Select(m => new Metonym(m.TrimStart('~').Trim(), m.StartsWith('~')));

    private sealed class PersonDraft
    {
        public required string Id { get; init; }
        public required string Name { get; set; }
        public List<string> Aliases { get; } = [];
        public List<string> Surnames { get; } = [];
        public string? Qid { get; set; }
        public string? Country { get; set; }
        public string? Note { get; set; }
        /// <summary>The code the person acts under while holding no office (ZAFREL), from the optional `cameo` column.</summary>
        public string? Cameo { get; set; }
        public string? Source { get; init; }
    }
}
