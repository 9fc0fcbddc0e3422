using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Parley.Analysis;
using Parley.Export;
using Parley.Output;
using Parley.Storage;

namespace Parley.Cli.Commands;

/// <summary>`parley dyad A B`: the time series of events between two actors.</summary>
public sealed class DyadCommand : ICliCommand
{
    public Command Build()
    {
        var a = new Argument<string>("a") { Description = "First actor (code such as IRNGOV or country such as IRN)" };
        var b = new Argument<string>("b") { Description = "Second actor" };
        var by = new Option<string>("--by") { Description = "Period: day, week or month", DefaultValueFactory = _ => "month" };
        by.AcceptOnlyFromAmong("day", "week", "month");
        var from = new Option<string?>("--from") { Description = "Earliest event date" };
        var to = new Option<string?>("--to") { Description = "Latest event date" };
        var format = CommonOptions.Format("text", "json", "csv");
        var db = CommonOptions.Database();
        var command = new Command("dyad", "Events between two actors per day, week or month: counts, reports, Goldstein, quad classes, PLOVER types")
            { a, b, by, from, to, format, db };
        command.SetAction(parse =>
        {
            using var store = StoreFactory.Open(parse.GetValue(db));
            var actorA = parse.GetValue(a)!.Trim().ToUpperInvariant();
            var actorB = parse.GetValue(b)!.Trim().ToUpperInvariant();
            var query = new EventQuery
            {
                Dyad = (actorA, actorB),
                From = CommonOptions.ParseDate(parse.GetValue(from), "--from"),
                To = CommonOptions.ParseDate(parse.GetValue(to), "--to"),
            };
            if (EventFilterCheck.Problem(query, store) is { } problem) throw new UsageException(problem);
            var period = Enum.Parse<SeriesPeriod>(parse.GetValue(by)!, ignoreCase: true);
            var series = DyadSeries.Build(actorA, actorB, period, store.QueryEvents(query));
            switch (parse.GetValue(format))
            {
                case "json": WriteJson(series); break;
                case "csv": WriteCsv(series); break;
                default: WriteText(series); break;
            }
            return ExitCodes.Success;
        });
        return command;
    }

    private static void WriteJson(DyadSeries s) => Console.Out.WriteLine(JsonSerializer.Serialize(new
    {
        a = s.A, b = s.B, by = s.By.ToString().ToLowerInvariant(), undated = s.Undated,
        periods = s.Periods.Select(p => new
        {
            period = p.Period, start = p.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), events = p.Events, reports = p.Reports,
            goldstein_sum = p.GoldsteinSum, goldstein_mean = p.GoldsteinMean, quad_counts = p.QuadCounts,
            plover_counts = p.PloverCounts, imprecise = p.Imprecise,
        }),
    }, ContractJson.Indented));

    private static void WriteCsv(DyadSeries s)
    {
        var inv = CultureInfo.InvariantCulture;
        var header = new List<string> { "period", "start", "events", "reports", "goldstein_sum", "goldstein_mean", "quad1", "quad2", "quad3", "quad4", "imprecise" };
        header.AddRange(FilterValues.PloverTypes.Select(t => t.ToLowerInvariant()));
        Console.Out.Write(string.Join(',', header) + "\r\n");
        foreach (var p in s.Periods)
        {
            var row = new List<string>
            {
                p.Period, p.Start.ToString("yyyy-MM-dd", inv), p.Events.ToString(inv), p.Reports.ToString(inv),
                p.GoldsteinSum.ToString("0.###", inv), p.GoldsteinMean.ToString("0.###", inv),
            };
            row.AddRange(p.QuadCounts.Select(q => q.ToString(inv)));
            row.Add(p.Imprecise.ToString(inv));
            row.AddRange(FilterValues.PloverTypes.Select(t => p.PloverCounts.GetValueOrDefault(t).ToString(inv)));
            Console.Out.Write(string.Join(',', row.Select(CsvEventExporter.Quote)) + "\r\n");
        }
    }

    private static void WriteText(DyadSeries s)
    {
        var by = s.By.ToString().ToLowerInvariant();
        if (s.Periods.Count == 0)
        {
            Console.Out.WriteLine($"{s.A}-{s.B}: no dated events in the store{(s.Undated > 0 ? $" ({s.Undated} undated)" : "")}");
            return;
        }
        Console.Out.WriteLine($"{s.A}-{s.B} by {by}: {s.Periods.Sum(p => p.Events)} events from {s.Periods.Sum(p => p.Reports)} reports" +
                              (s.Undated > 0 ? $", {s.Undated} undated left out" : ""));
        Console.Out.WriteLine($"events    {DyadSeries.Sparkline(s.Periods.Select(p => (double)p.Events).ToList())}");
        Console.Out.WriteLine($"goldstein {DyadSeries.Sparkline(s.Periods.Select(p => p.GoldsteinMean).ToList())}");
        Console.Out.WriteLine();
        Console.Out.WriteLine($"{"period",-10} {"events",6} {"reports",7} {"gs sum",7} {"gs mean",7}  {"quad 1/2/3/4",-13} plover");
        foreach (var p in s.Periods)
        {
            var plover = string.Join(" ", p.PloverCounts.Select(kv => $"{kv.Key}:{kv.Value}"));
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{p.Period,-10} {p.Events,6} {p.Reports,7} {p.GoldsteinSum,7:0.0} {p.GoldsteinMean,7:0.00}  {string.Join('/', p.QuadCounts),-13} {plover}"));
        }
    }
}
