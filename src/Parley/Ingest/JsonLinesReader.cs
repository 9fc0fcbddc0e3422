using System.Text;
using System.Text.Json;
using Parley.Text;

namespace Parley.Ingest;

/// <summary>
/// JSON Lines: one article per line, {"text" or "html", optional "title", "url", "published",
/// "source"}. A broken line is that line's failure only; blank lines are skipped.
/// </summary>
public static class JsonLinesReader
{
    public static IEnumerable<IngestItem> Read(TextReader reader, string name, long maxBytes)
    {
        var lineNumber = 0;
        string? line;
        while ((line = reader.ReadLine()) != null)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            var origin = $"{name}:{lineNumber}";
            var text = line;
            var bytes = Encoding.UTF8.GetByteCount(line) + 1;
            yield return new IngestItem(origin, bytes, () => bytes > maxBytes
                ? throw new ParleyInputException(origin, $"the article is {bytes:N0} bytes, over the limit of {maxBytes:N0} (--max-article-bytes)")
                : Parse(text, origin));
        }
    }

    public static RawArticle Parse(string line, string origin)
    {
        JsonDocument document;
        try { document = JsonDocument.Parse(line); }
        catch (JsonException e) { throw new ParleyInputException(origin, $"not a valid JSON line ({FirstSentence(e.Message)})"); }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw new ParleyInputException(origin, "a JSON line must be an object with \"text\" or \"html\"");
            var title = String(root, "title");
            var url = String(root, "url");
            var source = String(root, "source");
            var publishedText = String(root, "published") ?? String(root, "date");
            var html = String(root, "html");
            var body = String(root, "text");
            RawArticle article;
            if (!string.IsNullOrWhiteSpace(body)) article = ArticleReader.ReadPlainText(body, origin);
            else if (!string.IsNullOrWhiteSpace(html)) article = HtmlArticleReader.Read(html, origin, url);
            else throw new ParleyInputException(origin, "the line has neither \"text\" nor \"html\"");

            var date = Plausible(article.MetadataDate);
            string? dateWarning = null;
            if (publishedText != null)
            {
                if (HtmlArticleReader.TryParseDate(publishedText, out var parsed)) date = parsed;
                else dateWarning = $"unreadable \"published\" value '{Shorten(publishedText)}' ignored";
            }
            var result = new RawArticle
            {
                Text = article.Text, Title = title ?? article.Title, MetadataDate = date,
                SourceName = source ?? article.SourceName, Url = url ?? article.Url, Origin = origin,
            };
            result.Warnings.AddRange(article.Warnings);
            if (dateWarning != null) result.Warnings.Add(dateWarning);
            return result;
        }
    }

    private static string? String(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(". ", StringComparison.Ordinal);
        return cut < 0 ? message.TrimEnd('.') : message[..cut];
    }

    /// <summary>Drops placeholder dates (year 1 and the like) that HTML extraction can report for pages without a date.</summary>
    internal static Time.PartialDate? Plausible(Time.PartialDate? date) => date is { IsKnown: true, Year: > 1800 } ? date : null;

    internal static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "...";
}
