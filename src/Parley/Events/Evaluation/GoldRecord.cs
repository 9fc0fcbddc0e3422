using System.Text.Json;
using Parley.Time;

namespace Parley.Events.Evaluation;

/// <summary>One expected event: actor codes as the gold file writes them and a CAMEO code or PLOVER type.</summary>
public sealed record GoldEvent(string? Source, string? Target, string Code);

/// <summary>One line of a gold file: text, story date, expected events.</summary>
public sealed record GoldRecord(string Id, string Text, PartialDate? Date, IReadOnlyList<GoldEvent> Events, bool ExpectNoEvents, bool Evaluate);

/// <summary>
/// Reads the gold JSON Lines format (<c>{"id","text","date","events":[{"source","target","code"}],"meta"}</c>);
/// an event's <c>source_sector</c> and <c>target_sector</c>, where given, complete its actor codes.
/// </summary>
public static class GoldReader
{
    public static List<GoldRecord> Read(string path)
    {
        if (Directory.Exists(path)) throw new ParleyInputException(path, $"is a directory, not a gold file");
        if (!File.Exists(path)) throw new ParleyInputException(path, $"no such file");
        var records = new List<GoldRecord>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            try
            {
                records.Add(Parse(line));
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException)
            {
                throw new ParleyInputException(path, $"line {lineNumber}: not a gold record ({e.Message})");
            }
        }
        if (records.Count == 0) throw new ParleyInputException(path, $"no records");
        return records;
    }

    private static GoldRecord Parse(string line)
    {
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        var id = root.GetProperty("id").ToString();
        var text = root.GetProperty("text").GetString() ?? "";
        PartialDate? date = null;
        if (root.TryGetProperty("date", out var d) && d.ValueKind == JsonValueKind.String)
        {
            var s = d.GetString()!;
            if (PartialDate.TryParse(s.Length >= 10 ? s[..10] : s, out var parsed)) date = parsed;
        }
        var events = new List<GoldEvent>();
        if (root.TryGetProperty("events", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var e in list.EnumerateArray())
            {
                var code = e.TryGetProperty("code", out var c) ? c.ToString() : "";
                if (code.Length == 0) continue;
                events.Add(new GoldEvent(WithSector(Str(e, "source"), Str(e, "source_sector")), WithSector(Str(e, "target"), Str(e, "target_sector")), code));
            }
        }
        var expectNone = false;
        var evaluate = true;
        if (root.TryGetProperty("meta", out var meta) && meta.ValueKind == JsonValueKind.Object)
        {
            if (meta.TryGetProperty("expect", out var expect) && expect.ValueKind == JsonValueKind.String)
                expectNone = expect.GetString() is "noevents" or "noevent";
            if (meta.TryGetProperty("evaluate", out var ev) && ev.ValueKind == JsonValueKind.String)
                evaluate = !string.Equals(ev.GetString(), "false", StringComparison.OrdinalIgnoreCase);
        }
        return new GoldRecord(id, text, date, events, expectNone, evaluate);
    }

    /// <summary>PLOVER records give the sector apart ("HUN" + "GOV"): the CAMEO-style code joins them, as the coder writes it.</summary>
    private static string? WithSector(string? actor, string? sector) =>
        actor is { Length: 3 } && sector is { Length: 3 } && sector.All(char.IsAsciiLetterUpper) ? actor + sector : actor;

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s ? s : null;
}
