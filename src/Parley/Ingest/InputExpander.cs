using System.Text;
using System.Text.RegularExpressions;

namespace Parley.Ingest;

/// <summary>
/// Turns the command line's paths into input files: a folder is searched recursively for known
/// article types, a glob (*, ?, ** for any folders) is matched against files, "-" is standard
/// input (JSON Lines), and a named file is taken whatever its extension.
/// </summary>
public static class InputExpander
{
    private static readonly Dictionary<string, InputKind> KnownExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        [".txt"] = InputKind.Article, [".text"] = InputKind.Article,
        [".html"] = InputKind.Article, [".htm"] = InputKind.Article, [".xhtml"] = InputKind.Article,
        [".jsonl"] = InputKind.JsonLines, [".ndjson"] = InputKind.JsonLines,
        [".rss"] = InputKind.Feed, [".atom"] = InputKind.Feed, [".xml"] = InputKind.Feed,
    };

    public static (List<IngestInput> Inputs, List<IngestFailure> Failures) Expand(IEnumerable<string> paths)
    {
        var inputs = new List<IngestInput>();
        var failures = new List<IngestFailure>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Add(IngestInput input)
        {
            if (input.IsStandardInput || seen.Add(System.IO.Path.GetFullPath(input.Path))) inputs.Add(input);
        }

        foreach (var path in paths)
        {
            if (path == IngestInput.StandardInput) { Add(new IngestInput(path, InputKind.JsonLines, 0)); continue; }
            if (Directory.Exists(path))
            {
                foreach (var file in EnumerateFolder(path, failures)) Add(file);
                continue;
            }
            if (File.Exists(path)) { Add(new IngestInput(path, KindOfNamedFile(path), new FileInfo(path).Length)); continue; }
            if (path.IndexOfAny(['*', '?']) >= 0)
            {
                var matched = Glob(path).ToList();
                if (matched.Count == 0) failures.Add(new IngestFailure(path, "the pattern matches no file"));
                foreach (var file in matched) Add(new IngestInput(file, KindOfNamedFile(file), new FileInfo(file).Length));
                continue;
            }
            failures.Add(new IngestFailure(path, "no such file or folder"));
        }
        return (inputs, failures);
    }

    private static IEnumerable<IngestInput> EnumerateFolder(string folder, List<IngestFailure> failures)
    {
        IEnumerable<string> files;
        try
        {
            files = Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
                .Order(StringComparer.Ordinal).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            failures.Add(new IngestFailure(folder, "cannot be listed: " + e.Message));
            yield break;
        }
        foreach (var file in files)
            if (KnownExtensions.TryGetValue(System.IO.Path.GetExtension(file), out var kind))
                yield return new IngestInput(file, kind, new FileInfo(file).Length);
    }

    /// <summary>A file named on the command line: by extension, else by a look at its first bytes.</summary>
    public static InputKind KindOfNamedFile(string path)
    {
        if (KnownExtensions.TryGetValue(System.IO.Path.GetExtension(path), out var kind)) return kind;
        try
        {
            using var stream = File.OpenRead(path);
            var buffer = new byte[512];
            var read = stream.Read(buffer, 0, buffer.Length);
            var start = Encoding.UTF8.GetString(buffer, 0, read).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
            if (start.StartsWith("<?xml", StringComparison.Ordinal) || start.StartsWith("<rss", StringComparison.Ordinal)
                || start.StartsWith("<feed", StringComparison.Ordinal)) return InputKind.Feed;
            if (start.StartsWith('{')) return InputKind.JsonLines;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        return InputKind.Article;
    }

    /// <summary>Files matching a glob; the folder part before the first wildcard is where the search starts.</summary>
    public static IEnumerable<string> Glob(string pattern)
    {
        var normalized = pattern.Replace('\\', '/');
        var firstWildcard = normalized.IndexOfAny(['*', '?']);
        var slash = normalized.LastIndexOf('/', firstWildcard);
        var root = slash < 0 ? "." : normalized[..slash] is "" ? "/" : normalized[..slash];
        var relativePattern = normalized[(slash + 1)..];
        if (!Directory.Exists(root)) return [];
        var regex = new Regex("^" + GlobToRegex(relativePattern) + "$", RegexOptions.CultureInvariant);
        return Directory.EnumerateFiles(root, "*", new EnumerationOptions { RecurseSubdirectories = relativePattern.Contains('/') || relativePattern.Contains("**"), IgnoreInaccessible = true })
            .Where(f => regex.IsMatch(System.IO.Path.GetRelativePath(root, f).Replace('\\', '/')))
            .Order(StringComparer.Ordinal);
    }

    private static string GlobToRegex(string glob)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < glob.Length; i++)
        {
            var c = glob[i];
            if (c == '*' && i + 1 < glob.Length && glob[i + 1] == '*')
            {
                // "**/" matches any number of folders, including none.
                var slashFollows = i + 2 < glob.Length && glob[i + 2] == '/';
                sb.Append(slashFollows ? "(?:.*/)?" : ".*");
                i += slashFollows ? 2 : 1;
            }
            else if (c == '*') sb.Append("[^/]*");
            else if (c == '?') sb.Append("[^/]");
            else sb.Append(Regex.Escape(c.ToString()));
        }
        return sb.ToString();
    }
}
