using System.Globalization;
using Parley.Storage;

namespace Parley.Export;

/// <summary>
/// One row per merged event with the Event fields flattened (source_code, evidence_text, ...),
/// a header row, RFC 4180 quoting and CRLF line ends, so spreadsheets, R and pandas read it.
/// </summary>
public sealed class CsvEventExporter : IEventExporter
{
    public static readonly string[] Columns =
    [
        "event_id", "article_id", "reports", "id",
        "source_text", "source_entity_id", "source_name", "source_code", "source_country",
        "target_text", "target_entity_id", "target_name", "target_code", "target_country",
        "cameo", "cameo_label", "root", "plover", "plover_mode", "goldstein", "quad_class", "modality",
        "date", "date_precision", "date_basis", "historical",
        "evidence_sentence", "evidence_text", "evidence_start", "evidence_end", "trigger_text", "trigger_start", "trigger_end",
        "quote", "confidence", "rule",
        "place_name", "place_country", "place_latitude", "place_longitude", "place_geonames_id", "place_precision",
    ];

    public void Begin(TextWriter writer) => WriteRow(writer, Columns);

    public void Write(TextWriter writer, StoredEvent stored)
    {
        var e = stored.Event;
        var inv = CultureInfo.InvariantCulture;
        WriteRow(writer,
        [
            stored.EventId.ToString(inv), stored.ArticleId, stored.Reports.ToString(inv), e.Id,
            e.Source?.Text, e.Source?.EntityId, e.Source?.Name, e.Source?.Code, e.Source?.Country,
            e.Target?.Text, e.Target?.EntityId, e.Target?.Name, e.Target?.Code, e.Target?.Country,
            e.Cameo, e.CameoLabel, e.Root, e.Plover, e.PloverMode, e.Goldstein.ToString("0.0##", inv), e.QuadClass.ToString(inv), e.Modality,
            e.Date.Value, e.Date.Precision, e.Date.Basis, e.Historical ? "true" : "false",
            e.Evidence.Sentence.ToString(inv), e.Evidence.Text, e.Evidence.Start.ToString(inv), e.Evidence.End.ToString(inv),
            e.Evidence.Trigger?.Text, e.Evidence.Trigger?.Start.ToString(inv), e.Evidence.Trigger?.End.ToString(inv),
            e.Quote ? "true" : "false", e.Confidence.ToString("0.###", inv), e.Rule,
            e.Place?.Name, e.Place?.Country, e.Place?.Latitude.ToString("0.#####", inv), e.Place?.Longitude.ToString("0.#####", inv),
            e.Place?.GeonamesId?.ToString(inv), e.Place?.Precision,
        ]);
    }

    public void End(TextWriter writer) { }

    private static void WriteRow(TextWriter writer, IReadOnlyList<string?> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0) writer.Write(',');
            writer.Write(Quote(fields[i] ?? ""));
        }
        writer.Write("\r\n");
    }

    /// <summary>RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled.</summary>
    public static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"") + "\"";
}
