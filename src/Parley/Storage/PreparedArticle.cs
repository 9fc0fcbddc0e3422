using System.Text.Json;
using Parley.Output;
using Parley.Time;

namespace Parley.Storage;

/// <summary>
/// An analysis turned into what every store backend writes: the contract JSON of the whole
/// analysis and of each event, with the derived columns (merge key, date range) computed once,
/// outside the write lock.
/// </summary>
public sealed record PreparedArticle(AnalysisJson Analysis, string AnalysisJsonText, string Text, string? Origin, IReadOnlyList<PreparedEvent> Events)
{
    public string Id => Analysis.Article.Id;

    public static PreparedArticle From(AnalysisResult result)
    {
        var analysis = AnalysisJsonMapper.ToJson(result);
        var events = analysis.Events.Select(PreparedEvent.From).ToList();
        return new PreparedArticle(analysis, JsonSerializer.Serialize(analysis, ContractJson.Options),
            result.Article.Text, result.Article.Origin, events);
    }
}

/// <summary>One event report ready to store: its JSON, merge key, and the days its date can denote.</summary>
public sealed record PreparedEvent(EventJson Event, string Json, EventMergeKey? MergeKey, string? FirstDay, string? LastDay)
{
    public static PreparedEvent From(EventJson e)
    {
        string? first = null, last = null;
        if (PartialDate.TryParse(e.Date.Value, out var date) && date.IsKnown)
        {
            first = date.FirstDay.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            last = date.LastDay.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        }
        return new PreparedEvent(e, JsonSerializer.Serialize(e, ContractJson.Options), EventMergeRule.KeyOf(e), first, last);
    }
}
