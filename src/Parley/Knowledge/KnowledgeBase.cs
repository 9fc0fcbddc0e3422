using Parley.Knowledge.Data;
using Parley.Knowledge.Model;
using Parley.Time;

namespace Parley.Knowledge;

/// <summary>
/// The dated knowledge base: entities, offices and tenures, loaded once from data/kb and
/// immutable afterwards (safe to share across threads). Lookups are dictionary based.
/// </summary>
public sealed class KnowledgeBase
{
    private readonly Dictionary<string, Entity> _entities;
    private readonly Dictionary<string, Office> _offices;
    private readonly Dictionary<string, Tenure[]> _tenuresByOffice;
    private readonly Dictionary<string, Tenure[]> _tenuresByPerson;
    private readonly Dictionary<string, Office[]> _officesByOwner;
    private readonly Dictionary<string, Entity> _byAcronym;

    private readonly Lazy<Resolution.NameIndex> _names;

    public KnowledgeBase(IEnumerable<Entity> entities, IEnumerable<Office> offices, IEnumerable<Tenure> tenures,
        IEnumerable<string>? loadIssues = null, string? directory = null)
    {
        Directory = directory;
        _names = new Lazy<Resolution.NameIndex>(() => new Resolution.NameIndex(this, Directory));
        var issues = (loadIssues ?? []).ToList();
        _entities = new Dictionary<string, Entity>(StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            if (!_entities.TryAdd(entity.Id, entity))
                issues.Add($"{entity.Source}: duplicate id {entity.Id} (first defined at {_entities[entity.Id].Source})");
        }
        _offices = new Dictionary<string, Office>(StringComparer.Ordinal);
        foreach (var office in offices)
        {
            if (!_offices.TryAdd(office.Id, office))
                issues.Add($"{office.Source}: duplicate office id {office.Id} (first defined at {_offices[office.Id].Source})");
        }
        Tenures = tenures.OrderBy(t => t.OfficeId, StringComparer.Ordinal).ThenBy(t => t.Start).ToList();
        _tenuresByOffice = Tenures.GroupBy(t => t.OfficeId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        _tenuresByPerson = Tenures.GroupBy(t => t.PersonId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(t => t.Start).ToArray(), StringComparer.Ordinal);
        _officesByOwner = _offices.Values.GroupBy(o => o.OwnerId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(o => o.Id, StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        _byAcronym = new Dictionary<string, Entity>(StringComparer.OrdinalIgnoreCase);
        foreach (var e in _entities.Values)
        {
            if (e.Acronym is { } acronym) _byAcronym.TryAdd(acronym, e);
            if (e.Kind == EntityKind.Country && e.Country is { } iso3) _byAcronym.TryAdd(iso3, e);
        }
        LoadIssues = issues;
    }

    public static KnowledgeBase Empty { get; } = new([], [], []);

    public static KnowledgeBase Load(ResourcePaths paths) => Load(paths.Data("kb"));

    public static KnowledgeBase Load(string kbDirectory) => KnowledgeBaseReader.Read(kbDirectory);

    /// <summary>The data/kb folder the knowledge base was read from (null when built in memory).</summary>
    public string? Directory { get; }

    /// <summary>The name, title and role-noun index the resolvers share; built on first use, then immutable.</summary>
    public Resolution.NameIndex Names => _names.Value;

    public IEnumerable<Entity> Entities => _entities.Values;
    public IEnumerable<Office> Offices => _offices.Values;
    public IReadOnlyList<Tenure> Tenures { get; }
    /// <summary>Rows that could not be read, and duplicate ids; reported by `kb check`.</summary>
    public IReadOnlyList<string> LoadIssues { get; }

    public Entity? Entity(string id) => _entities.GetValueOrDefault(id);
    public Office? Office(string id) => _offices.GetValueOrDefault(id);

    /// <summary>A country by ISO3 code ("IRN").</summary>
    public Entity? Country(string iso3) => _entities.GetValueOrDefault("country/" + iso3.ToUpperInvariant());

    /// <summary>An organization by acronym ("IAEA", case-insensitive), or a country by ISO3.</summary>
    public Entity? ByAcronym(string acronym) => _byAcronym.GetValueOrDefault(acronym);

    public IReadOnlyList<Office> OfficesOf(string ownerId) => _officesByOwner.GetValueOrDefault(ownerId) ?? [];

    public IReadOnlyList<Tenure> TenuresOfOffice(string officeId) => _tenuresByOffice.GetValueOrDefault(officeId) ?? [];

    public IReadOnlyList<Tenure> TenuresOfPerson(string personId) => _tenuresByPerson.GetValueOrDefault(personId) ?? [];

    /// <summary>
    /// Who held the office during the period <paramref name="date"/> denotes. A day gives one
    /// holder; a month or a year that spans a hand-over gives every candidate and says so.
    /// Where curated and imported tenures both touch the date, the curated ones decide.
    /// </summary>
    public HolderAnswer HolderOn(Office office, PartialDate date)
    {
        if (!date.IsKnown) throw new ArgumentException("A holder can only be looked up at a known date.", nameof(date));
        var touching = new List<Tenure>(2);
        var best = 0.0;
        foreach (var tenure in TenuresOfOffice(office.Id))
        {
            if (!tenure.Touches(date)) continue;
            touching.Add(tenure);
            best = Math.Max(best, tenure.Confidence);
        }
        touching.RemoveAll(t => t.Confidence < best);
        HolderStatus status;
        if (touching.Count == 0) status = HolderStatus.Unknown;
        else if (touching.All(t => t.CoversWhole(date)) && (touching.Count == 1 || !office.SingleHolder)) status = HolderStatus.Held;
        else status = HolderStatus.Straddles;
        return new HolderAnswer { Office = office, Date = date, Status = status, Tenures = touching };
    }

    public HolderAnswer? HolderOn(string officeId, PartialDate date) =>
        Office(officeId) is { } office ? HolderOn(office, date) : null;

    /// <summary>Every office of a country, organization or group with its holders at the date.</summary>
    public IReadOnlyList<HolderAnswer> HoldersOf(string ownerId, PartialDate date) =>
        OfficesOf(ownerId).Select(o => HolderOn(o, date)).Where(a => a.Tenures.Count > 0).ToList();

    /// <summary>The tenures a person had that touch the date.</summary>
    public IEnumerable<Tenure> TenuresOn(string personId, PartialDate date) =>
        TenuresOfPerson(personId).Where(t => t.Touches(date));

    /// <summary>
    /// The CAMEO code an entity acts under on a date: a person's office code (IRNGOV), or the
    /// elite code of a former holder (IRNELI); a country's, organization's or group's own code.
    /// For re-dating the actors of a historical event to the event's date.
    /// </summary>
    public string? ActorCodeOn(string entityId, PartialDate date)
    {
        if (Entity(entityId) is not { } entity) return null;
        return entity.Kind == EntityKind.Person ? new Resolution.PersonStatusResolver(this).StatusOn(entity, date).Code : entity.Cameo;
    }

    /// <summary>The CAMEO code of the owner of an office (IRN for office/IRN/..., IGOUNOIAE for office/iaea/...).</summary>
    public string? OwnerCode(Office office) => Entity(office.OwnerId)?.Cameo;

    /// <summary>The ISO3 country an entity belongs to, if any.</summary>
    public string? CountryOf(Entity entity) =>
        entity.Country ?? (entity.Parent is { } parent && Entity(parent) is { } p && p.Id != entity.Id ? CountryOf(p) : null);

    /// <summary>Entities whose name, alias, acronym or demonym matches the text (case and dots ignored), best first.</summary>
    public IReadOnlyList<Entity> Find(string text)
    {
        var key = NameKey(text);
        if (key.Length == 0) return [];
        var exact = new List<Entity>();
        var partial = new List<Entity>();
        foreach (var entity in _entities.Values)
        {
            var names = NamesOf(entity).Select(NameKey).ToList();
            if (names.Contains(key)) exact.Add(entity);
            else if (names.Any(n => n.Contains(key, StringComparison.Ordinal))) partial.Add(entity);
        }
        return exact.OrderBy(e => e.Kind).ThenBy(e => e.Name, StringComparer.Ordinal)
            .Concat(partial.OrderBy(e => e.Kind).ThenBy(e => e.Name, StringComparer.Ordinal)).ToList();
    }

    public static IEnumerable<string> NamesOf(Entity e)
    {
        yield return e.Name;
        foreach (var a in e.Aliases) yield return a;
        if (e.Acronym != null) yield return e.Acronym;
        foreach (var d in e.Demonyms) yield return d;
        if (e.Country != null && e.Kind == EntityKind.Country) yield return e.Country;
    }

    /// <summary>Lower case, dots dropped, spaces collapsed, a leading "the " dropped.</summary>
    public static string NameKey(string text)
    {
        var words = Parley.Text.LatinFolding.Fold(text.Replace(".", "", StringComparison.Ordinal).ToLowerInvariant())
            .Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var skip = words.Length > 1 && words[0] == "the" ? 1 : 0;
        return string.Join(' ', words.Skip(skip));
    }
}
