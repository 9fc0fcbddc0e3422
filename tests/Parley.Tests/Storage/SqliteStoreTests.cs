using Microsoft.Data.Sqlite;
using Parley.Storage;
using Parley.Storage.Sqlite;
using Parley.Tests.Support;
using static Parley.Tests.Storage.StoreTestData;

namespace Parley.Tests.Storage;

public sealed class SqliteStoreTests : IDisposable
{
    private readonly TempFolder _temp = new();

    private string DbPath => _temp.File("store.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _temp.Dispose();
    }

    [Fact]
    public void Saving_the_same_article_twice_stores_it_once()
    {
        using var store = SqliteStore.Open(DbPath);
        var result = Article("Iran rejected talks with the United States. Officials said so.",
            [("Ebrahim Raisi", "outdated")], new EventSpec("IRN", "USA", "125", "2025-06-01"));

        Assert.Equal(SaveOutcome.Stored, store.Save(result));
        Assert.Equal(SaveOutcome.AlreadyStored, store.Save(result));
        Assert.True(store.Contains(result.Article.Id));
        Assert.Equal(new StoreCounts(1, 1, 1, 1, 1), store.Counts());
    }

    [Fact]
    public void A_batch_that_fails_part_way_leaves_nothing_behind()
    {
        using (var store = SqliteStore.Open(DbPath))
        {
            // A trigger makes the second article's claim insert fail after the first article was written.
            using var connection = new SqliteConnection($"Data Source={DbPath}");
            connection.Open();
            using var trigger = connection.CreateCommand();
            trigger.CommandText = "CREATE TRIGGER refuse BEFORE INSERT ON claims WHEN NEW.subject = 'Refused' BEGIN SELECT RAISE(ABORT, 'refused'); END";
            trigger.ExecuteNonQuery();

            var good = Article("Russia offered to mediate between them.", new EventSpec("RUS", "IRN", "031", "2025-06-01"));
            var bad = Article("A second article that will not fit.", [("Refused", "unknown")], new EventSpec("USA", "IRN", "163", "2025-06-01"));
            Assert.Throws<SqliteException>(() => store.SaveBatch([good, bad]));

            Assert.Equal(new StoreCounts(0, 0, 0, 0, 0), store.Counts());
            Assert.False(store.Contains(good.Article.Id));
            Assert.Equal(SaveOutcome.Stored, store.Save(good));
        }
    }

    [Fact]
    public void An_old_schema_is_migrated_and_keeps_its_data()
    {
        using (var old = SqliteStore.Open(DbPath, schemaVersion: 1))
        {
            Assert.Equal(1, old.CurrentSchemaVersion());
            using var connection = new SqliteConnection($"Data Source={DbPath}");
            connection.Open();
            using var insert = connection.CreateCommand();
            insert.CommandText = """
                INSERT INTO articles (id, title, published, published_precision, published_basis, stored_at, text, analysis_json, sentence_count, event_count)
                VALUES ('old-article', 'Old', '2024', 'year', 'copyright', '2024-01-01T00:00:00+00:00', 'Old text.', '{}', 1, 0)
                """;
            insert.ExecuteNonQuery();
        }

        using var store = SqliteStore.Open(DbPath);
        Assert.Equal(SqliteStore.SchemaVersion, store.CurrentSchemaVersion());
        Assert.True(store.Contains("old-article"));
        var summary = Assert.Single(store.ListArticles(0, 10));
        Assert.Equal("Old", summary.Title);
        Assert.Equal(0, summary.Claims);
        store.Save(Article("A new article after the upgrade.", [("Someone", "supported")], new EventSpec("IRN", "USA", "125", "2025-06-01")));
        Assert.Equal(new StoreCounts(2, 1, 1, 1, 1), store.Counts());
    }

