namespace Parley;

/// <summary>
/// Where the editable resources (data/) and trained models (models/) live. Found from
/// $PARLEY_HOME, else by walking up from the program's folder and the working folder to the
/// first folder holding data/README.md.
/// </summary>
public sealed record ResourcePaths(string DataDir, string ModelsDir)
{
    public const string HomeVariable = "PARLEY_HOME";

    public string Data(params string[] parts) => Path.Combine([DataDir, .. parts]);
    public string Model(params string[] parts) => Path.Combine([ModelsDir, .. parts]);

    public static ResourcePaths At(string home) =>
        new(Path.Combine(home, "data"), Path.Combine(home, "models"));

    private static readonly Lazy<ResourcePaths> DefaultPaths = new(Locate);

    public static ResourcePaths Default => DefaultPaths.Value;

    private static ResourcePaths Locate()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(HomeVariable);
        if (!string.IsNullOrEmpty(fromEnvironment)) return At(fromEnvironment);
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir != null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "data", "README.md"))) return At(dir.FullName);
            }
        }
        throw new DirectoryNotFoundException(
            $"Cannot find Parley's data/ folder; set ${HomeVariable} to the folder that holds data/ and models/.");
    }
}
