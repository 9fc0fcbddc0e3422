using Npgsql;
using Parley.Cluster.Grains;
using Parley.Cluster.Hosting;

namespace Parley.Tests.Cluster;

public sealed class ClusterPartsTests
{
    [Fact]
    public void Postgres_urls_become_connection_strings()
    {
        var builder = new NpgsqlConnectionStringBuilder(PostgresConnection.Normalize("postgres://ana:s%40cret@db.example:6543/parley"));
        Assert.Equal("db.example", builder.Host);
        Assert.Equal(6543, builder.Port);
        Assert.Equal("parley", builder.Database);
        Assert.Equal("ana", builder.Username);
        Assert.Equal("s@cret", builder.Password);
        Assert.Equal("db.example:6543/parley", PostgresConnection.Describe(builder.ConnectionString));
    }

    [Theory]
    [InlineData("")]
    [InlineData("postgres://")]
    [InlineData("Host=x;Nonsense Key=1")]
    public void Bad_locations_are_input_errors(string location) =>
        Assert.Throws<ParleyInputException>(() => PostgresConnection.Normalize(location));

    [Fact]
    public void A_dyad_is_one_grain_whichever_side_comes_first()
    {
        Assert.Equal("IRN|USA", DyadKey.Of("USA", "IRN"));
        Assert.Equal("IRN|USA", DyadKey.Of("IRN", "USA"));
        Assert.Null(DyadKey.Of("IRN", null));
        Assert.Equal(("IRN", "USA"), DyadKey.Sides("IRN|USA"));
    }

    [Fact]
    public void Submissions_carry_the_article_and_its_date()
    {
        var raw = new Parley.Text.RawArticle { Text = "Body.", Title = "T", Url = "https://x.test/a", SourceName = "Wire",
            MetadataDate = Parley.Time.PartialDate.TryParse("2024-03", out var d) ? d : null };
        var back = ArticleSubmission.From(raw, "file.jsonl:3").ToRawArticle();
        Assert.Equal(("Body.", "T", "https://x.test/a", "Wire", "file.jsonl:3"), (back.Text, back.Title, back.Url, back.SourceName, back.Origin));
        Assert.Equal("2024-03", back.MetadataDate?.ToString());
    }

    [PostgresFact]
    public async Task The_membership_schema_applies_twice_and_holds_every_query_orleans_asks_for()
    {
        using var database = new ScratchDatabase("parley_schema");
        await MembershipSchema.EnsureAsync(database.ConnectionString);
        await MembershipSchema.EnsureAsync(database.ConnectionString);
        Assert.Equal(10, database.Scalar("SELECT count(*) FROM OrleansQuery"));
        Assert.Equal(1, database.Scalar("SELECT count(*) FROM OrleansQuery WHERE QueryKey = 'GatewaysQueryKey'"));
    }

    [Fact]
    public async Task An_unreachable_membership_database_is_a_clear_error()
    {
        var error = await Assert.ThrowsAsync<ParleyInputException>(() =>
            MembershipSchema.EnsureAsync("Host=127.0.0.1;Port=1;Database=none;Username=none;Timeout=2"));
        Assert.Contains("cannot be reached", error.Problem);
    }
}
