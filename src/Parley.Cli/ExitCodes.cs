namespace Parley.Cli;

/// <summary>Exit codes shared by every command (docs/contracts.md).</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int BadInput = 1;
    public const int Usage = 2;
    /// <summary>A bug in Parley (EX_SOFTWARE); the message asks for PARLEY_DEBUG=1 to show details.</summary>
    public const int InternalError = 70;
}
