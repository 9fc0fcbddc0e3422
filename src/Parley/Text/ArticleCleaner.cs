using System.Text;
using Parley.Time;

namespace Parley.Text;

/// <summary>
/// Turns a raw article into the cleaned text every later stage reads: boilerplate lines
/// (data/cleaning/boilerplate.tsv) and footnote markers are removed, each removal kept with its
/// span in the original, and an offset map leads back from cleaned to original offsets.
/// Also decides the publication date (<see cref="PublicationDateFinder"/>).
/// </summary>
public sealed class ArticleCleaner(BoilerplateRules rules)
{
    public static ArticleCleaner Load(ResourcePaths paths) =>
        new(BoilerplateRules.Load(paths.Data("cleaning", "boilerplate.tsv")));

    public Article Clean(RawArticle raw, PartialDate? published = null)
    {
        var original = raw.Text;
        var cleaned = new StringBuilder(original.Length);
        var removed = new List<Removal>();
        var deletions = new List<(int CleanedOffset, int DeletedLength)>();
        var lineStart = 0;
        while (lineStart <= original.Length)
        {
            var newline = original.IndexOf('\n', lineStart);
            var lineEnd = newline < 0 ? original.Length : newline;
            var next = newline < 0 ? original.Length + 1 : newline + 1;
            var line = original.AsSpan(lineStart, lineEnd - lineStart);
            var kind = rules.Classify(line);
            if (kind != null)
            {
                var (trimStart, trimEnd) = Trimmed(original, lineStart, lineEnd);
                removed.Add(new Removal(kind, original[trimStart..trimEnd], trimStart, trimEnd));
                // The whole line goes, with its line break.
                var deleted = Math.Min(next, original.Length) - lineStart;
                if (deleted > 0) deletions.Add((cleaned.Length, deleted));
            }
            else
            {
                AppendWithoutMarkers(original, lineStart, lineEnd, cleaned, removed, deletions);
                if (newline >= 0) cleaned.Append('\n');
            }
            lineStart = next;
        }
        var text = TrimEnd(cleaned);
        removed.Sort((a, b) => a.Start.CompareTo(b.Start));
        var (date, basis) = PublicationDateFinder.Find(published, raw, text, removed);
        return new Article
        {
            Id = ContentHash.Of(text),
            Title = raw.Title,
            OriginalText = original,
            Text = text,
            Removed = removed,
            OffsetMap = new OffsetMap(deletions),
            Published = date,
            PublishedBasis = basis,
            SourceName = raw.SourceName,
            Url = raw.Url,
            Origin = raw.Origin,
            Warnings = raw.Warnings.ToList(),
        };
    }

    private static void AppendWithoutMarkers(
        string original, int lineStart, int lineEnd, StringBuilder cleaned, List<Removal> removed,
        List<(int, int)> deletions)
    {
        var line = original.Substring(lineStart, lineEnd - lineStart);
        var copied = 0;
        foreach (var (start, end) in FootnoteMarkers.Find(line))
        {
            cleaned.Append(line, copied, start - copied);
            removed.Add(new Removal("footnote_marker", line[start..end], lineStart + start, lineStart + end));
            deletions.Add((cleaned.Length, end - start));
            copied = end;
        }
        cleaned.Append(line, copied, line.Length - copied);
    }

    private static (int, int) Trimmed(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return (start, end);
    }

    private static string TrimEnd(StringBuilder sb)
    {
        var length = sb.Length;
        while (length > 0 && char.IsWhiteSpace(sb[length - 1])) length--;
        return sb.ToString(0, length);
    }
}
