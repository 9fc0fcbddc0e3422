using System.CommandLine;
using System.Text;
using Parley.Export;
using Parley.Storage;

namespace Parley.Cli.Commands;

/// <summary>`parley events`: query stored events and export them, streaming.</summary>
public sealed class EventsCommand : ICliCommand
{
    public Command Build()
    {
        var filters = new EventFilterOptions();
        var format = CommonOptions.Format(EventExporters.Formats);
        var output = new Option<string?>("--output") { Description = "Write to this file instead of standard output" };
        var db = CommonOptions.Database();
        var command = new Command("events", "Query stored events; export as JSON, JSON Lines, CSV, GDELT 2.0 TSV or PLOVER JSON");
        foreach (var option in filters.All) command.Options.Add(option);
        command.Options.Add(format);
        command.Options.Add(output);
        command.Options.Add(db);
        command.SetAction(parse =>
        {
            using var store = StoreFactory.Open(parse.GetValue(db));
            var query = filters.Read(parse, store);
            var exporter = EventExporters.For(parse.GetValue(format)!, EventExporters.Cached(store.GetArticleFacts));
            var path = parse.GetValue(output);
            TextWriter writer;
            try
            {
                writer = path is null
                    ? new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16)
                    : new StreamWriter(path, append: false, new UTF8Encoding(false), 1 << 16);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
            {
                throw new ParleyInputException(path!, "cannot be written: " + e.Message);
            }
            long count;
            using (writer) count = EventExporters.Export(store.QueryEvents(query), exporter, writer);
            if (path != null) Console.Error.WriteLine($"{count} events written to {path}");
            return ExitCodes.Success;
        });
        return command;
    }
}
