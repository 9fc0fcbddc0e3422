using Parley.Time;

namespace Parley.Text;

/// <summary>How the publication date was found.</summary>
public enum PublishedBasis { Argument, Metadata, Dateline, Copyright, Unknown }

/// <summary>What a reader produced: decoded text and metadata, before cleaning.</summary>
public sealed class RawArticle
{
    public required string Text { get; init; }
    public string? Title { get; init; }
    /// <summary>Publication date read from metadata (HTML meta tags, a feed item, a JSON field).</summary>
    public PartialDate? MetadataDate { get; init; }
    public string? SourceName { get; init; }
    public string? Url { get; init; }
    /// <summary>File path or other origin, for messages.</summary>
    public string? Origin { get; init; }
    public List<string> Warnings { get; } = new();
}

/// <summary>A piece of the original text the cleaner removed, with its span in the original.</summary>
public sealed record Removal(string Kind, string Text, int Start, int End);

/// <summary>A cleaned article ready for analysis.</summary>
public sealed class Article
{
    /// <summary>Content hash of the cleaned text (hex SHA-256 prefix); the store's identity.</summary>
    public required string Id { get; init; }
    public string? Title { get; init; }
    public required string OriginalText { get; init; }
    public required string Text { get; init; }
    public required IReadOnlyList<Removal> Removed { get; init; }
    /// <summary>Maps an offset in <see cref="Text"/> back to <see cref="OriginalText"/>.</summary>
    public required OffsetMap OffsetMap { get; init; }
    public PartialDate? Published { get; set; }
    public PublishedBasis PublishedBasis { get; set; } = PublishedBasis.Unknown;
    public string? SourceName { get; init; }
    public string? Url { get; init; }
    public string? Origin { get; init; }
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
