using System.CommandLine;
using System.Text.Json;
using Parley.Knowledge;
using Parley.Output;

namespace Parley.Cli.Commands;

/// <summary>`parley kb holders --country ISO3|--org ACRONYM --on DATE`: who held which office that day.</summary>
public static class KbHoldersCommand
{
    public static Command Build()
    {
        var country = new Option<string?>("--country") { Description = "ISO 3166 alpha-3 code of a country (IRN, USA)" };
        var org = new Option<string?>("--org") { Description = "Acronym of an organization (UN, IAEA, NATO)" };
        var on = new Option<string>("--on") { Description = "Date: YYYY-MM-DD, YYYY-MM or YYYY", Required = true };
        var format = CommonOptions.Format("text", "json");
        var command = new Command("holders", "Office holders of a country or organization on a date") { country, org, on, format };
        command.SetAction(parse =>
        {
            var countryValue = parse.GetValue(country);
            var orgValue = parse.GetValue(org);
            if ((countryValue is null) == (orgValue is null)) throw new UsageException("kb holders: give exactly one of --country or --org");
            var date = CommonOptions.ParseDate(parse.GetValue(on), "--on")!.Value;
            var queries = new KnowledgeBaseQueries(KnowledgeBase.Load(ResourcePaths.Default));
            var owner = queries.OwnerId(countryValue, orgValue)
                ?? throw new ParleyInputException(countryValue ?? orgValue!, "no such country or organization in the knowledge base");
            var rows = queries.Holders(owner, date);
            if (parse.GetValue(format) == "json")
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(rows, ContractJson.Indented));
                return ExitCodes.Success;
            }
            if (rows.Count == 0) Console.Out.WriteLine($"No office holders of {owner} recorded on {date}.");
            foreach (var row in rows)
            {
                var acting = row.Acting ? " (acting)" : "";
                Console.Out.WriteLine($"{row.Role,-22} {row.Name}{acting} — {row.Office}, {row.Start} to {row.End ?? "present"}");
                if (row.Note is not null) Console.Out.WriteLine($"{"",-22} note: {row.Note}");
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