    [Fact]
    public void Reopening_a_current_store_applies_nothing_and_loses_nothing()
    {
        var result = Article("Iran rejected talks.", new EventSpec("IRN", "USA", "125", "2025-06-01"));
        using (var store = SqliteStore.Open(DbPath)) store.Save(result);
        using var reopened = SqliteStore.Open(DbPath);
        Assert.True(reopened.Contains(result.Article.Id));
        Assert.Equal(1, reopened.Counts().Events);
    }

    [Fact]
    public void A_store_newer_than_the_program_is_refused_untouched()
    {
        using (SqliteStore.Open(DbPath)) { }
        using (var connection = new SqliteConnection($"Data Source={DbPath}"))
        {
            connection.Open();
            using var bump = connection.CreateCommand();
            bump.CommandText = "INSERT INTO schema_migrations VALUES (99, 'from the future', '2030-01-01')";
            bump.ExecuteNonQuery();
        }
        SqliteConnection.ClearAllPools();

        var error = Assert.Throws<ParleyInputException>(() => SqliteStore.Open(DbPath));
        Assert.Contains("version 99", error.Message);
        using var check = new SqliteConnection($"Data Source={DbPath}");
        check.Open();
        using var count = check.CreateCommand();
        count.CommandText = "SELECT count(*) FROM schema_migrations WHERE version = 99";
        Assert.Equal(1L, count.ExecuteScalar());
    }

    [Fact]
    public void A_file_that_is_not_a_database_is_refused_and_left_as_it_was()
    {
        var path = _temp.Write("notes.db", "These are my notes, not a database. " + new string('x', 5000));
        var before = File.ReadAllBytes(path);
        var error = Assert.Throws<ParleyInputException>(() => SqliteStore.Open(path));
        Assert.Contains("not a Parley store", error.Message);
        Assert.Equal(before, File.ReadAllBytes(path));
    }

    [Fact]
    public void A_folder_is_not_a_store()
    {
        var error = Assert.Throws<ParleyInputException>(() => StoreFactory.Open(_temp.Path));
        Assert.Contains("folder", error.Message);
    }

    [Fact]
    public void Missing_folders_are_created()
    {
        var nested = _temp.File(Path.Combine("a", "b", "c", "parley.db"));
        using var store = StoreFactory.Open(nested);
        Assert.True(File.Exists(nested));
        Assert.Equal(0, store.Counts().Articles);
    }

    [Fact]
    public void The_argument_wins_and_the_default_is_under_the_user_data_folder()
    {
        Assert.Equal("given.db", StoreFactory.Resolve("given.db"));
        Assert.EndsWith(Path.Combine("parley", "parley.db"), StoreFactory.DefaultPath());
    }

    [Fact]
    public void Stored_analysis_json_and_text_are_returned()
    {
        using var store = SqliteStore.Open(DbPath);
        var result = Article("Iran rejected talks with the United States.", new EventSpec("IRN", "USA", "125", "2025-06-01"));
        store.Save(result);
        Assert.Equal(result.Article.Text, store.GetArticleText(result.Article.Id));
        using var json = System.Text.Json.JsonDocument.Parse(store.GetAnalysisJson(result.Article.Id)!);
        Assert.Equal(result.Article.Id, json.RootElement.GetProperty("article").GetProperty("id").GetString());
        Assert.Equal("125", json.RootElement.GetProperty("events")[0].GetProperty("cameo").GetString());
        Assert.Null(store.GetAnalysisJson("absent"));
    }

    [Fact]
    public void Claims_are_queried_by_verdict()
    {
        using var store = SqliteStore.Open(DbPath);
        store.Save(Article("One claim here.", [("Ebrahim Raisi", "outdated"), ("Masoud Pezeshkian", "supported")]));
        var outdated = Assert.Single(store.QueryClaims("outdated", 0, 10));
        Assert.Equal("Ebrahim Raisi", outdated.Claim.Subject);
        Assert.Equal(2, store.QueryClaims(null, 0, 10).Count);
    }
}
