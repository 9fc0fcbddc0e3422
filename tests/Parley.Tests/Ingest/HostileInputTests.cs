using System.Text;
using Microsoft.Data.Sqlite;
using Parley.Ingest;
using Parley.Storage;
using Parley.Storage.Sqlite;
using Parley.Tests.Support;

namespace Parley.Tests.Ingest;

/// <summary>
/// Hostile files ingested together with good ones: each gives a clear message or a clean skip,
/// the good articles are stored, and nothing crashes.
/// </summary>
public sealed class HostileInputTests : IDisposable
{
    private static readonly Lazy<Pipeline> SharedPipeline = new(() => Pipeline.Load(RepoPaths.Resources));
    private readonly TempFolder _temp = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _temp.Dispose();
    }

    [Fact]
    public async Task Hostile_files_are_reported_or_skipped_and_good_articles_are_stored()
    {
        var dir = Path.Combine(_temp.Path, "in");
        _temp.Write("in/good-1.txt", "Iran rejected talks with the United States on Monday, officials said.\n\nThe statement followed new sanctions.");
        _temp.Write("in/good-2.html", "<html><head><title>Talks</title></head><body><article><p>Russia offered on Tuesday to host talks between Iran and the United States.</p><p>Diplomats welcomed the offer.</p></article></body></html>");
        _temp.Write("in/empty.txt", "");
        _temp.Write("in/binary.txt", Enumerable.Range(0, 4096).Select(i => (byte)(i * 7 % 256)).ToArray());
        _temp.Write("in/invalid-utf8.txt", [.. "Tehran said the talks "u8, 0xC3, 0x28, 0xFF, .. " were over.\n"u8]);
        _temp.Write("in/utf16-bom.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Oman offered to mediate between the two governments on Wednesday.")]);
        _temp.Write("in/utf16-no-bom.txt", Encoding.Unicode.GetBytes("Qatar urged both sides to return to negotiations on Thursday."));
        WriteLargeText(_temp.File("in/huge.txt"), 50L * 1024 * 1024);
        _temp.Write("in/deep.html", "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + "Deep text about the talks." + string.Concat(Enumerable.Repeat("</div>", 100_000)) + "</body></html>");
        _temp.Write("in/all-script.html", "<html><head><style>body { color: red; }</style><script>var talks = 'none';</script></head><body><script>document.write('x');</script><style>p {}</style></body></html>");
        _temp.Write("in/run-on.txt", string.Join(' ', Enumerable.Repeat("the ministers talked and talked", 7000))[..200_000]);
        _temp.Write("in/non-english.txt", "Тегеран отверг переговоры с Вашингтоном в понедельник. وزارت خارجه ایران این پیشنهاد را رد کرد.");
        _temp.Write("in/feed.xml", """
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"><channel><title>Wire &amp; Co&nbsp;News</title>
              <item><title>Envoys meet&hellip;</title><description>&lt;p&gt;Envoys from France met Iranian officials in Geneva&nbsp;on Friday.&lt;/p&gt;</description><pubDate>Friday, the 13th-ish of Nevuary</pubDate></item>
              <item><title>Sanctions</title><description>The United States imposed new sanctions on Iran &mdash; officials said &copy; Wire.</description><pubDate>Mon, 02 Jun 2025 10:00:00 EST</pubDate></item>
              <item><title>Nothing</title><description></description></item>
            </channel></rss>
            """);
        _temp.Write("in/lines.jsonl",
            """{"text": "Turkey called for calm between Iran and Israel on Saturday.", "published": "2025-06-07", "source": "Example Wire"}""" + "\n" +
            """{"text": "this line is cut off""" + "\n" +
            """{"html": "<p>Egypt hosted a meeting of foreign ministers on Sunday.</p>", "title": "Cairo meeting", "published": "31/31/2025"}""" + "\n");

        var dbPath = _temp.File("store.db");
        using var store = SqliteStore.Open(dbPath);
        var (inputs, listing) = InputExpander.Expand([dir]);
        var runner = new IngestRunner(SharedPipeline.Value, store, new IngestOptions { Jobs = 2, ArticleTimeLimit = TimeSpan.FromSeconds(60) });
        var summary = await runner.RunAsync(inputs, listing);

        var failures = summary.Failures.ToDictionary(f => Path.GetFileName(f.Origin), f => f.Reason);
        var stored = StoredOrigins(dbPath).Select(Path.GetFileName).ToHashSet();

        // Every input is accounted for exactly once: stored, or failed with a one-line reason.
        var expectedItems = new[]
        {
            "good-1.txt", "good-2.html", "empty.txt", "binary.txt", "invalid-utf8.txt", "utf16-bom.txt", "utf16-no-bom.txt",
            "huge.txt", "deep.html", "all-script.html", "run-on.txt", "non-english.txt",
            "feed.xml#item1", "feed.xml#item2", "feed.xml#item3", "lines.jsonl:1", "lines.jsonl:2", "lines.jsonl:3",
        };
        foreach (var item in expectedItems)
            Assert.True(stored.Contains(item) ^ failures.ContainsKey(item), $"{item}: stored={stored.Contains(item)}, failed={failures.ContainsKey(item)}");
        Assert.Equal(expectedItems.Length, stored.Count + failures.Count);
        Assert.All(failures.Values, reason => Assert.DoesNotContain('\n', reason));

        // The good articles and the readable parts of mixed files are stored.
        foreach (var good in new[] { "good-1.txt", "good-2.html", "utf16-bom.txt", "non-english.txt", "invalid-utf8.txt",
                                     "feed.xml#item1", "feed.xml#item2", "lines.jsonl:1", "lines.jsonl:3" })
            Assert.Contains(good, stored);

        // The plainly bad inputs are refused with a reason that says why.
        Assert.Contains("empty", failures["empty.txt"]);
        Assert.Contains("binary", failures["binary.txt"], StringComparison.OrdinalIgnoreCase);
        Assert.Contains("limit", failures["huge.txt"]);
        Assert.Contains("no readable text", failures["all-script.html"]);
        Assert.Contains("JSON", failures["lines.jsonl:2"]);
        Assert.Contains("no content", failures["feed.xml#item3"]);
        Assert.Equal(summary.Failed, failures.Count);

        // Entities are decoded, malformed dates ignored with a warning, readable ones kept.
        var feedItem1 = Analysis(store, dbPath, "feed.xml#item1");
        Assert.Equal("Envoys meet\u2026", feedItem1.GetProperty("article").GetProperty("title").GetString());
        var feedText = store.GetArticleText(feedItem1.GetProperty("article").GetProperty("id").GetString()!)!;
        Assert.Contains("Geneva on Friday", feedText.Replace('\u00a0', ' '));
        Assert.Equal("unknown", feedItem1.GetProperty("article").GetProperty("published").GetProperty("value").GetString());
        Assert.Contains(feedItem1.GetProperty("article").GetProperty("warnings").EnumerateArray(), w => w.GetString()!.Contains("unreadable date"));
        var feedItem2 = Analysis(store, dbPath, "feed.xml#item2");
        Assert.Equal("2025-06-02", feedItem2.GetProperty("article").GetProperty("published").GetProperty("value").GetString());
        var jsonLine3 = Analysis(store, dbPath, "lines.jsonl:3");
        Assert.Equal("Cairo meeting", jsonLine3.GetProperty("article").GetProperty("title").GetString());
    }

    private static void WriteLargeText(string path, long bytes)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var line = Encoding.UTF8.GetBytes("The delegations met again and agreed to continue the talks next week.\n");
        using var file = File.Create(path);
        for (long written = 0; written < bytes; written += line.Length) file.Write(line);
    }

    private static List<string> StoredOrigins(string dbPath)
    {
        using var connection = new SqliteConnection($"Data Source={dbPath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT origin FROM articles";
        using var reader = command.ExecuteReader();
        var list = new List<string>();
        while (reader.Read()) list.Add(reader.GetString(0));
        return list;
    }

    private static System.Text.Json.JsonElement Analysis(IStore store, string dbPath, string originName)
    {
        using var connection = new SqliteConnection($"Data Source={dbPath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, origin FROM articles";
        using var reader = command.ExecuteReader();
        while (reader.Read())
            if (Path.GetFileName(reader.GetString(1)) == originName)
                return System.Text.Json.JsonDocument.Parse(store.GetAnalysisJson(reader.GetString(0))!).RootElement.Clone();
        throw new InvalidOperationException(originName + " is not stored");
    }
}
