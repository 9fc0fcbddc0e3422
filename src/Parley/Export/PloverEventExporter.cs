using System.Text.Json;
using Parley.Output;
using Parley.Storage;

namespace Parley.Export;

/// <summary>
/// POLECAT/PLOVER-style records (a JSON array): event type and mode, context, the two actors with
/// country and sector, date, location, and the evidence text. Mapping in docs/exports.md.
/// </summary>
public sealed class PloverEventExporter(ArticleLookup articles) : IEventExporter
{
    private bool _first = true;

    public sealed record PloverActor(string Name, string? Code, string? Country, string? Sector);

    public sealed record PloverLocation(string Name, string? Country, double Latitude, double Longitude, long? GeonamesId, string Precision);

    public sealed record PloverRecord(
        string EventId, string EventDate, string DatePrecision, string EventType, string? EventMode, IReadOnlyList<string> Context,
        PloverActor? Actor, PloverActor? Recipient, double Goldstein, string Cameo, string Modality, bool Historical,
        PloverLocation? Location, string EventText, int NumReports, IReadOnlyList<string> StoryIds, string? SourceUrl, string? Publisher);

    /// <summary>CAMEO role codes (the letters after the country) as POLECAT sector names.</summary>
    private static readonly Dictionary<string, string> Sectors = new(StringComparer.Ordinal)
    {
        ["GOV"] = "Government", ["MIL"] = "Military", ["LEG"] = "Legislature", ["JUD"] = "Judiciary", ["COP"] = "Police",
        ["OPP"] = "Opposition", ["REB"] = "Rebel", ["INS"] = "Insurgent", ["BUS"] = "Business", ["MED"] = "Media",
        ["EDU"] = "Education", ["NGO"] = "NGO", ["IGO"] = "IGO", ["CVL"] = "Civilian", ["ELI"] = "Elite", ["HLH"] = "Health",
        ["SPY"] = "Intelligence", ["LAB"] = "Labor", ["REF"] = "Refugee", ["CRM"] = "Criminal", ["UAF"] = "Armed Group",
    };

    public void Begin(TextWriter writer) => writer.Write('[');

    public void Write(TextWriter writer, StoredEvent stored)
    {
        var e = stored.Event;
        var facts = articles(stored.ArticleId);
        var context = new List<string>();
        if (e.Historical) context.Add("historical");
        if (e.Quote) context.Add("quoted");
        if (e.Modality != "asserted") context.Add(e.Modality);
        var record = new PloverRecord(
            $"parley-{stored.EventId}", e.Date.Value, e.Date.Precision, e.Plover, e.PloverMode, context,
            Actor(e.Source), Actor(e.Target), e.Goldstein, e.Cameo, e.Modality, e.Historical,
            e.Place is { } p ? new PloverLocation(p.Name, p.Country, p.Latitude, p.Longitude, p.GeonamesId, p.Precision) : null,
            e.Evidence.Text, stored.Reports, stored.Evidence.Select(r => r.ArticleId).Distinct().ToList(), facts?.Url, facts?.Source);
        writer.Write(_first ? "\n" : ",\n");
        writer.Write(JsonSerializer.Serialize(record, ContractJson.Options));
        _first = false;
    }

    public void End(TextWriter writer) => writer.Write(_first ? "]\n" : "\n]\n");

    private static PloverActor? Actor(ActorJson? actor)
    {
        if (actor is null) return null;
        string? sector = null;
        if (actor.Code is { } code)
        {
            var rest = actor.Country is { } c && code.StartsWith(c, StringComparison.Ordinal) ? code[c.Length..] : code;
            if (rest.Length >= 3) Sectors.TryGetValue(rest[..3], out sector);
        }
        return new PloverActor(actor.Name ?? actor.Text, actor.Code, actor.Country, sector);
    }
}
