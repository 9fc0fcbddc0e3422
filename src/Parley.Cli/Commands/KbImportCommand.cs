using System.CommandLine;
using Parley.Knowledge;
using Parley.Knowledge.Import;

namespace Parley.Cli.Commands;

/// <summary>`parley kb import FILE --format ...`: converts other formats into data/kb files.</summary>
public static class KbImportCommand
{
    public static Command Build()
    {
        var file = new Argument<string>("file") { Description = "The file to import" };
        var format = new Option<string>("--format") { Description = "petrarch (.actors dictionary), tenure-csv (iso3,role,person,qid,start,end) or iso-csv (ISO 3166 codes)", Required = true };
        format.AcceptOnlyFromAmong("petrarch", "tenure-csv", "iso-csv");
        var output = new Option<string?>("--output") { Description = "Folder to write the knowledge-base files into (e.g. data/kb); without it only a summary is printed" };
        var fileDate = new Option<string?>("--file-date") { Description = "petrarch: the date the dictionary was made, closing open-ended entries (default: read from its header)" };
        var showWarnings = new Option<bool>("--warnings") { Description = "List every skipped or flagged row" };
        var compare = new Option<bool>("--compare") { Description = "tenure-csv: compare with the curated heads of state and government (monthly, from --since to --until)" };
        var since = new Option<string?>("--since") { Description = "--compare: first day compared (default 2010-01-01)" };
        var until = new Option<string?>("--until") { Description = "--compare: day the comparison stops, exclusive (default today)" };
        var command = new Command("import", "Convert a PETRARCH .actors dictionary, a tenure CSV or an ISO country CSV into knowledge-base files (marked imported, lower confidence)")
            { file, format, output, fileDate, showWarnings, compare, since, until };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            if (Directory.Exists(path)) throw new ParleyInputException(path, "is a directory, not a file");
            if (!File.Exists(path)) throw new ParleyInputException(path, "no such file");
            var kind = parse.GetValue(format)!;
            var result = kind switch
            {
                "petrarch" => PetrarchImporter.Import(path, CommonOptions.ParseDate(parse.GetValue(fileDate), "--file-date")),
                "tenure-csv" => TenureCsvImporter.Import(path),
                _ => IsoCountryCsvImporter.Import(path),
            };
            Console.Out.WriteLine(result.Summary);
            if (result.SourceDate is { } date) Console.Out.WriteLine($"source date (open entries closed or verified here): {date}");
            if (parse.GetValue(showWarnings)) foreach (var w in result.Warnings) Console.Out.WriteLine("warning: " + w);
            if (kind == "tenure-csv" && parse.GetValue(compare))
            {
                var from = DayOption(parse.GetValue(since), "--since") ?? new DateOnly(2010, 1, 1);
                var to = DayOption(parse.GetValue(until), "--until") ?? DateOnly.FromDateTime(DateTime.UtcNow);
                var report = TenureComparison.Compare(KnowledgeBase.Load(ResourcePaths.Default), result, from, to);
                Console.Out.WriteLine($"compare: heads of state and government on the first of each month from {from:yyyy-MM-dd} to {to:yyyy-MM-dd}: {report.Agreed}/{report.Compared} agree ({report.Agreement:P1}); {report.CuratedOnly} month-roles only curated, {report.ImportedOnly} only imported");
                foreach (var d in report.Disagreements) Console.Out.WriteLine($"compare: {d.Country} {d.Role} {d.Day:yyyy-MM-dd}: curated {d.Curated}, imported {d.Imported}");
            }
            if (kind == "iso-csv")
                foreach (var note in IsoCountryCsvImporter.Compare(result, KnowledgeBase.Load(ResourcePaths.Default))) Console.Out.WriteLine("compare: " + note);
            if (parse.GetValue(output) is { } folder)
            {
                var name = "imported-" + ImportResult.Slug(Path.GetFileNameWithoutExtension(path));
                foreach (var (relative, text) in result.ToFiles(name))
                {
                    var target = Path.Combine(folder, relative);
                    Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                    File.WriteAllText(target, text);
                    Console.Out.WriteLine("wrote " + target);
                }
            }
            return ExitCodes.Success;
        });
        return command;
    }

    private static DateOnly? DayOption(string? value, string name)
    {
        if (value is null) return null;
        var date = CommonOptions.ParseDate(value, name);
        if (date is not { Precision: Parley.Time.DatePrecision.Day }) throw new UsageException($"{name}: '{value}' is not a full date (YYYY-MM-DD)");
        return date.Value.FirstDay;
    }
}
