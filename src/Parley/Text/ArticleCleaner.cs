using Parley.Time;

namespace Parley.Text;

/// <summary>
/// Removes boilerplate and footnote markers and finds the publication date.
/// PLACEHOLDER: keeps the text as it is.
/// </summary>
public sealed class ArticleCleaner
{
    public static ArticleCleaner Load(ResourcePaths paths) => new();

    public Article Clean(RawArticle raw, PartialDate? published = null) => new()
    {
        Id = ContentHash.Of(raw.Text),
        Title = raw.Title,
        OriginalText = raw.Text,
        Text = raw.Text,
        Removed = [],
        OffsetMap = OffsetMap.Identity,
        Published = published ?? raw.MetadataDate,
        PublishedBasis = published is not null ? PublishedBasis.Argument
            : raw.MetadataDate is not null ? PublishedBasis.Metadata : PublishedBasis.Unknown,
        SourceName = raw.SourceName,
        Url = raw.Url,
        Origin = raw.Origin,
        Warnings = raw.Warnings,
    };
}
