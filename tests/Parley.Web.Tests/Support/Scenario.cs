using Parley.Events;
using Parley.Knowledge;
using Parley.Storage;
using Parley.Time;
using static Parley.Web.Tests.Support.TestArticleBuilder;

namespace Parley.Web.Tests.Support;

/// <summary>
/// The articles every web test reads: a headline article with every layer, a year of monthly
/// articles for the dyad series, and a hostile article full of markup.
/// </summary>
internal static class Scenario
{
    public const int SeriesMonths = 10;
    public const string XssMarker = "__parleyXss";

    public static readonly string HeadlineText =
        "Atlantis rejected the latest proposal from Borduria on Monday. " +
        "Borduria threatened new sanctions against Atlantis. " +
        "\"We will not bow to pressure,\" the Atlantean minister said. " +
        "President Ivo Tamm of Borduria welcomed the talks. " +
        "Carpania praised Atlantis for its restraint. " +
        "In 1979 Atlantis seized the embassy of Borduria, and relations never recovered.";

    public static readonly string XssText =
        "Atlantis <script>window." + XssMarker + " = 1;</script> criticized Carpania over the border. " +
        "Carpania <img src=\"x\" onerror=\"window." + XssMarker + " = 2\"> denied Atlantis any access. " +
        "Officials <b onmouseover=\"window." + XssMarker + " = 3\">hovered</b> and said \"<svg onload=window." + XssMarker + "=4>\" twice.";

    public const string XssTitle = "<script>window." + XssMarker + " = 5;</script>Hostile <i>title</i>";

    /// <summary>A knowledge base for the fictional countries: Borduria's presidents, one hand-over in May 2024.</summary>
    public static KnowledgeBase Knowledge() => new(
        [
            new Knowledge.Model.Entity { Id = "country/XBO", Kind = EntityKind.Country, Name = "Borduria", Country = "XBO", Cameo = "XBO" },
            new Knowledge.Model.Entity { Id = "country/XAT", Kind = EntityKind.Country, Name = "Atlantis", Country = "XAT", Cameo = "XAT" },
            new Knowledge.Model.Entity { Id = "person/ivo-tamm", Kind = EntityKind.Person, Name = "Ivo Tamm", Country = "XBO" },
            new Knowledge.Model.Entity { Id = "person/someone-else", Kind = EntityKind.Person, Name = "Someone Else", Country = "XBO" },
        ],
        [
            new Knowledge.Model.Office
            {
                Id = "office/XBO/president", Name = "President of Borduria", OwnerId = "country/XBO",
                Roles = ["head_of_state", "head_of_government"], SingleHolder = true,
            },
        ],
        [
            new Knowledge.Model.Tenure
            {
                PersonId = "person/ivo-tamm", PersonName = "Ivo Tamm", OfficeId = "office/XBO/president",
                Start = PartialDate.OfDay(2019, 3, 1), End = PartialDate.OfDay(2024, 5, 10), Source = "test",
            },
            new Knowledge.Model.Tenure
            {
                PersonId = "person/someone-else", PersonName = "Someone Else", OfficeId = "office/XBO/president",
                Start = PartialDate.OfDay(2024, 5, 10), Source = "test",
            },
        ]);

    public sealed record Stored(string HeadlineId, string XssId, IReadOnlyList<string> SeriesIds);

    public static Stored Fill(IArticleStore store, Pipeline pipeline)
    {
        var headline = new TestArticleBuilder(pipeline, HeadlineText, "Atlantis rejects Borduria's proposal", PartialDate.OfDay(2025, 6, 16))
            .Mention("Atlantis", Atlantis).Mention("Borduria", Borduria).Mention("Carpania", Carpania)
            .Event(Atlantis, "rejected", Borduria, "125", "Reject proposal to meet, discuss, or negotiate", "REJECT", -5, 3, PartialDate.OfDay(2025, 6, 16))
            .Event(Borduria, "threatened", Atlantis, "131", "Threaten non-force", "THREATEN", -4.4, 3, PartialDate.OfDay(2025, 6, 16), modality: Modality.Threatened)
            .Event(Carpania, "praised", Atlantis, "051", "Praise or endorse", "SUPPORT", 3.4, 1, PartialDate.OfDay(2025, 6, 16))
            .Event(Atlantis, "seized", Borduria, "181", "Abduct, hijack, or take hostage", "ASSAULT", -9, 4, PartialDate.OfYear(1979), historical: true)
            .Quote("\"We will not bow to pressure,\"", "Atlantean minister")
            .Claim("President Ivo Tamm of Borduria", "Ivo Tamm", "President of Borduria", ClaimVerdict.Outdated,
                "Ivo Tamm left office in 2024; on 2025-06-16 the president of Borduria was Someone Else.")
            .Build();
        Save(store, headline);

        var seriesIds = new List<string>();
        for (var month = 1; month <= SeriesMonths; month++)
        {
            var name = new DateOnly(2025, month, 1).ToString("MMMM", System.Globalization.CultureInfo.InvariantCulture);
            var text = $"Atlantis and Borduria held talks in {name}. Later that month Borduria accused Atlantis of breaking the {name} truce.";
            // One month's accusation is dated only to the month, as texts often do.
            var accusationDate = month == 4 ? PartialDate.OfMonth(2025, month) : PartialDate.OfDay(2025, month, 20);
            var article = new TestArticleBuilder(pipeline, text, $"Talks in {name}", PartialDate.OfDay(2025, month, 21))
                .Mention("Atlantis", Atlantis).Mention("Borduria", Borduria)
                .Event(Atlantis, "held talks", Borduria, "040", "Consult", "CONSULT", 1, 1, PartialDate.OfDay(2025, month, 10))
                .Event(Borduria, "accused", Atlantis, "112", "Accuse", "ACCUSE", -2, 3, accusationDate)
                .Build();
            Save(store, article);
            seriesIds.Add(article.Article.Id);
        }

        var xss = new TestArticleBuilder(pipeline, XssText, XssTitle, PartialDate.OfDay(2025, 7, 1))
            .Mention("Atlantis", Atlantis).Mention("Carpania", Carpania)
            .Event(Atlantis, "criticized", Carpania, "111", "Criticize or denounce <b>bold</b>", "ACCUSE", -2, 3, PartialDate.OfDay(2025, 7, 1))
            .Event(Carpania, "denied", Atlantis, "120", "Reject", "REJECT", -4, 3, PartialDate.OfDay(2025, 7, 1))
            .Quote("\"<svg onload=window." + XssMarker + "=4>\"", "<img src=x onerror=\"window." + XssMarker + "=6\">")
            .Claim("Officials <b onmouseover=\"window." + XssMarker + " = 3\">hovered</b>", "<script>x</script>", "Office <u>of</u> tests",
                ClaimVerdict.Outdated, "<img src=x onerror=\"window." + XssMarker + "=7\"> explanation")
            .Build();
        Save(store, xss);

        return new Stored(headline.Article.Id, xss.Article.Id, seriesIds);
    }

    private static void Save(IArticleStore store, AnalysisResult result)
    {
        if (store.Save(result) != SaveOutcome.Stored) throw new InvalidOperationException("scenario article was already stored");
    }
}
