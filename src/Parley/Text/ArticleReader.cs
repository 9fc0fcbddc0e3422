namespace Parley.Text;

/// <summary>Reads one article from a file, standard input or a string, as plain text or HTML.</summary>
public static class ArticleReader
{
    /// <summary>Largest file read by default (bytes); larger input is refused with a clear message.</summary>
    public const long DefaultMaxBytes = 20L * 1024 * 1024;

    public static RawArticle ReadFile(string path, long maxBytes = DefaultMaxBytes)
    {
        if (Directory.Exists(path)) throw new ParleyInputException(path, "is a directory, not a file");
        if (!File.Exists(path)) throw new ParleyInputException(path, "no such file");
        var info = new FileInfo(path);
        if (info.Length > maxBytes)
            throw new ParleyInputException(path, $"the file is {info.Length:N0} bytes, over the limit of {maxBytes:N0}");
        byte[] bytes;
        try { bytes = File.ReadAllBytes(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ParleyInputException(path, "cannot be read: " + e.Message);
        }
        return ReadBytes(bytes, path, IsHtmlName(path));
    }

    public static RawArticle ReadStream(Stream stream, string sourceName, long maxBytes = DefaultMaxBytes)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes) throw new ParleyInputException(sourceName, $"input over the limit of {maxBytes:N0} bytes");
        }
        return ReadBytes(buffer.ToArray(), sourceName, htmlHint: null);
    }

    /// <summary>Decodes bytes and reads them as HTML (when named so or when they look like markup) or as text.</summary>
    public static RawArticle ReadBytes(byte[] bytes, string sourceName, bool? htmlHint)
    {
        var decoded = TextDecoder.Decode(bytes, sourceName);
        var article = htmlHint ?? LooksLikeHtml(decoded.Text)
            ? HtmlArticleReader.Read(decoded.Text, sourceName)
            : ReadPlainText(decoded.Text, sourceName);
        if (decoded.Warning != null) article.Warnings.Add(decoded.Warning);
        return article;
    }

    public static RawArticle ReadPlainText(string text, string sourceName)
    {
        var normalized = text.Replace("\r\n", "\n").Replace('\r', '\n');
        if (string.IsNullOrWhiteSpace(normalized)) throw new ParleyInputException(sourceName, "the file has no text");
        return new RawArticle { Text = normalized, Origin = sourceName };
    }

    private static bool IsHtmlName(string path) =>
        path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".xhtml", StringComparison.OrdinalIgnoreCase);

    private static bool LooksLikeHtml(string text)
    {
        var start = text.AsSpan(0, Math.Min(text.Length, 1024)).TrimStart();
        return start.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
               || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
    }
}
