using System.Text.Json;
using Parley.Output;
using Parley.Storage;
using Parley.Time;

namespace Parley.Web.Tests.Support;

/// <summary>
/// A small store kept in memory, with the semantics the web API relies on, used until the SQLite
/// store is available to these tests.
/// </summary>
internal sealed class InMemoryStore : IStoreReader, IArticleStore
{
    private readonly object _lock = new();
    private readonly List<(ArticleSummary Summary, string Json, string Text)> _articles = [];
    private readonly List<StoredEvent> _events = [];
    private readonly List<StoredClaim> _claims = [];

    public SaveOutcome Save(AnalysisResult result)
    {
        lock (_lock)
        {
            if (Contains(result.Article.Id)) return SaveOutcome.AlreadyStored;
            var json = AnalysisJsonMapper.ToJson(result);
            var a = json.Article;
            _articles.Add((new ArticleSummary(a.Id, a.Title, a.Published.Value == "unknown" ? null : a.Published.Value,
                a.Published.Basis, a.Source, a.Url, DateTimeOffset.UtcNow, json.Events.Count, json.Claims.Count),
                JsonSerializer.Serialize(json, ContractJson.Options), result.Article.Text));
            foreach (var e in json.Events)
                _events.Add(new StoredEvent(_events.Count + 1, a.Id, e, 1,
                    [new EvidenceRef(a.Id, e.Evidence.Sentence, e.Evidence.Text, e.Evidence.Start, e.Evidence.End)]));
            foreach (var c in json.Claims) _claims.Add(new StoredClaim(a.Id, c));
            return SaveOutcome.Stored;
        }
    }

    public bool Contains(string articleId)
    {
        lock (_lock) return _articles.Any(x => x.Summary.Id == articleId);
    }

    public StoreCounts Counts()
    {
        lock (_lock) return new StoreCounts(_articles.Count, _events.Count, _events.Count, 0, _claims.Count);
    }

    public void Dispose() { }

    public IReadOnlyList<ArticleSummary> ListArticles(int offset, int limit)
    {
        lock (_lock) return _articles.Select(x => x.Summary).Reverse().Skip(offset).Take(limit).ToList();
    }

    public string? GetAnalysisJson(string articleId)
    {
        lock (_lock) return _articles.FirstOrDefault(x => x.Summary.Id == articleId).Json;
    }

    public string? GetArticleText(string articleId)
    {
        lock (_lock) return _articles.FirstOrDefault(x => x.Summary.Id == articleId).Text;
    }

    public IEnumerable<StoredEvent> QueryEvents(EventQuery query)
    {
        List<StoredEvent> snapshot;
        lock (_lock) snapshot = _events.Where(e => Matches(e, query)).ToList();
        var page = snapshot.Skip(query.Offset);
        return query.Limit is { } limit ? page.Take(limit) : page;
    }

    public long CountEvents(EventQuery query)
    {
        lock (_lock) return _events.Count(e => Matches(e, query));
    }

    public IReadOnlyList<StoredClaim> QueryClaims(string? verdict, int offset, int limit)
    {
        lock (_lock) return _claims.Where(c => verdict is null || c.Claim.Verdict == verdict).Skip(offset).Take(limit).ToList();
    }

    private static bool Matches(StoredEvent stored, EventQuery q)
    {
        var e = stored.Event;
        if (q.Dyad is { } d && !((Is(e.Source, d.A) && Is(e.Target, d.B)) || (Is(e.Source, d.B) && Is(e.Target, d.A)))) return false;
        if (q.Actor is { } actor && !Is(e.Source, actor) && !Is(e.Target, actor)) return false;
        if (q.Root is not null && e.Root != q.Root) return false;
        if (q.Code is not null && e.Cameo != q.Code) return false;
        if (q.Plover is not null && !string.Equals(e.Plover, q.Plover, StringComparison.OrdinalIgnoreCase)) return false;
        if (q.Modality is not null && e.Modality != q.Modality) return false;
        if (q.Historical is { } h && e.Historical != h) return false;
        if (q.ArticleId is not null && stored.ArticleId != q.ArticleId) return false;
        if (q.From is not null || q.To is not null)
        {
            if (!PartialDate.TryParse(e.Date.Value, out var date)) return false;
            if (q.From is { } from && date.LastDay < from.FirstDay) return false;
            if (q.To is { } to && date.FirstDay > to.LastDay) return false;
        }
        return true;
    }

    private static bool Is(ActorJson? side, string actor) =>
        side is not null && (string.Equals(side.Code, actor, StringComparison.OrdinalIgnoreCase)
                             || string.Equals(side.Country, actor, StringComparison.OrdinalIgnoreCase));
}
