namespace Parley.Cli.Commands;

/// <summary>Input checks shared by the `nlp` subcommands: missing files and directories are input errors.</summary>
internal static class NlpFiles
{
    public static string ReadText(string path)
    {
        if (path == "-") return Console.In.ReadToEnd();
        RequireFile(path);
        return File.ReadAllText(path);
    }

    public static void RequireFile(string path)
    {
        if (Directory.Exists(path)) throw new ParleyInputException(path, "is a directory, not a file");
        if (!File.Exists(path)) throw new ParleyInputException(path, "no such file");
    }
}
