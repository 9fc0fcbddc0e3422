using System.Globalization;
using System.Text;

namespace Parley.Events.Evaluation;

/// <summary>The JSON shape of `parley eval --format json`.</summary>
public static class EvaluationJson
{
    public static object From(EvaluationReport r, bool explain) => new
    {
        gold = r.GoldFile,
        records = r.Records,
        gold_events = r.GoldEvents,
        coded_events = r.CodedEvents,
        root_accuracy = R(r.Root),
        cameo3_accuracy = R(r.Cameo3),
        cameo4_accuracy = R(r.Cameo4),
        plover_type_accuracy = R(r.PloverType),
        source_code_accuracy = R(r.SourceCode),
        source_country_accuracy = R(r.SourceCountry),
        source_country_accuracy_when_type_right = R(r.SourceCountryWhenTypeRight),
        target_code_accuracy = R(r.TargetCode),
        target_country_accuracy = R(r.TargetCountry),
        root_triples = T(r.RootTriples),
        plover_triples = T(r.PloverTriples),
        exact_triples = T(r.ExactTriples),
        no_event_precision = R(r.NoEventPrecision),
        disagreements = explain ? r.Disagreements : null,
    };

    private static object R(Ratio x) => new { value = x.Value is { } v ? Math.Round(v, 4) : (double?)null, hits = x.Hits, total = x.Total };

    private static object T(TripleScore t) => new
    {
        precision = Math.Round(t.Precision, 4), recall = Math.Round(t.Recall, 4), f1 = Math.Round(t.F1, 4),
        true_positives = t.TruePositives, predicted = t.Predicted, expected = t.Expected,
    };
}

/// <summary>The plain-text report of `parley eval`.</summary>
public static class EvaluationText
{
    public static string Render(EvaluationReport r, bool explain)
    {
        var inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine(inv, $"gold: {r.GoldFile}   records: {r.Records}   gold events: {r.GoldEvents}   coded events: {r.CodedEvents}");
        Line(sb, "CAMEO root accuracy", r.Root);
        Line(sb, "CAMEO 3-digit accuracy", r.Cameo3);
        Line(sb, "CAMEO 4-digit accuracy", r.Cameo4);
        Line(sb, "PLOVER type accuracy", r.PloverType);
        Line(sb, "source code accuracy", r.SourceCode);
        Line(sb, "source country accuracy", r.SourceCountry);
        Line(sb, "source country | type right", r.SourceCountryWhenTypeRight);
        Line(sb, "target code accuracy", r.TargetCode);
        Line(sb, "target country accuracy", r.TargetCountry);
        Triple(sb, "root triples (country)", r.RootTriples);
        Triple(sb, "PLOVER triples (country)", r.PloverTriples);
        Triple(sb, "exact triples (code)", r.ExactTriples);
        Line(sb, "no-event precision", r.NoEventPrecision);
        if (explain)
        {
            sb.AppendLine();
            sb.AppendLine(inv, $"disagreements: {r.Disagreements.Count}");
            foreach (var d in r.Disagreements)
            {
                sb.AppendLine();
                sb.AppendLine(inv, $"[{d.Id}] {d.Text}");
                foreach (var g in d.Expected) sb.AppendLine("  gold : " + g);
                if (d.Coded.Count == 0) sb.AppendLine("  coded: (none)");
                foreach (var c in d.Coded) sb.AppendLine("  coded: " + c);
            }
        }
        return sb.ToString().TrimEnd();
    }

    private static void Line(StringBuilder sb, string name, Ratio ratio) =>
        sb.AppendLine(CultureInfo.InvariantCulture, $"{name,-30} {ratio}");

    private static void Triple(StringBuilder sb, string name, TripleScore t) =>
        sb.AppendLine(CultureInfo.InvariantCulture, $"{name,-30} P {t.Precision:F3}  R {t.Recall:F3}  F1 {t.F1:F3}  ({t.TruePositives} of {t.Predicted} coded, {t.Expected} gold)");
}
