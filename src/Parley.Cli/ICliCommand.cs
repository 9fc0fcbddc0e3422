using System.CommandLine;

namespace Parley.Cli;

/// <summary>
/// A top-level `parley` command. Every non-abstract implementation in this assembly is found by
/// reflection and added to the root command, so a new command is one new file.
/// </summary>
public interface ICliCommand
{
    Command Build();
}
