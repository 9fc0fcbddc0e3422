using System.Text.Json;
using Parley.Output;
using Parley.Storage;

namespace Parley.Export;

/// <summary>
/// The Event shape of docs/contracts.md with the merged event's store id, report count and
/// evidence: a JSON array (json) or one object per line (jsonl).
/// </summary>
public sealed class JsonEventExporter(bool lines) : IEventExporter
{
    private bool _first = true;

    public sealed record StoredEventJson(long EventId, string ArticleId, int Reports, EventJson Event, IReadOnlyList<EvidenceRef> Reported);

    public void Begin(TextWriter writer)
    {
        if (!lines) writer.Write('[');
    }

    public void Write(TextWriter writer, StoredEvent stored)
    {
        var json = JsonSerializer.Serialize(new StoredEventJson(stored.EventId, stored.ArticleId, stored.Reports, stored.Event, stored.Evidence), ContractJson.Options);
        if (lines) { writer.Write(json); writer.Write('\n'); return; }
        if (!_first) writer.Write(',');
        writer.Write('\n');
        writer.Write(json);
        _first = false;
    }

    public void End(TextWriter writer)
    {
        if (!lines) writer.Write(_first ? "]\n" : "\n]\n");
    }
}
