namespace Parley;

/// <summary>
/// The input was bad (missing, empty, binary, malformed). Hosts report it as one line naming
/// the source and exit with code 1; it never indicates a bug.
/// </summary>
public sealed class ParleyInputException(string source, string problem) : Exception($"{source}: {problem}")
{
    public string InputName { get; } = source;
    public string Problem { get; } = problem;
}
