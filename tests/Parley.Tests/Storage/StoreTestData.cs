using Parley.Analysis;
using Parley.Events;
using Parley.Knowledge;
using Parley.Text;
using Parley.Time;

namespace Parley.Tests.Storage;

/// <summary>Builds analysis results by hand, so store tests do not depend on the coder's coverage.</summary>
internal static class StoreTestData
{
    public sealed record EventSpec(string? SourceCountry, string? TargetCountry, string Cameo, string? Date, double Confidence = 0.8, string? Trigger = null);

    /// <summary>An article whose text is <paramref name="text"/> and whose events are stated in it, one per sentence.</summary>
    public static AnalysisResult Article(string text, params EventSpec[] events) => Article(text, [], events);

    public static AnalysisResult Article(string text, IReadOnlyList<(string Subject, string Verdict)> claims, params EventSpec[] events)
    {
        var article = new Article
        {
            Id = ContentHash.Of(text), Title = text.Length > 20 ? text[..20] : text, OriginalText = text, Text = text, Removed = [],
            OffsetMap = OffsetMap.Identity, Published = PartialDate.OfDay(2025, 6, 2), PublishedBasis = PublishedBasis.Metadata,
        };
        var document = new Document(text, article.Published);
        var sentenceStarts = SentenceStarts(text);
        for (var i = 0; i < sentenceStarts.Count; i++)
        {
            var end = i + 1 < sentenceStarts.Count ? sentenceStarts[i + 1] - 1 : text.Length;
            document.Sentences.Add(new Sentence { Index = i, Start = sentenceStarts[i], End = end, FirstToken = 0, TokenCount = 0 });
        }
        for (var i = 0; i < events.Length; i++)
        {
            var spec = events[i];
            var sentence = document.Sentences[Math.Min(i, document.Sentences.Count - 1)];
            var span = new TextSpan(sentence.Start, sentence.End);
            document.Events.Add(new CodedEvent
            {
                Id = $"e{i + 1}",
                Source = spec.SourceCountry is null ? null : new EventActor(spec.SourceCountry, new TextSpan(sentence.Start, sentence.Start + 1), "Q" + spec.SourceCountry, spec.SourceCountry, spec.SourceCountry + "GOV", spec.SourceCountry),
                Target = spec.TargetCountry is null ? null : new EventActor(spec.TargetCountry, new TextSpan(sentence.Start, sentence.Start + 1), "Q" + spec.TargetCountry, spec.TargetCountry, spec.TargetCountry, spec.TargetCountry),
                Cameo = spec.Cameo, CameoLabel = "label " + spec.Cameo, Plover = spec.Cameo.StartsWith("12") ? "REJECT" : "OTHER",
                Goldstein = spec.Cameo.StartsWith("12") ? -4 : 1, QuadClass = spec.Cameo.StartsWith("12") ? 3 : 1,
                Date = spec.Date is null ? null : PartialDate.Parse(spec.Date),
                DateBasis = spec.Date is null ? DateBasis.Unknown : DateBasis.Text,
                Evidence = new EventEvidence(sentence.Index, span), Trigger = span, Rule = "test", Confidence = spec.Confidence,
            });
        }
        foreach (var (subject, verdict) in claims)
        {
            document.Claims.Add(new Claim
            {
                Span = new TextSpan(0, 1), Text = text[..1], Subject = subject, Office = "President of Testland",
                Verdict = Enum.Parse<ClaimVerdict>(verdict, ignoreCase: true), Explanation = "test",
            });
        }
        document.Mentions.Add(new Mention { Span = new TextSpan(0, 1), Text = text[..1], Kind = EntityKind.Country, Country = "IRN" });
        return new AnalysisResult(article, document, DyadSummary.FromEvents(document.Events));
    }

    private static List<int> SentenceStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length - 1; i++)
            if (text[i] == '.' && text[i + 1] == ' ') starts.Add(i + 2);
        return starts;
    }
}
