using System.CommandLine;

namespace Parley.Cli.Commands;

/// <summary>`parley kb import FILE --format ...`: converts other formats into data/kb files.</summary>
public static class KbImportCommand
{
    public static Command Build()
    {
        var file = new Argument<string>("file") { Description = "The file to import" };
        var format = new Option<string>("--format") { Description = "petrarch, tenure-csv or iso-csv", Required = true };
        format.AcceptOnlyFromAmong("petrarch", "tenure-csv", "iso-csv");
        var command = new Command("import", "Convert a PETRARCH .actors dictionary, a tenure CSV or an ISO country CSV into knowledge-base rows") { file, format };
        command.SetAction(int (_) => throw new UsageException("kb import: not available yet"));
        return command;
    }
}
