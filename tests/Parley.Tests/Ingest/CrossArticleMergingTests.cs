using Microsoft.Data.Sqlite;
using Parley.Ingest;
using Parley.Storage;
using Parley.Storage.Sqlite;
using Parley.Tests.Support;

namespace Parley.Tests.Ingest;

/// <summary>
/// Three outlets report Iran's refusal of talks with the United States in their own words (one
/// of them a day later, as HTML); a fourth reports sanctions. Through the whole pipeline, the
/// refusal is stored as one event with three reports, and the sanctions stay a separate event.
/// </summary>
public sealed class CrossArticleMergingTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _temp.Dispose();
    }

    [Fact]
    public async Task One_refusal_reported_three_ways_is_one_stored_event()
    {
        var lines = new[]
        {
            """{"text": "TEHRAN, June 2, 2025 - Iran rejected talks with the United States on Monday, the foreign ministry said.", "published": "2025-06-02", "source": "Wire A"}""",
            """{"text": "Iran on Monday refused to negotiate with the United States, officials in Tehran said. The decision came after weeks of pressure.", "published": "2025-06-02", "source": "Wire B"}""",
            """{"html": "<html><body><article><p>Iranian leaders on Monday turned down an American offer of direct negotiations, a government spokesman told reporters.</p><p>Analysts expect the pressure to grow.</p></article></body></html>", "published": "2025-06-03", "source": "Daily C"}""",
            """{"text": "The United States imposed new sanctions on Iran on Tuesday, the Treasury said.", "published": "2025-06-03", "source": "Wire A"}""",
        };
        var input = _temp.Write("reports.jsonl", string.Join('\n', lines) + "\n");
        using var store = SqliteStore.Open(_temp.File("merge.db"));
        var runner = new IngestRunner(Pipeline.Load(RepoPaths.Resources), store, new IngestOptions { Jobs = 2 });
        var (inputs, failures) = InputExpander.Expand([input]);
        var summary = await runner.RunAsync(inputs, failures);
        Assert.Equal(4, summary.New);

        var refusals = store.QueryEvents(new EventQuery { Dyad = ("IRN", "USA"), Root = "12" }).ToList();
        var refusal = Assert.Single(refusals);
        Assert.Equal("IRN", refusal.Event.Source?.Country);
        Assert.Equal(3, refusal.Evidence.Select(e => e.ArticleId).Distinct().Count());
        Assert.True(refusal.Reports >= 3);

        var sanctions = Assert.Single(store.QueryEvents(new EventQuery { Dyad = ("IRN", "USA"), Root = "16" }));
        Assert.Equal(1, sanctions.Reports);

        var counts = store.Counts();
        Assert.True(counts.EventReports > counts.Events, $"{counts.EventReports} reports should exceed {counts.Events} merged events");
    }
}
