namespace Parley.Tests.Support;

/// <summary>Finds the repository root (the folder with Parley.slnx) and ../shared beside it.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static ResourcePaths Resources { get; } = ResourcePaths.At(Root);

    /// <summary>The shared folder beside the repository, or null where it is absent.</summary>
    public static string? Shared { get; } = FindShared();

    public static string SharedFile(params string[] parts) =>
        Path.Combine([Shared ?? throw new InvalidOperationException("../shared is absent"), .. parts]);

    public static string InRepo(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Parley.slnx"))) return dir.FullName;
        throw new InvalidOperationException("Cannot find the repository root (Parley.slnx).");
    }

    private static string? FindShared()
    {
        var candidate = Path.GetFullPath(Path.Combine(Root, "..", "shared"));
        return Directory.Exists(candidate) ? candidate : null;
    }
}
