using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.VisualBasic.FileIO;
using Parley.Export;
using Parley.Storage;
using Parley.Storage.Sqlite;
using Parley.Tests.Support;
using static Parley.Tests.Storage.StoreTestData;

namespace Parley.Tests.Export;

public sealed class EventExportTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly SqliteStore _store;

    public EventExportTests()
    {
        _store = SqliteStore.Open(_temp.File("export.db"));
        // Evidence with a comma, a double quote and a line break, to exercise quoting.
        _store.Save(Article("Iran said \"no\", and rejected talks.\nThe U.S. responded. Later, more.",
            new EventSpec("IRN", "USA", "125", "2025-06-01", 0.99), new EventSpec("USA", "IRN", "163", "2025-06-03")));
        _store.Save(Article("Tehran turned down the offer of talks.", new EventSpec("IRN", "USA", "125", "2025-06-02", 0.95)));
        _store.Save(Article("Russia offered to mediate.", new EventSpec("RUS", "IRN", "031", "2025-05")));
        _store.Save(Article("Undated and without a target.", new EventSpec("IRN", null, "100", null)));
    }

    public void Dispose()
    {
        _store.Dispose();
        SqliteConnection.ClearAllPools();
        _temp.Dispose();
    }

    private string Export(string format, EventQuery? query = null)
    {
        using var writer = new StringWriter();
        EventExporters.Export(_store.QueryEvents(query ?? new EventQuery()), EventExporters.For(format, EventExporters.Cached(_store.GetArticleFacts)), writer);
        return writer.ToString();
    }

    [Fact]
    public void Json_and_json_lines_hold_every_stored_event_with_its_reports()
    {
        var stored = _store.Counts().Events;
        using var array = JsonDocument.Parse(Export("json"));
        Assert.Equal(stored, array.RootElement.GetArrayLength());
        var merged = array.RootElement.EnumerateArray().Single(e => e.GetProperty("event").GetProperty("cameo").GetString() == "125");
        Assert.Equal(2, merged.GetProperty("reports").GetInt32());
        Assert.Equal(2, merged.GetProperty("reported").GetArrayLength());

        var lines = Export("jsonl").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(stored, lines.Length);
        Assert.All(lines, l => Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(l).RootElement.ValueKind));
    }

    [Fact]
    public void Csv_is_read_back_by_a_standard_parser()
    {
        var csv = Export("csv");
        using var parser = new TextFieldParser(new StringReader(csv)) { HasFieldsEnclosedInQuotes = true, TextFieldType = FieldType.Delimited };
        parser.SetDelimiters(",");
        var header = parser.ReadFields()!;
        Assert.Equal(CsvEventExporter.Columns, header);
        var rows = new List<string[]>();
        while (!parser.EndOfData) rows.Add(parser.ReadFields()!);
        Assert.Equal(_store.Counts().Events, rows.Count);
        Assert.All(rows, r => Assert.Equal(header.Length, r.Length));
        var col = (string name) => Array.IndexOf(header, name);
        var rejection = rows.Single(r => r[col("cameo")] == "125");
        Assert.Equal("2", rejection[col("reports")]);
        Assert.Equal("IRN", rejection[col("source_country")]);
        // The first article's rejection is the one whose evidence has a comma, quotes and a line break.
        var tricky = rows.Select(r => r[col("evidence_text")]).Where(t => t.Contains("\"no\"")).ToList();
        Assert.NotEmpty(tricky);
        Assert.All(tricky, t => Assert.StartsWith("Iran said \"no\", and rejected talks.\nThe U.S.", t));
    }

    [Fact]
    public void Gdelt_rows_have_the_published_column_count_and_order()
    {
        var rows = Export("gdelt").Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t')).ToList();
        Assert.Equal(61, GdeltEventExporter.Columns.Length);
        Assert.Equal(_store.Counts().Events, rows.Count);
        Assert.All(rows, r => Assert.Equal(61, r.Length));
        var byId = _store.QueryEvents(new EventQuery()).ToDictionary(e => e.EventId.ToString());
        foreach (var row in rows)
        {
            var stored = byId[row[0]];
            Assert.Equal(stored.Event.Root, row[28]);                           // EventRootCode
            Assert.StartsWith(stored.Event.Cameo, row[26]);                     // EventCode
            Assert.Equal(stored.Reports.ToString(), row[31]);                   // NumMentions
            Assert.Equal(stored.Event.QuadClass.ToString(), row[29]);           // QuadClass
        }
        var rejection = rows.Single(r => r[26] == "125");
        Assert.Equal("20250601", rejection[1]);                                  // SQLDATE
        Assert.Equal("202506", rejection[2]);                                    // MonthYear
        Assert.Equal("IRNGOV", rejection[5]);                                    // Actor1Code
        Assert.Equal("IRN", rejection[7]);                                       // Actor1CountryCode
        Assert.Equal("GOV", rejection[12]);                                      // Actor1Type1Code
        Assert.Equal("USA", rejection[17]);                                      // Actor2CountryCode
        Assert.Equal("2", rejection[33]);                                        // NumArticles
        var undated = rows.Single(r => r[26] == "100");
        Assert.Equal("", undated[1]);
        Assert.Equal("", undated[15]);
    }

    [Fact]
    public void Plover_records_carry_type_actors_and_evidence()
    {
        using var array = JsonDocument.Parse(Export("plover", new EventQuery { Root = "12" }));
        var record = Assert.Single(array.RootElement.EnumerateArray());
        Assert.Equal("REJECT", record.GetProperty("event_type").GetString());
        Assert.Equal("IRN", record.GetProperty("actor").GetProperty("country").GetString());
        Assert.Equal("Government", record.GetProperty("actor").GetProperty("sector").GetString());
        Assert.Equal("USA", record.GetProperty("recipient").GetProperty("country").GetString());
        Assert.Equal(2, record.GetProperty("num_reports").GetInt32());
        Assert.Equal(2, record.GetProperty("story_ids").GetArrayLength());
        Assert.False(string.IsNullOrEmpty(record.GetProperty("event_text").GetString()));
    }

    [Fact]
    public void An_empty_result_is_an_empty_export_not_an_error()
    {
        var none = new EventQuery { Dyad = ("CHN", "BRA") };
        Assert.Equal("[]\n", Export("json", none));
        Assert.Equal("", Export("gdelt", none));
        Assert.Single(Export("csv", none).Split("\r\n", StringSplitOptions.RemoveEmptyEntries));
    }
}
