using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Parley.Text;
using Parley.Time;

namespace Parley.Ingest;

/// <summary>
/// RSS 2.0 and Atom feeds: each item or entry is an article, its body taken from the full content
/// when present, else the description or summary. HTML entities that XML does not define are
/// translated first, and unreadable dates are ignored with a warning.
/// </summary>
public static partial class FeedReader
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace DublinCore = "http://purl.org/dc/elements/1.1/";

    public static IEnumerable<IngestItem> Read(string path, long maxBytes)
    {
        var info = new FileInfo(path);
        if (info.Length > maxBytes)
            return [Failed(path, info.Length, $"the feed is {info.Length:N0} bytes, over the limit of {maxBytes:N0} (--max-article-bytes)")];
        string xml;
        try { xml = TextDecoder.Decode(File.ReadAllBytes(path), path).Text; }
        catch (ParleyInputException e) { return [Failed(path, info.Length, e.Problem)]; }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return [Failed(path, info.Length, "cannot be read: " + e.Message)]; }
        return Parse(xml, path, info.Length);
    }

    public static IReadOnlyList<IngestItem> Parse(string xml, string name, long bytes)
    {
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(new StringReader(TranslateEntities(xml)),
                new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, MaxCharactersFromEntities = 1_000_000 });
            document = XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            return [Failed(name, bytes, $"not a readable feed (XML error at line {e.LineNumber}: {e.Message.Split(". ")[0]})")];
        }
        var root = document.Root!;
        var entries = root.Name.LocalName switch
        {
            "rss" => root.Element("channel")?.Elements("item").Select(i => FromRss(i, root.Element("channel")!)).ToList(),
            "RDF" => root.Elements().Where(e => e.Name.LocalName == "item").Select(i => FromRss(i, root.Elements().FirstOrDefault(e => e.Name.LocalName == "channel"))).ToList(),
            "feed" => root.Elements(Atom + "entry").Select(e => FromAtom(e, root)).ToList(),
            _ => null,
        };
        if (entries is null) return [Failed(name, bytes, $"not an RSS or Atom feed (root element <{root.Name.LocalName}>)")];
        if (entries.Count == 0) return [Failed(name, bytes, "the feed has no items")];
        var perItem = Math.Max(1, bytes / entries.Count);
        return entries.Select((entry, i) =>
        {
            var origin = $"{name}#item{i + 1}";
            return new IngestItem(origin, perItem, () => ToArticle(entry, origin));
        }).ToList();
    }

    private sealed record FeedEntry(string? Title, string? Body, string? Url, string? Date, string? Source);

    private static FeedEntry FromRss(XElement item, XElement? channel) => new(
        Value(item.Element("title")),
        FirstNonEmpty(Value(item.Element(Content + "encoded")), Value(item.Element("description"))),
        Value(item.Element("link")) ?? Value(item.Element("guid")),
        FirstNonEmpty(Value(item.Element("pubDate")), Value(item.Element(DublinCore + "date"))),
        Value(item.Element("source")) ?? Value(channel?.Element("title")));

    private static FeedEntry FromAtom(XElement entry, XElement feed) => new(
        Value(entry.Element(Atom + "title")),
        FirstNonEmpty(Value(entry.Element(Atom + "content")), Value(entry.Element(Atom + "summary"))),
        entry.Elements(Atom + "link").FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate")?.Attribute("href")?.Value,
        FirstNonEmpty(Value(entry.Element(Atom + "published")), Value(entry.Element(Atom + "updated"))),
        Value(feed.Element(Atom + "title")));

    private static RawArticle ToArticle(FeedEntry entry, string origin)
    {
        if (string.IsNullOrWhiteSpace(entry.Body)) throw new ParleyInputException(origin, "the item has no content or description");
        var body = entry.Body.Contains('<')
            ? HtmlArticleReader.Read(entry.Body, origin, entry.Url)
            : ArticleReader.ReadPlainText(WebUtility.HtmlDecode(entry.Body), origin);
        PartialDate? date = null;
        string? warning = null;
        if (entry.Date != null)
        {
            if (HtmlArticleReader.TryParseDate(entry.Date, out var parsed) || TryParseRfc822(entry.Date, out parsed)) date = parsed;
            else warning = $"unreadable date '{JsonLinesReader.Shorten(entry.Date)}' ignored";
        }
        var article = new RawArticle
        {
            Text = body.Text, Title = entry.Title is null ? body.Title : WebUtility.HtmlDecode(entry.Title).Trim(),
            MetadataDate = date ?? JsonLinesReader.Plausible(body.MetadataDate), SourceName = entry.Source, Url = entry.Url, Origin = origin,
        };
        article.Warnings.AddRange(body.Warnings);
        if (warning != null) article.Warnings.Add(warning);
        return article;
    }

    /// <summary>RFC 822 dates with a zone name ("EST", "PDT") that .NET does not read: the date part is enough.</summary>
    private static bool TryParseRfc822(string value, out PartialDate date)
    {
        date = default;
        var match = Rfc822Date().Match(value);
        if (!match.Success) return false;
        var month = Array.IndexOf(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], match.Groups[2].Value.ToLowerInvariant()) + 1;
        var day = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var year = int.Parse(match.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture);
        if (month == 0 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = PartialDate.OfDay(year, month, day);
        return true;
    }

    [GeneratedRegex(@"\b(\d{1,2})\s+([A-Za-z]{3})[a-z]*\s+(\d{4})\b")]
    private static partial Regex Rfc822Date();

    /// <summary>Rewrites HTML named entities (&amp;nbsp; and friends) as numeric references, and stray '&amp;' as &amp;amp;.</summary>
    internal static string TranslateEntities(string xml)
    {
        if (!xml.Contains('&')) return xml;
        return EntityLike().Replace(xml, m =>
        {
            var name = m.Groups[1].Value;
            if (!m.Groups[2].Success) return "&amp;" + m.Value[1..];
            if (name.StartsWith('#') || name is "amp" or "lt" or "gt" or "quot" or "apos") return m.Value;
            var decoded = WebUtility.HtmlDecode(m.Value);
            if (decoded == m.Value) return "&amp;" + m.Value[1..];
            var sb = new StringBuilder();
            foreach (var rune in decoded.EnumerateRunes()) sb.Append("&#").Append(rune.Value).Append(';');
            return sb.ToString();
        });
    }

    [GeneratedRegex(@"&(#?[A-Za-z0-9]{0,32})(;)?")]
    private static partial Regex EntityLike();

    private static string? Value(XElement? element) => element is null ? null : string.IsNullOrWhiteSpace(element.Value) ? null : element.Value.Trim();

    private static string? FirstNonEmpty(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));

    private static IngestItem Failed(string origin, long bytes, string reason) =>
        new(origin, bytes, () => throw new ParleyInputException(origin, reason));
}
