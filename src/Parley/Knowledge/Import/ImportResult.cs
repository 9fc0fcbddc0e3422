using System.Globalization;
using System.Text;
using Parley.Knowledge.Model;
using Parley.Time;

namespace Parley.Knowledge.Import;

/// <summary>A dated CAMEO code of an imported actor: the code applies from Start (inclusive) to End (exclusive).</summary>
public sealed record CodedPeriod(string Code, PartialDate? Start, PartialDate? End);

/// <summary>An actor of a PETRARCH/TABARI dictionary: its names and dated codes, in file order.</summary>
public sealed record ImportedActor(string Name, IReadOnlyList<string> Synonyms, IReadOnlyList<CodedPeriod> Codes, string? Comment, int Line)
{
    /// <summary>
    /// The code on a day, as the PETRARCH resolver picks it: the first dated restriction that covers
    /// the day wins (start inclusive, end exclusive); otherwise the undated default, if any.
    /// </summary>
    public string? CodeOn(DateOnly day)
    {
        foreach (var period in Codes)
        {
            if (period.Start is null && period.End is null) continue;
            if (period.Start is { } s && day < s.FirstDay) continue;
            if (period.End is { } e && day >= e.FirstDay) continue;
            return period.Code;
        }
        return Codes.FirstOrDefault(c => c.Start is null && c.End is null)?.Code;
    }
}

/// <summary>What an importer read: rows in the knowledge-base model, marked with their source and confidence, plus warnings.</summary>
public sealed class ImportResult
{
    /// <summary>Confidence of imported rows: below the curated data, which always decides where both speak.</summary>
    public const double ImportedConfidence = 0.6;

    public required string Source { get; init; }
    public List<Entity> Countries { get; } = [];
    public List<Entity> People { get; } = [];
    public List<Office> Offices { get; } = [];
    public List<Tenure> Tenures { get; } = [];
    public List<ImportedActor> Actors { get; } = [];
    public List<string> Warnings { get; } = [];
    /// <summary>Open-ended entries are closed here (the date the source was produced), when known.</summary>
    public PartialDate? SourceDate { get; set; }

    public string Summary =>
        $"{Source}: {Countries.Count} countries, {People.Count} people, {Offices.Count} offices, {Tenures.Count} tenures, " +
        $"{Actors.Count} dictionary actors, {Warnings.Count} rows skipped or flagged";

    /// <summary>The rows as knowledge-base files (relative path to TSV text), ready to drop into data/kb.</summary>
    public IReadOnlyDictionary<string, string> ToFiles(string name)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        var header = $"# Imported by `parley kb import` from {Source}; confidence {ImportedConfidence.ToString(CultureInfo.InvariantCulture)} (curated rows outrank these).\n";
        if (Countries.Count > 0)
        {
            var sb = new StringBuilder(header).Append("id\tiso2\tiso3\tcameo\tqid\tname\taliases\tdemonyms\tcapital\tmetonyms\tstatus\n");
            foreach (var c in Countries)
                sb.Append(string.Join('\t', c.Id, c.Iso2, c.Country, c.Cameo, c.Qid, c.Name, string.Join('|', c.Aliases), "",
                    c.Metonyms.FirstOrDefault()?.Text, "", c.Category)).Append('\n');
            files["countries-" + name + ".tsv"] = sb.ToString();
        }
        if (Offices.Count > 0)
        {
            var sb = new StringBuilder(header).Append("id\tname\taliases\towner\troles\tcameo_role\tsingle_holder\ttitles\n");
            foreach (var o in Offices)
                sb.Append(string.Join('\t', o.Id, o.Name, "", o.OwnerId, string.Join('|', o.Roles), o.CameoRole, o.SingleHolder ? "yes" : "no", "")).Append('\n');
            files["offices/" + name + ".tsv"] = sb.ToString();
        }
        if (Tenures.Count > 0)
        {
            var sb = new StringBuilder(header).Append("person\tperson_name\toffice\tstart\tend\tacting\tnote\tverified_through\tsource\tconfidence\n");
            foreach (var t in Tenures)
                sb.Append(string.Join('\t', t.PersonId, t.PersonName, t.OfficeId, t.Start, t.End?.ToString(), t.Acting ? "yes" : "",
                    t.Note, t.VerifiedThrough?.ToString(), t.Source, t.Confidence.ToString(CultureInfo.InvariantCulture))).Append('\n');
            files["tenures/" + name + ".tsv"] = sb.ToString();
        }
        if (People.Count > 0)
        {
            var sb = new StringBuilder(header).Append("id\tname\taliases\tqid\tcountry\tnote\n");
            foreach (var p in People)
                sb.Append(string.Join('\t', p.Id, p.Name, string.Join('|', p.Aliases), p.Qid, p.Country, p.Note)).Append('\n');
            files["people/" + name + ".tsv"] = sb.ToString();
        }
        if (Actors.Count > 0)
        {
            var sb = new StringBuilder(header).Append("name\tsynonyms\tcode\tstart\tend\tline\n");
            foreach (var a in Actors)
            foreach (var c in a.Codes)
                sb.Append(string.Join('\t', a.Name, string.Join('|', a.Synonyms), c.Code, c.Start?.ToString(), c.End?.ToString(),
                    a.Line.ToString(CultureInfo.InvariantCulture))).Append('\n');
            files["imported/" + name + ".actors.tsv"] = sb.ToString();
        }
        return files;
    }

    /// <summary>"person/ebrahim-raisi" from "Ebrahim Raisi": lower-case ASCII words joined by hyphens.</summary>
    public static string Slug(string name)
    {
        var key = Resolution.WordView.KeyOf(name);
        var sb = new StringBuilder(key.Length);
        foreach (var c in key)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') sb.Append(c);
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        return sb.ToString().Trim('-');
    }
}
