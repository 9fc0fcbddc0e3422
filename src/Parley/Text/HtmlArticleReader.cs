using System.Globalization;
using System.Text;
using AngleSharp.Html.Parser;
using Parley.Time;

namespace Parley.Text;

/// <summary>
/// Reads an HTML page: the main text via SmartReader, the title, and a publication date from
/// the usual meta tags. Pathologically deep markup is read flat instead of parsed into a tree,
/// because a tree walker would exhaust the stack.
/// </summary>
public static class HtmlArticleReader
{
    /// <summary>Deeper markup than this is read flat.</summary>
    public const int MaxTreeDepth = 400;

    private static readonly string[] DateMetaNames =
    [
        "article:published_time", "og:published_time", "published_time", "pubdate", "publishdate",
        "publish-date", "date", "dc.date.issued", "dc.date", "dcterms.created", "sailthru.date", "parsely-pub-date",
    ];

    public static RawArticle Read(string html, string sourceName, string? url = null)
    {
        if (NestingDepthExceeds(html, MaxTreeDepth))
        {
            var flat = FlatText(html);
            if (string.IsNullOrWhiteSpace(flat)) throw new ParleyInputException(sourceName, "the HTML has no readable text");
            var article = new RawArticle { Text = flat, Origin = sourceName, Url = url };
            article.Warnings.Add($"markup nested deeper than {MaxTreeDepth} levels; read as flat text");
            return article;
        }

        var document = new HtmlParser().ParseDocument(html);
        var title = document.Title?.Trim();
        var date = MetadataDate(document);
        string? text = null;
        try
        {
            var parsed = SmartReader.Reader.ParseArticle(url ?? "http://localhost/", html);
            if (parsed.IsReadable && !string.IsNullOrWhiteSpace(parsed.TextContent)) text = parsed.TextContent;
            if (string.IsNullOrEmpty(title)) title = parsed.Title;
            // SmartReader reports DateTime.MinValue when it found nothing; only plausible dates count.
            if (date is null && parsed.PublicationDate is { Year: > 1800 and < 2200 } published) date = PartialDate.FromDate(DateOnly.FromDateTime(published));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // SmartReader gives up on some pages; the body text below is the fallback.
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            foreach (var element in document.QuerySelectorAll("script, style, noscript, template")) element.Remove();
            text = document.Body?.TextContent;
        }
        text = NormalizeLines(text ?? "");
        if (string.IsNullOrWhiteSpace(text)) throw new ParleyInputException(sourceName, "the HTML has no readable text");
        return new RawArticle { Text = text, Title = string.IsNullOrEmpty(title) ? null : title, MetadataDate = date, Origin = sourceName, Url = url };
    }

    private static PartialDate? MetadataDate(AngleSharp.Dom.IDocument document)
    {
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            var key = (meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop") ?? "").Trim().ToLowerInvariant();
            if (key.Length == 0) continue;
            if (Array.IndexOf(DateMetaNames, key) < 0 && key != "datepublished") continue;
            if (TryParseDate(meta.GetAttribute("content"), out var d)) return d;
        }
        foreach (var time in document.QuerySelectorAll("time[datetime]"))
            if (TryParseDate(time.GetAttribute("datetime"), out var d)) return d;
        return null;
    }

    /// <summary>Reads ISO dates and RFC 1123 dates; anything else is not a date.</summary>
    public static bool TryParseDate(string? value, out PartialDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(value)) return false;
        value = value.Trim();
        if (PartialDate.TryParse(value, out date)) return true;
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var dto)
            && dto.Year is > 1800 and < 2200)
        {
            date = PartialDate.FromDate(DateOnly.FromDateTime(dto.UtcDateTime));
            return true;
        }
        return false;
    }

    /// <summary>A cheap scan of tag depth that never builds a tree.</summary>
    internal static bool NestingDepthExceeds(string html, int limit)
    {
        var depth = 0;
        for (var i = 0; i < html.Length - 1; i++)
        {
            if (html[i] != '<') continue;
            var next = html[i + 1];
            if (next == '/') { if (depth > 0) depth--; }
            else if (char.IsLetter(next))
            {
                var close = html.IndexOf('>', i + 1);
                if (close < 0) break;
                if (html[close - 1] != '/' && !IsVoidTag(html.AsSpan(i + 1, close - i - 1)) && ++depth > limit) return true;
                i = close;
            }
        }
        return false;
    }

    private static bool IsVoidTag(ReadOnlySpan<char> tag)
    {
        var end = tag.IndexOfAny(' ', '\t', '\n');
        var name = end < 0 ? tag : tag[..end];
        foreach (var v in (string[])["br", "img", "meta", "link", "hr", "input", "area", "base", "col", "embed", "source", "track", "wbr", "p", "li"])
            if (name.Equals(v, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>Strips tags without parsing a tree; drops script and style content.</summary>
    internal static string FlatText(string html)
    {
        var sb = new StringBuilder(html.Length / 2);
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c != '<') { sb.Append(c); i++; continue; }
            var close = html.IndexOf('>', i);
            if (close < 0) break;
            var tag = html.AsSpan(i + 1, close - i - 1);
            if (tag.StartsWith("script", StringComparison.OrdinalIgnoreCase) || tag.StartsWith("style", StringComparison.OrdinalIgnoreCase))
            {
                var endName = tag.StartsWith("script", StringComparison.OrdinalIgnoreCase) ? "</script" : "</style";
                var end = html.IndexOf(endName, close, StringComparison.OrdinalIgnoreCase);
                i = end < 0 ? html.Length : html.IndexOf('>', end) + 1;
                if (i == 0) break;
                continue;
            }
            if (tag.StartsWith("p", StringComparison.OrdinalIgnoreCase) || tag.StartsWith("br", StringComparison.OrdinalIgnoreCase)
                || tag.StartsWith("div", StringComparison.OrdinalIgnoreCase) || tag.StartsWith("/p", StringComparison.OrdinalIgnoreCase))
                sb.Append('\n');
            i = close + 1;
        }
        return NormalizeLines(System.Net.WebUtility.HtmlDecode(sb.ToString()));
    }

    /// <summary>Trims each line, collapses runs of spaces, and drops empty lines.</summary>
    internal static string NormalizeLines(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.Replace('\u00A0', ' ').Replace('\t', ' ').Replace("\r", "").Trim();
            if (line.Length == 0) continue;
            while (line.Contains("  ", StringComparison.Ordinal)) line = line.Replace("  ", " ", StringComparison.Ordinal);
            if (sb.Length > 0) sb.Append('\n');
            sb.Append(line);
        }
        return sb.ToString();
    }
}
