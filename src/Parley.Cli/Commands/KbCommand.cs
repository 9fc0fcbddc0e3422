using System.CommandLine;

namespace Parley.Cli.Commands;

/// <summary>`parley kb ...`: query, validate and import the knowledge base.</summary>
public sealed class KbCommand : ICliCommand
{
    public Command Build()
    {
        var command = new Command("kb", "Query, check and import the knowledge base (data/kb)");
        command.Subcommands.Add(KbHoldersCommand.Build());
        command.Subcommands.Add(KbFindCommand.Build());
        command.Subcommands.Add(KbCheckCommand.Build());
        command.Subcommands.Add(KbImportCommand.Build());
        return command;
    }
}
