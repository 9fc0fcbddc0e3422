using System.Data.Common;
using Parley.Storage;
using static Parley.Tests.Storage.StoreTestData;

namespace Parley.Tests.Storage;

/// <summary>The store semantics every backend keeps: idempotence, transactions, migrations, reads.</summary>
public sealed class StoreContractTests
{
    [Theory]
    [MemberData(nameof(StoreBackend.Names), MemberType = typeof(StoreBackend))]
    public void Saving_the_same_article_twice_stores_it_once(string backendName)
    {
        using var backend = new StoreBackend(backendName);
        using var store = backend.Fresh();
        var result = Article("Iran rejected talks with the United States. Officials said so.",
            [("Ebrahim Raisi", "outdated")], new EventSpec("IRN", "USA", "125", "2025-06-01"));

        Assert.Equal(SaveOutcome.Stored, store.Save(result));
        Assert.Equal(SaveOutcome.AlreadyStored, store.Save(result));
        Assert.Equal([SaveOutcome.AlreadyStored, SaveOutcome.Stored, SaveOutcome.AlreadyStored],
            store.SaveBatch([result, Article("Another one."), Article("Another one.")]));
        Assert.True(store.Contains(result.Article.Id));
        Assert.Equal(new StoreCounts(2, 1, 1, 2, 1), store.Counts());
    }

    [Theory]
    [MemberData(nameof(StoreBackend.Names), MemberType = typeof(StoreBackend))]
    public void A_batch_that_fails_part_way_leaves_nothing_behind(string backendName)
    {
        using var backend = new StoreBackend(backendName);
        using var store = backend.Fresh();
        backend.RefuseClaimsAbout("Refused");

        var good = Article("Russia offered to mediate between them.", new EventSpec("RUS", "IRN", "031", "2025-06-01"));
        var bad = Article("A second article that will not fit.", [("Refused", "unknown")], new EventSpec("USA", "IRN", "163", "2025-06-01"));
        Assert.ThrowsAny<DbException>(() => store.SaveBatch([good, bad]));

        Assert.Equal(new StoreCounts(0, 0, 0, 0, 0), store.Counts());
        Assert.False(store.Contains(good.Article.Id));
        Assert.Equal(SaveOutcome.Stored, store.Save(good));
    }

    [Theory]
    [MemberData(nameof(StoreBackend.Names), MemberType = typeof(StoreBackend))]
    public void An_old_schema_is_migrated_and_keeps_its_data(string backendName)
    {
        using var backend = new StoreBackend(backendName);
        using (var old = (Parley.Storage.Sql.SqlStore)backend.Fresh(schemaVersion: 1))
        {
            Assert.Equal(1, old.CurrentSchemaVersion());
            backend.Execute("""
                INSERT INTO articles (id, title, published, published_precision, published_basis, stored_at, text, analysis_json, sentence_count, event_count)
                VALUES ('old-article', 'Old', '2024', 'year', 'copyright', '2024-01-01T00:00:00+00:00', 'Old text.', '{}', 1, 0)
                """);
        }

        using var store = (Parley.Storage.Sql.SqlStore)backend.Reopen();
        Assert.Equal(2, store.CurrentSchemaVersion());
        Assert.True(store.Contains("old-article"));
        var summary = Assert.Single(store.ListArticles(0, 10));
        Assert.Equal("Old", summary.Title);
        Assert.Equal(0, summary.Claims);
        store.Save(Article("A new article after the upgrade.", [("Someone", "supported")], new EventSpec("IRN", "USA", "125", "2025-06-01")));
        Assert.Equal(new StoreCounts(2, 1, 1, 1, 1), store.Counts());
    }

    [Theory]
    [MemberData(nameof(StoreBackend.Names), MemberType = typeof(StoreBackend))]
    public void Reopening_a_current_store_applies_nothing_and_loses_nothing(string backendName)
    {
        using var backend = new StoreBackend(backendName);
        var result = Article("Iran rejected talks.", new EventSpec("IRN", "USA", "125", "2025-06-01"));
        using (var store = backend.Fresh()) store.Save(result);
        using var reopened = backend.Reopen();
        Assert.True(reopened.Contains(result.Article.Id));
        Assert.Equal(1, reopened.Counts().Events);
        Assert.Equal(2, backend.Scalar("SELECT count(*) FROM schema_migrations"));
    }

    [Theory]
    [MemberData(nameof(StoreBackend.Names), MemberType = typeof(StoreBackend))]
    public void A_store_newer_than_the_program_is_refused_untouched(string backendName)
    {
        using var backend = new StoreBackend(backendName);
        using (backend.Fresh()) { }
        backend.Execute("INSERT INTO schema_migrations VALUES (99, 'from the future', '2030-01-01')");
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        var error = Assert.Throws<ParleyInputException>(() => backend.Reopen());
        Assert.Contains("version 99", error.Message);
        Assert.Equal(1, backend.Scalar("SELECT count(*) FROM schema_migrations WHERE version = 99"));
    }

    [Theory]
    [MemberData(nameof(StoreBackend.Names), MemberType = typeof(StoreBackend))]
    public void Stored_analysis_json_text_and_claims_are_returned(string backendName)
    {
        using var backend = new StoreBackend(backendName);
        using var store = backend.Fresh();
        var result = Article("Iran rejected talks with the United States.", [("Ebrahim Raisi", "outdated"), ("Masoud Pezeshkian", "supported")],
            new EventSpec("IRN", "USA", "125", "2025-06-01"));
        store.Save(result);
        Assert.Equal(result.Article.Text, store.GetArticleText(result.Article.Id));
        using var json = System.Text.Json.JsonDocument.Parse(store.GetAnalysisJson(result.Article.Id)!);
        Assert.Equal(result.Article.Id, json.RootElement.GetProperty("article").GetProperty("id").GetString());
        Assert.Equal("125", json.RootElement.GetProperty("events")[0].GetProperty("cameo").GetString());
        Assert.Null(store.GetAnalysisJson("absent"));
        Assert.Equal("Ebrahim Raisi", Assert.Single(store.QueryClaims("outdated", 0, 10)).Claim.Subject);
        Assert.Equal(2, store.QueryClaims(null, 0, 10).Count);
        Assert.Equal(1, Assert.Single(store.ListArticles(0, 5)).Events);
    }
}
