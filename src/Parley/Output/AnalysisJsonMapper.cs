using Parley.Events;
using Parley.Geo;
using Parley.Knowledge;
using Parley.Text;
using Parley.Time;

namespace Parley.Output;

/// <summary>Turns the domain objects into the contract shapes.</summary>
public static class AnalysisJsonMapper
{
    public static AnalysisJson ToJson(AnalysisResult result)
    {
        var doc = result.Document;
        var article = result.Article;
        return new AnalysisJson(
            new ArticleJson(article.Id, article.Title,
                Date(article.Published, article.PublishedBasis.ToString().ToLowerInvariant()),
                article.Removed.Select(r => new RemovalJson(r.Kind, r.Text, r.Start, r.End)).ToList(),
                article.SourceName, article.Url, article.Warnings),
            doc.Sentences.Select(s => new SentenceJson(s.Index, s.Start, s.End)).ToList(),
            doc.Mentions.Select(Mention).ToList(),
            doc.Events.Select(e => Event(e, doc.Text)).ToList(),
            doc.Quotes.Select(Quote).ToList(),
            doc.Claims.Select(Claim).ToList(),
            doc.Places.Select(Place).ToList(),
            result.Dyads.Select(d => new DyadJson(d.A, d.B, d.Events, d.GoldsteinSum, d.QuadCounts)).ToList());
    }

    public static DateJson Date(PartialDate? date, string basis) =>
        date is { IsKnown: true } d
            ? new DateJson(d.ToString(), d.Precision.ToJson(), basis)
            : new DateJson("unknown", "unknown", "unknown");

    public static MentionJson Mention(Mention m) => new(
        m.Text, m.Span.Start, m.Span.End, m.EntityId, m.Name, m.Code, m.Country, m.Office,
        m.Kind.ToString().ToLowerInvariant(), m.IsMetonym, m.Note);

    public static EventJson Event(CodedEvent e, string text) => new(
        e.Id, Actor(e.Source), Actor(e.Target), e.Cameo, e.CameoLabel, e.Root, e.Plover, e.PloverMode,
        e.Goldstein, e.QuadClass, e.Modality.ToString().ToLowerInvariant(),
        Date(e.Date, e.DateBasis.ToString().ToLowerInvariant()), e.Historical,
        Evidence(e.Evidence, text, e.Trigger),
        e.MoreEvidence.Select(m => Evidence(m, text, null)).ToList(),
        e.InQuote, Math.Round(e.Confidence, 3), e.Rule, e.Place is null ? null : Place(e.Place));

    private static ActorJson? Actor(EventActor? a) =>
        a is null ? null : new ActorJson(a.Text, a.Span.Start, a.Span.End, a.EntityId, a.Name, a.Code, a.Country);

    private static EvidenceJson Evidence(EventEvidence ev, string text, TextSpan? trigger) => new(
        ev.SentenceIndex, ev.Span.Of(text), ev.Span.Start, ev.Span.End,
        trigger is { } t ? new SpanTextJson(t.Of(text), t.Start, t.End) : null);

    public static QuoteJson Quote(Quote q) => new(
        q.Text, q.Span.Start, q.Span.End,
        q.SpeakerName is null && q.SpeakerEntityId is null ? null : new SpeakerJson(q.SpeakerName, q.SpeakerEntityId),
        q.Attribution.ToString().ToLowerInvariant(), q.Cue);

    public static ClaimJson Claim(Claim c) => new(
        c.Text, c.Span.Start, c.Span.End, c.Subject, c.Office, Snake(c.Asserted.ToString()), c.AsOf?.ToString(),
        Snake(c.Verdict.ToString()), c.HolderAsOf, c.Explanation);

    public static PlaceJson Place(PlaceMention p) => new(
        p.Text, p.Span.Start, p.Span.End, p.Name, p.Country, p.Latitude, p.Longitude, p.GeoNamesId,
        p.Precision.ToString().ToLowerInvariant());

    /// <summary>"NeverHeld" becomes "never_held".</summary>
    public static string Snake(string pascal)
    {
        var sb = new System.Text.StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            if (char.IsUpper(pascal[i]) && i > 0) sb.Append('_');
            sb.Append(char.ToLowerInvariant(pascal[i]));
        }
        return sb.ToString();
    }
}
