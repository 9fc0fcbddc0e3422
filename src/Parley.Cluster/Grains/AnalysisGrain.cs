using Orleans.Concurrency;
using Parley.Output;
using Parley.Storage;

namespace Parley.Cluster.Grains;

/// <summary>
/// Cleans, analyses and stores a batch of articles on the silo that received it. The batch is
/// written in one store transaction; an article already stored (same content hash) is skipped
/// before analysis and again inside the transaction, so a batch resent after a timeout or a
/// silo crash stores nothing twice.
/// </summary>
[StatelessWorker]
public sealed class AnalysisGrain(Pipeline pipeline, IStore store, ILocalSiloDetails silo) : Grain, IAnalysisGrain
{
    public async Task<ArticleReply[]> IngestBatch(ArticleSubmission[] batch)
    {
        // Analysis is CPU-bound and synchronous: run it off the grain's turn.
        var (replies, analysed) = await Task.Run(() => Analyse(batch));
        if (analysed.Count > 0) Store(analysed, replies);
        await Report(replies, analysed);
        return replies;
    }

    public Task<StoreTally> StoreCounts()
    {
        var counts = store.Counts();
        return Task.FromResult(new StoreTally(counts.Articles, counts.Events, counts.EventReports));
    }

    private (ArticleReply[] Replies, List<(int Index, AnalysisResult Result)> Analysed) Analyse(ArticleSubmission[] batch)
    {
        var replies = new ArticleReply[batch.Length];
        var analysed = new List<(int, AnalysisResult)>();
        for (var i = 0; i < batch.Length; i++)
        {
            var submission = batch[i];
            try
            {
                var article = pipeline.Clean(submission.ToRawArticle());
                if (string.IsNullOrWhiteSpace(article.Text))
                    replies[i] = Failed(submission, "no text is left after cleaning");
                else if (store.Contains(article.Id))
                    replies[i] = new ArticleReply(submission.Origin, ArticleOutcome.AlreadyStored, article.Id, 0, 0, null);
                else
                    analysed.Add((i, pipeline.Analyze(article)));
            }
            catch (ParleyInputException e) { replies[i] = Failed(submission, e.Problem); }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                replies[i] = Failed(submission, $"analysis failed: {e.GetType().Name}: {e.Message}");
            }
        }
        return (replies, analysed);
    }

    private void Store(List<(int Index, AnalysisResult Result)> analysed, ArticleReply[] replies)
    {
        var outcomes = store.SaveBatch(analysed.Select(a => a.Result).ToList());
        for (var k = 0; k < analysed.Count; k++)
        {
            var (index, result) = analysed[k];
            replies[index] = outcomes[k] == SaveOutcome.Stored
                ? new ArticleReply(result.Article.Origin ?? result.Article.Id, ArticleOutcome.Stored, result.Article.Id,
                    result.Document.Sentences.Count, result.Document.Events.Count, null)
                : new ArticleReply(result.Article.Origin ?? result.Article.Id, ArticleOutcome.AlreadyStored, result.Article.Id, 0, 0, null);
        }
    }

    /// <summary>Tells the dyad grains which dyads changed and this silo's counter how much was done.</summary>
    private async Task Report(ArticleReply[] replies, List<(int Index, AnalysisResult Result)> analysed)
    {
        var touched = new List<Task>();
        foreach (var (index, result) in analysed)
        {
            if (replies[index].Outcome != ArticleOutcome.Stored) continue;
            var dyads = AnalysisJsonMapper.ToJson(result).Events
                .Select(e => DyadKey.Of(EventMergeRule.ActorKey(e.Source), EventMergeRule.ActorKey(e.Target)))
                .OfType<string>().Distinct();
            foreach (var dyad in dyads) touched.Add(GrainFactory.GetGrain<IDyadGrain>(dyad).Touch(result.Article.Id));
        }
        var stored = replies.Where(r => r.Outcome == ArticleOutcome.Stored).ToList();
        touched.Add(GrainFactory.GetGrain<IThroughputGrain>(silo.SiloAddress.ToString())
            .Add(replies.Length, stored.Sum(r => r.Sentences)));
        // The articles are committed; these tallies are advisory (recounted from the store), so a
        // grain on a silo that just died must not hold up the reply until it is declared dead.
        try { await Task.WhenAll(touched).WaitAsync(ReportLimit); }
        catch (Exception e) when (e is TimeoutException or OrleansException or OperationCanceledException) { }
    }

    private static readonly TimeSpan ReportLimit = TimeSpan.FromSeconds(5);

    private static ArticleReply Failed(ArticleSubmission s, string reason) => new(s.Origin, ArticleOutcome.Failed, null, 0, 0, reason);
}

/// <summary>The key of a dyad grain: both sides, sorted, so "USA|IRN" and "IRN|USA" are one grain.</summary>
public static class DyadKey
{
    public static string? Of(string? a, string? b)
    {
        if (string.IsNullOrEmpty(a) || string.IsNullOrEmpty(b)) return null;
        return string.CompareOrdinal(a, b) <= 0 ? $"{a}|{b}" : $"{b}|{a}";
    }

    public static (string A, string B) Sides(string key)
    {
        var bar = key.IndexOf('|');
        return (key[..bar], key[(bar + 1)..]);
    }
}
