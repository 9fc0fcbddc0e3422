using System.CommandLine;
using System.CommandLine.Help;
using System.Reflection;
using Parley;
using Parley.Cli;

// A plain command named "parley" rather than RootCommand, whose name would be the assembly's.
var root = new Command("parley", "Parley: evidence-linked, time-aware event data from news about international disputes.")
{
    new HelpOption(),
    new VersionOption(),
};
foreach (var type in Assembly.GetExecutingAssembly().GetTypes()
             .Where(t => typeof(ICliCommand).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
             .OrderBy(t => t.Name, StringComparer.Ordinal))
{
    root.Subcommands.Add(((ICliCommand)Activator.CreateInstance(type)!).Build());
}

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors) Console.Error.WriteLine($"parley: {error.Message}");
    Console.Error.WriteLine("Try 'parley --help'.");
    return ExitCodes.Usage;
}

try
{
    return await parsed.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (ParleyInputException e)
{
    Console.Error.WriteLine($"parley: {e.Message}");
    return ExitCodes.BadInput;
}
catch (UsageException e)
{
    Console.Error.WriteLine($"parley: {e.Message}");
    return ExitCodes.Usage;
}
catch (Exception e) when (e is not OutOfMemoryException)
{
    // A bug, not bad input: one line by default, the whole trace with PARLEY_DEBUG=1.
    Console.Error.WriteLine($"parley: internal error: {e.GetType().Name}: {e.Message}");
    if (Environment.GetEnvironmentVariable("PARLEY_DEBUG") == "1") Console.Error.WriteLine(e);
    return ExitCodes.InternalError;
}
