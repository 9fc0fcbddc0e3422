using Parley.Analysis;
using Parley.Events;
using Parley.Knowledge;
using Parley.Text;
using Parley.Time;

namespace Parley.Web.Tests.Support;

/// <summary>A fictional actor the tests invent, so no real pipeline output can match its codes.</summary>
internal sealed record TestActor(string Name, string Code, string Country);

/// <summary>
/// Builds an article through the real pipeline, then adds layers the test constructs itself
/// (events, mentions, quotes, claims between fictional actors), found by phrase in the cleaned text.
/// </summary>
internal sealed class TestArticleBuilder
{
    public static readonly TestActor Atlantis = new("Atlantis", "XATGOV", "XAT");
    public static readonly TestActor Borduria = new("Borduria", "XBOGOV", "XBO");
    public static readonly TestActor Carpania = new("Carpania", "XCAGOV", "XCA");

    private readonly AnalysisResult _result;
    private int _next;

    public TestArticleBuilder(Pipeline pipeline, string text, string? title, PartialDate? published)
    {
        _result = pipeline.Analyze(new RawArticle { Text = text, Title = title, SourceName = "Test Wire", Origin = "test" }, published);
    }

    public string Text => _result.Article.Text;
    public string Id => _result.Article.Id;

    public TextSpan Find(string phrase, int from = 0)
    {
        var at = Text.IndexOf(phrase, from, StringComparison.Ordinal);
        if (at < 0) throw new InvalidOperationException($"phrase not in the cleaned text: {phrase}");
        return new TextSpan(at, at + phrase.Length);
    }

    public TestArticleBuilder Mention(string phrase, TestActor actor)
    {
        var span = Find(phrase);
        _result.Document.Mentions.Add(new Mention
        {
            Span = span, Text = phrase, EntityId = "test:" + actor.Country, Name = actor.Name, Code = actor.Code,
            Country = actor.Country, Kind = EntityKind.Country,
        });
        return this;
    }

    /// <summary>An event stated in the sentence holding <paramref name="trigger"/>.</summary>
    public TestArticleBuilder Event(
        TestActor source, string trigger, TestActor target, string cameo, string label, string plover, double goldstein,
        int quad, PartialDate? date, bool historical = false, Modality modality = Modality.Asserted)
    {
        var triggerSpan = Find(trigger);
        var sentence = SentenceAround(triggerSpan);
        var sourceSpan = FindIn(source.Name, sentence);
        var targetSpan = FindIn(target.Name, sentence, after: sourceSpan?.End ?? sentence.Start);
        _result.Document.Events.Add(new CodedEvent
        {
            Id = $"test-{++_next}",
            Source = new EventActor(source.Name, sourceSpan ?? triggerSpan, "test:" + source.Country, source.Name, source.Code, source.Country),
            Target = new EventActor(target.Name, targetSpan ?? triggerSpan, "test:" + target.Country, target.Name, target.Code, target.Country),
            Cameo = cameo, CameoLabel = label, Plover = plover, Goldstein = goldstein, QuadClass = quad,
            Modality = modality, Date = date, DateBasis = date is null ? DateBasis.Unknown : DateBasis.Text, Historical = historical,
            Evidence = new EventEvidence(0, sentence), Trigger = triggerSpan, Confidence = 0.9, Rule = "test",
        });
        return this;
    }

    public TestArticleBuilder Quote(string phrase, string speaker)
    {
        _result.Document.Quotes.Add(new Quote
        {
            Span = Find(phrase), Text = phrase, SpeakerName = speaker, Attribution = Attribution.Direct, Cue = "said",
        });
        return this;
    }

    public TestArticleBuilder Claim(string phrase, string subject, string office, ClaimVerdict verdict, string explanation)
    {
        _result.Document.Claims.Add(new Claim
        {
            Span = Find(phrase), Text = phrase, Subject = subject, Office = office, Asserted = ClaimAssertion.Current,
            Verdict = verdict, Explanation = explanation, HolderAsOf = verdict == ClaimVerdict.Outdated ? "Someone Else" : null,
        });
        return this;
    }

    public AnalysisResult Build() => _result with { Dyads = DyadSummary.FromEvents(_result.Document.Events) };

    private TextSpan SentenceAround(TextSpan inside)
    {
        var start = inside.Start;
        while (start > 0 && !(Text[start - 1] is '\n' || (start >= 2 && Text[start - 2] == '.' && Text[start - 1] == ' '))) start--;
        var end = Text.IndexOf('.', inside.End);
        end = end < 0 ? Text.Length : end + 1;
        return new TextSpan(start, end);
    }

    private TextSpan? FindIn(string phrase, TextSpan within, int? after = null)
    {
        var from = after ?? within.Start;
        var at = Text.IndexOf(phrase, from, within.End - from, StringComparison.Ordinal);
        return at < 0 ? null : new TextSpan(at, at + phrase.Length);
    }
}
