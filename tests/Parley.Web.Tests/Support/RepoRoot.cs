namespace Parley.Web.Tests.Support;

/// <summary>The repository root (the folder with Parley.slnx), found from the test's own folder.</summary>
internal static class RepoRoot
{
    public static string Path { get; } = Find();

    public static ResourcePaths Resources { get; } = ResourcePaths.At(Path);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Parley.slnx"))) return dir.FullName;
        throw new InvalidOperationException("Cannot find the repository root (Parley.slnx).");
    }
}
