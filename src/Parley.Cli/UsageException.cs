namespace Parley.Cli;

/// <summary>The command line was wrong in a way the parser could not see (exit code 2).</summary>
public sealed class UsageException(string message) : Exception(message);
