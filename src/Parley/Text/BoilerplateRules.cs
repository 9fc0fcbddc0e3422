using System.Text.RegularExpressions;

namespace Parley.Text;

/// <summary>The line rules of data/cleaning/boilerplate.tsv, compiled once.</summary>
public sealed class BoilerplateRules
{
    /// <summary>Lines longer than this are prose, never boilerplate.</summary>
    public const int MaxLineLength = 200;

    private readonly (string Kind, Regex Pattern)[] _rules;

    public BoilerplateRules(IEnumerable<(string Kind, string Pattern)> rules)
    {
        _rules = rules.Select(r => (r.Kind, new Regex(r.Pattern,
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(2)))).ToArray();
    }

    public int Count => _rules.Length;

    public static BoilerplateRules Load(string path)
    {
        var rules = new List<(string, string)>();
        var header = true;
        foreach (var (line, number) in File.ReadLines(path).Select((l, i) => (l, i + 1)))
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (header) { header = false; continue; }
            var tab = line.IndexOf('\t');
            if (tab <= 0) throw new FormatException($"{path}:{number}: expected 'kind<TAB>pattern'");
            rules.Add((line[..tab], line[(tab + 1)..]));
        }
        return new BoilerplateRules(rules);
    }

    /// <summary>The kind of boilerplate the line is, or null for content.</summary>
    public string? Classify(ReadOnlySpan<char> line)
    {
        var trimmed = line.Trim();
        if (trimmed.Length == 0 || trimmed.Length > MaxLineLength) return null;
        var text = trimmed.ToString();
        foreach (var (kind, pattern) in _rules)
        {
            try
            {
                if (pattern.IsMatch(text)) return kind;
            }
            catch (RegexMatchTimeoutException) { }
        }
        return null;
    }
}
