using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Parley.Analysis;
using Parley.Output;
using Parley.Storage;

namespace Parley.Cli.Commands;

/// <summary>`parley outlook A B`: will the two sides talk within N days, from the stored events.</summary>
public sealed class OutlookCommand : ICliCommand
{
    public Command Build()
    {
        var a = new Argument<string>("a") { Description = "First side: a country (ISO3, e.g. IRN) or an actor code (e.g. IRNGOV)" };
        var b = new Argument<string>("b") { Description = "Second side" };
        var asOf = new Option<string?>("--as-of") { Description = "Read only events up to this date (YYYY, YYYY-MM or YYYY-MM-DD; default today)" };
        var days = new Option<int>("--days") { Description = "Horizon: talks within this many days", DefaultValueFactory = _ => 30 };
        var db = CommonOptions.Database();
        var format = CommonOptions.Format("text", "json");
        var command = new Command("outlook", "Negotiation outlook for a dyad from stored events: a transparent score for talks within N days")
        {
            a, b, asOf, days, db, format,
        };
        command.SetAction(parse =>
        {
            var sideA = parse.GetValue(a)!.Trim().ToUpperInvariant();
            var sideB = parse.GetValue(b)!.Trim().ToUpperInvariant();
            if (sideA.Length == 0 || sideB.Length == 0) throw new UsageException("both sides must be given");
            if (sideA == sideB) throw new UsageException("the two sides must differ");
            if (parse.GetValue(days) < 1) throw new UsageException("--days must be at least 1");
            var date = CommonOptions.ParseDate(parse.GetValue(asOf), "--as-of")?.LastDay ?? DateOnly.FromDateTime(DateTime.UtcNow);
            var settings = new OutlookSettings();
            using var store = StoreFactory.Open(parse.GetValue(db));
            var events = OutlookStoreSource.Read(store, sideA, sideB, date, settings.LookbackDays);
            var result = OutlookEngine.Score(events, sideA, sideB, date, parse.GetValue(days), settings);
            if (parse.GetValue(format) == "json")
                Console.Out.WriteLine(JsonSerializer.Serialize(result, ContractJson.Indented));
            else
                WriteText(Console.Out, result);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void WriteText(TextWriter o, OutlookResult r)
    {
        var inv = CultureInfo.InvariantCulture;
        o.WriteLine(string.Format(inv, "Outlook {0}-{1} as of {2:yyyy-MM-dd}: {3} ({4:P0} within {5} days; baseline {6:P0})",
            r.A, r.B, r.AsOf, r.Verdict, r.Probability, r.Days, r.BaselineProbability));
        o.WriteLine($"  {r.Explanation}");
        foreach (var c in r.Components)
        {
            o.WriteLine(string.Format(inv, "  {0,-20} {1:+0.00;-0.00;0.00} (raw {2:+0.00;-0.00;0.00}, cap {3:+0.0;-0.0}) from {4} event{5}",
                OutlookEngine.Name(c.Component), c.Contribution, c.Raw, c.Cap, c.Events.Count, c.Events.Count == 1 ? "" : "s"));
            foreach (var e in c.Events.Take(5))
                o.WriteLine(string.Format(inv, "      {0:yyyy-MM-dd} {1}->{2} {3} {4} {5:+0.00;-0.00}  \"{6}\" [{7}]",
                    e.Date, e.Source, e.Target, e.Cameo, e.Modality, e.Contribution, Shorten(e.Evidence), e.ArticleId));
            if (c.Events.Count > 5) o.WriteLine($"      ... {c.Events.Count - 5} more (see --format json)");
        }
        o.WriteLine($"  {r.EventsUsed} of {r.EventsRead} events read bear on the outlook. The probability is a transparent rule, not a calibrated estimate (docs/outlook.md).");
    }

    private static string Shorten(string s) => s.Length > 90 ? s[..87] + "..." : s;
}
