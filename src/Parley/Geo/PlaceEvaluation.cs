using System.Text.Json;
using Parley.Text;

namespace Parley.Geo;

/// <summary>
/// Scores the geolocator on annotated sentences (JSON Lines: {"text", "places": [{"text", "country"}]}).
/// A gold place counts as found when a predicted place covers the same text and names the same
/// country; a predicted place with no gold counterpart is a false alarm.
/// </summary>
public static class PlaceEvaluation
{
    public sealed record Gold(string Text, IReadOnlyList<(string Text, string? Country)> Places);

    public sealed record Score(int Sentences, int GoldPlaces, int Found, int WrongCountry, int Missed, int FalseAlarms)
    {
        /// <summary>Share of sentences whose predicted places equal the gold places exactly.</summary>
        public double SentenceAccuracy { get; init; }
        public double Precision => Found + WrongCountry + FalseAlarms == 0 ? 1 : (double)Found / (Found + WrongCountry + FalseAlarms);
        public double Recall => GoldPlaces == 0 ? 1 : (double)Found / GoldPlaces;
    }

    public static IEnumerable<Gold> Read(string path)
    {
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var places = root.GetProperty("places").EnumerateArray()
                .Select(p => (p.GetProperty("text").GetString()!, p.TryGetProperty("country", out var c) ? c.GetString() : null)).ToList();
            yield return new Gold(root.GetProperty("text").GetString() ?? throw new FormatException($"{path}:{number}: no text"), places);
        }
    }

    /// <summary>Runs <paramref name="analyze"/> (the pipeline up to the geolocator) on each sentence and compares.</summary>
    public static Score Evaluate(IEnumerable<Gold> gold, Func<string, Document> analyze)
    {
        int sentences = 0, exact = 0, goldPlaces = 0, found = 0, wrong = 0, missed = 0, falseAlarms = 0;
        foreach (var g in gold)
        {
            sentences++;
            var predicted = analyze(g.Text).Places;
            var matched = new HashSet<PlaceMention>();
            var sentenceOk = predicted.Count == g.Places.Count;
            foreach (var (text, country) in g.Places)
            {
                goldPlaces++;
                var p = predicted.FirstOrDefault(x => x.Text == text || x.Text.EndsWith(text, StringComparison.Ordinal) || text.EndsWith(x.Text, StringComparison.Ordinal));
                if (p is null) { missed++; sentenceOk = false; continue; }
                matched.Add(p);
                if (p.Country == country) found++; else { wrong++; sentenceOk = false; }
            }
            falseAlarms += predicted.Count(p => !matched.Contains(p));
            if (sentenceOk) exact++;
        }
        return new Score(sentences, goldPlaces, found, wrong, missed, falseAlarms)
        {
            SentenceAccuracy = sentences == 0 ? 0 : (double)exact / sentences,
        };
    }
}
