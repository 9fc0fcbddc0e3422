using System.Globalization;
using Parley.Output;
using Parley.Storage;
using Parley.Time;

namespace Parley.Export;

/// <summary>
/// The GDELT 2.0 event table layout: 61 tab-separated columns in the published order, no header,
/// fields Parley does not have left empty. The mapping is documented column by column in
/// docs/exports.md.
/// </summary>
public sealed class GdeltEventExporter(ArticleLookup articles) : IEventExporter
{
    public static readonly string[] Columns =
    [
        "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
        "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
        "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
        "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
        "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
        "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
        "NumMentions", "NumSources", "NumArticles", "AvgTone",
        "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
        "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
        "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
        "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
        "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
        "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
        "DATEADDED", "SOURCEURL",
    ];

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public void Begin(TextWriter writer) { }

    public void End(TextWriter writer) { }

    public void Write(TextWriter writer, StoredEvent stored)
    {
        var e = stored.Event;
        var row = new string?[Columns.Length];
        row[0] = stored.EventId.ToString(Inv);
        if (PartialDate.TryParse(e.Date.Value, out var date) && date.IsKnown)
        {
            var day = date.FirstDay;
            row[1] = day.ToString("yyyyMMdd", Inv);
            row[2] = day.ToString("yyyyMM", Inv);
            row[3] = day.Year.ToString(Inv);
            row[4] = (day.Year + (day.DayOfYear - 1) / 365.0).ToString("0.0000", Inv);
        }
        Actor(row, 5, e.Source);
        Actor(row, 15, e.Target);
        row[25] = e.Evidence.Sentence == 0 ? "1" : "0";
        var digits = e.Cameo.PadRight(3, '0');
        row[26] = digits;
        row[27] = digits[..3];
        row[28] = e.Root;
        row[29] = e.QuadClass.ToString(Inv);
        row[30] = e.Goldstein.ToString("0.0", Inv);
        var articleIds = stored.Evidence.Select(r => r.ArticleId).Distinct().ToList();
        var facts = articleIds.Select(id => articles(id)).ToList();
        row[31] = stored.Reports.ToString(Inv);
        row[32] = Math.Max(1, facts.Select(f => f?.Source).Where(s => s != null).Distinct().Count()).ToString(Inv);
        row[33] = Math.Max(1, articleIds.Count).ToString(Inv);
        if (e.Place is { } place)
        {
            row[51] = place.Precision switch { "country" => "1", "region" => "5", _ => "4" };
            row[52] = place.Name;
            row[56] = place.Latitude.ToString("0.####", Inv);
            row[57] = place.Longitude.ToString("0.####", Inv);
            row[58] = place.GeonamesId?.ToString(Inv);
        }
        row[60] = articles(stored.ArticleId)?.Url;
        for (var i = 0; i < row.Length; i++)
        {
            if (i > 0) writer.Write('\t');
            writer.Write(Clean(row[i]));
        }
        writer.Write('\n');
    }

    /// <summary>Code, name (upper case, as GDELT writes it), country, and up to three 3-letter role types.</summary>
    private static void Actor(string?[] row, int at, ActorJson? actor)
    {
        if (actor is null) return;
        row[at] = actor.Code;
        row[at + 1] = (actor.Name ?? actor.Text).ToUpperInvariant();
        row[at + 2] = actor.Country;
        if (actor.Code is { } code && actor.Country is { } country && code.StartsWith(country, StringComparison.Ordinal))
        {
            var roles = code[country.Length..];
            for (var i = 0; i < 3 && roles.Length >= 3 * (i + 1); i++) row[at + 7 + i] = roles.Substring(3 * i, 3);
        }
    }

    /// <summary>Tabs and line breaks would break the row; they become spaces.</summary>
    private static string Clean(string? field) =>
        field is null ? "" : field.AsSpan().IndexOfAny("\t\r\n") < 0 ? field : field.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' ');
}
