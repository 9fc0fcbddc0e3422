namespace Parley.Ingest;

/// <summary>How a file's articles are read.</summary>
public enum InputKind { Article, JsonLines, Feed }

/// <summary>One input to ingest: a file (or "-" for JSON Lines on standard input) and how to read it.</summary>
public sealed record IngestInput(string Path, InputKind Kind, long Bytes)
{
    public const string StandardInput = "-";
    public bool IsStandardInput => Path == StandardInput;
}

/// <summary>An input that could not even be listed (missing path, a glob matching nothing).</summary>
public sealed record IngestFailure(string Origin, string Reason);
