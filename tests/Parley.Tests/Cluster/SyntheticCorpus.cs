using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Parley.Tests.Cluster;

/// <summary>
/// Small wire-style articles made from a seed: datelined reports of acts between countries, where
/// several articles report the same act on the same or the next day (so merging across articles
/// has work to do) and every article is distinct (so each is stored once).
/// </summary>
public static class SyntheticCorpus
{
    private static readonly string[] Countries = ["Iran", "Israel", "Russia", "Ukraine", "China", "Japan", "India", "Pakistan", "France", "Turkey"];
    private static readonly string[] Cities = ["Tehran", "Jerusalem", "Moscow", "Kyiv", "Beijing", "Tokyo", "New Delhi", "Islamabad", "Paris", "Ankara"];
    private static readonly string[] Acts =
    [
        "{0} rejected a proposal by {1} on {2}.",
        "{0} accused {1} of violating the ceasefire on {2}.",
        "The foreign minister of {0} met his counterpart from {1} on {2}.",
        "{0} threatened to impose sanctions on {1} on {2}.",
        "{0} condemned {1} over the border clash on {2}.",
        "{0} signed a trade agreement with {1} on {2}.",
    ];

    public static string WriteJsonLines(string path, int articles, int seed)
    {
        var random = new Random(seed);
        var start = new DateOnly(2024, 1, 1);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        for (var i = 0; i < articles; i++)
        {
            // About three articles per happening: the same act, pair and day (or the day after).
            var happening = i / 3;
            var local = new Random(seed * 7919 + happening);
            var a = local.Next(Countries.Length);
            var b = (a + 1 + local.Next(Countries.Length - 1)) % Countries.Length;
            var act = Acts[local.Next(Acts.Length)];
            var day = start.AddDays(local.Next(300));
            var published = day.AddDays(random.Next(2));
            var weekday = day.DayOfWeek.ToString();
            var text = new StringBuilder()
                .Append(Cities[a]).Append(", ").Append(published.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture)).Append(" - ")
                .Append(string.Format(CultureInfo.InvariantCulture, act, Countries[a], Countries[b], weekday)).Append(' ')
                .Append($"Officials in {Cities[b]} said they would respond. ")
                .Append($"Analysts said the dispute could affect talks planned for later in the year (report {i}, desk {random.Next(1000)}).")
                .ToString();
            writer.WriteLine(JsonSerializer.Serialize(new
            {
                text,
                title = $"{Countries[a]} and {Countries[b]}: report {i}",
                published = published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                source = $"wire-{i % 5}",
            }));
        }
        return path;
    }
}
