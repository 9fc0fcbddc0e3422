using Parley.Storage;

namespace Parley.Export;

/// <summary>
/// Writes stored events in one format, one event at a time, so exports of any size run in
/// constant memory. <see cref="Begin"/> and <see cref="End"/> frame the stream (a header row,
/// the brackets of a JSON array).
/// </summary>
public interface IEventExporter
{
    void Begin(TextWriter writer);
    void Write(TextWriter writer, StoredEvent stored);
    void End(TextWriter writer);
}

/// <summary>Article facts an export needs beside the event (GDELT's SOURCEURL, PLOVER's source).</summary>
public delegate ArticleFacts? ArticleLookup(string articleId);


public static class EventExporters
{
    public static readonly string[] Formats = ["json", "jsonl", "csv", "gdelt", "plover"];

    /// <summary>An article lookup that remembers recent answers (events of one article come together).</summary>
    public static ArticleLookup Cached(Func<string, ArticleFacts?> lookup)
    {
        var cache = new Dictionary<string, ArticleFacts?>(StringComparer.Ordinal);
        return id =>
        {
            if (cache.TryGetValue(id, out var facts)) return facts;
            if (cache.Count >= 10_000) cache.Clear();
            return cache[id] = lookup(id);
        };
    }

    public static IEventExporter For(string format, ArticleLookup articles) => format switch
    {
        "json" => new JsonEventExporter(lines: false),
        "jsonl" => new JsonEventExporter(lines: true),
        "csv" => new CsvEventExporter(),
        "gdelt" => new GdeltEventExporter(articles),
        "plover" => new PloverEventExporter(articles),
        _ => throw new ArgumentException($"unknown export format '{format}'", nameof(format)),
    };

    /// <summary>Streams every event through the exporter; returns how many were written.</summary>
    public static long Export(IEnumerable<StoredEvent> events, IEventExporter exporter, TextWriter writer)
    {
        exporter.Begin(writer);
        long count = 0;
        foreach (var e in events)
        {
            exporter.Write(writer, e);
            count++;
        }
        exporter.End(writer);
        writer.Flush();
        return count;
    }
}
