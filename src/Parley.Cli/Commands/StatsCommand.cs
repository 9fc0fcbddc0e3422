using System.CommandLine;
using System.Text.Json;
using Parley.Output;
using Parley.Storage;

namespace Parley.Cli.Commands;

/// <summary>`parley stats`: what a store holds, so scripts can check it.</summary>
public sealed class StatsCommand : ICliCommand
{
    public Command Build()
    {
        var format = CommonOptions.Format("text", "json");
        var db = CommonOptions.Database();
        var command = new Command("stats", "Count the articles, events, event reports, mentions and claims in the store") { format, db };
        command.SetAction(parse =>
        {
            using var store = StoreFactory.Open(parse.GetValue(db));
            var counts = store.Counts();
            if (parse.GetValue(format) == "json")
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(new
                {
                    articles = counts.Articles, events = counts.Events, event_reports = counts.EventReports,
                    mentions = counts.Mentions, claims = counts.Claims,
                }, ContractJson.Options));
            }
            else
            {
                Console.Out.WriteLine($"store          {store.Location}");
                Console.Out.WriteLine($"articles       {counts.Articles}");
                Console.Out.WriteLine($"events         {counts.Events} (merged across articles)");
                Console.Out.WriteLine($"event reports  {counts.EventReports}");
                Console.Out.WriteLine($"mentions       {counts.Mentions}");
                Console.Out.WriteLine($"claims         {counts.Claims}");
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
