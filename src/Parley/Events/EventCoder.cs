using Parley.Events.Cues;
using Parley.Events.Dates;
using Parley.Events.Patterns;
using Parley.Knowledge;
using Parley.Text;
using Parley.Time;

namespace Parley.Events;

/// <summary>
/// Codes events (CAMEO, PLOVER) from the segmented, actor-resolved document: matches the pattern
/// dictionary on lemmas, finds source and target (slots, voice, coordination, the dependency
/// parse where present), reads modality from cues, dates events against the publication date
/// and merges repeated statements of one event.
/// </summary>
public sealed class EventCoder : IDocumentComponent
{
    /// <summary>Words the coder itself inspects; included in the word-form table.</summary>
    public static readonly string[] FunctionWords = ["be", "get", "by", "not", "if", "unless", "say", "will", "would"];

    /// <summary>How far before publication an event must lie to be flagged historical.</summary>
    public const int HistoricalDays = 180;

    private readonly EventResources _resources;
    private readonly EventInterpreter _interpreter;
    private readonly KnowledgeBase? _knowledgeBase;

    /// <param name="resources">Ontology, patterns and cues.</param>
    /// <param name="knowledgeBase">When given, people in events dated by the text take the code of the office they held then.</param>
    public EventCoder(EventResources resources, KnowledgeBase? knowledgeBase = null)
    {
        _resources = resources;
        _interpreter = new EventInterpreter(resources);
        _knowledgeBase = knowledgeBase;
    }

    public string Name => "events";
    public IReadOnlyList<string> Assigns { get; } = ["events"];
    public EventResources Resources => _resources;

    public static EventCoder Load(ResourcePaths paths, KnowledgeBase knowledgeBase) => new(EventResources.Load(paths), knowledgeBase);

    public void Process(Document document)
    {
        if (document.Sentences.Count == 0) return;
        var mentionsBySentence = new List<Mention>[document.Sentences.Count];
        foreach (var mention in document.Mentions)
        {
            if (mention.TokenCount <= 0 || mention.FirstToken >= document.Tokens.Count) continue;
            var s = document.Tokens[mention.FirstToken].SentenceIndex;
            if (s < 0 || s >= mentionsBySentence.Length) continue;
            (mentionsBySentence[s] ??= new List<Mention>()).Add(mention);
        }

        var drafts = new List<EventDraft>();
        var context = new DiscourseContext { DocumentHasProse = document.Sentences.Exists(s => !s.IsHeading) };
        foreach (var sentence in document.Sentences)
        {
            var mentions = mentionsBySentence[sentence.Index] ?? [];
            var view = SentenceView.Build(document, sentence, _resources.Patterns.Forms, _resources.Roles, _resources.Cues, mentions);
            _interpreter.CodeSentence(view, context, drafts);
            context.Advance(view);
        }

        var merged = EventMerger.Merge(ReciprocalEvents.Add(drafts));
        var n = 0;
        foreach (var draft in merged) document.Events.Add(ToEvent(document, draft, ++n));
    }

    private CodedEvent ToEvent(Document document, EventDraft draft, int number)
    {
        var cameo = _resources.Ontology.Get(draft.Code);
        var (date, basis, historical) = DateOf(document.Published, draft.Date);
        var coded = new CodedEvent
        {
            Id = $"e{number}",
            Source = AsOf(draft.Source, basis, date),
            Target = AsOf(draft.Target, basis, date),
            Cameo = cameo.Code,
            CameoLabel = cameo.Name,
            Plover = cameo.Plover,
            PloverMode = cameo.PloverMode,
            Goldstein = cameo.Goldstein,
            QuadClass = cameo.QuadClass,
            Modality = draft.Modality,
            Date = date,
            DateBasis = basis,
            Historical = historical,
            Evidence = new EventEvidence(draft.SentenceIndex, draft.SentenceSpan),
            Trigger = draft.Trigger,
            InQuote = draft.InQuote,
            Confidence = draft.Confidence,
            Rule = draft.Rule,
            ReportedBy = draft.ReportedBy,
        };
        foreach (var more in draft.MoreEvidence) coded.MoreEvidence.Add(more);
        return coded;
    }

    /// <summary>
    /// "In January 2020 the U.S. killed Soleimani", read in 2025: a person acts under the office
    /// held on the event's date (IRNMIL), not the one held at publication.
    /// </summary>
    private EventActor? AsOf(EventActor? actor, DateBasis basis, PartialDate? date)
    {
        if (actor?.EntityId is not { } id || basis != DateBasis.Text || date is not { IsKnown: true } when || _knowledgeBase is null
            || !id.StartsWith("person/", StringComparison.Ordinal))
            return actor;
        return _knowledgeBase.ActorCodeOn(id, when) is { } code && code != actor.Code ? actor with { Code = code } : actor;
    }

    private static (PartialDate? Date, DateBasis Basis, bool Historical) DateOf(PartialDate? published, DateExpression? expression)
    {
        if (expression is null)
            return published is { IsKnown: true } p ? (p, DateBasis.Publication, false) : (null, DateBasis.Unknown, false);
        var historical = false;
        if (expression.Kind == DateKind.Point && published is { IsKnown: true } pub)
            historical = expression.Date.LastDay.DayNumber < pub.FirstDay.DayNumber - HistoricalDays;
        return (expression.Date, DateBasis.Text, historical);
    }
}

/// <summary>An event found in one sentence, before merging and conversion to <see cref="CodedEvent"/>.</summary>
internal sealed class EventDraft
{
    public required string Code { get; set; }
    public required string Rule { get; init; }
    public EventActor? Source { get; set; }
    public EventActor? Target { get; set; }
    public Modality Modality { get; set; }
    public required int SentenceIndex { get; init; }
    public required TextSpan SentenceSpan { get; init; }
    public required TextSpan Trigger { get; init; }
    public required int TriggerToken { get; init; }
    public DateExpression? Date { get; set; }
    public bool InQuote { get; set; }
    public double Confidence { get; set; }
    public EventActor? ReportedBy { get; set; }
    /// <summary>The reporting verb's token when a speaker in the sentence reports the event ("said"), else -1.</summary>
    public int ReportVerb { get; init; } = -1;
    public bool Subordinate { get; set; }
    /// <summary>Subordinate clauses the trigger stands in; a deeper event yields to a shallower one in its sentence.</summary>
    public int Clause { get; set; }
    /// <summary>True when a noun triggered the event ("the withdrawal", "sanctions").</summary>
    public bool Nominal { get; init; }
    /// <summary>First token of the furthest modality cue that governs the event, or -1.</summary>
    public int CueStart { get; init; } = -1;
    public List<EventEvidence> MoreEvidence { get; } = new();

    /// <summary>The same event seen from its target's side, under <paramref name="code"/>.</summary>
    public EventDraft Reversed(string code) => new()
    {
        Code = code, Rule = Rule, Source = Target, Target = Source, Modality = Modality, SentenceIndex = SentenceIndex,
        SentenceSpan = SentenceSpan, Trigger = Trigger, TriggerToken = TriggerToken, Date = Date, InQuote = InQuote,
        Confidence = Confidence * 0.9, ReportedBy = ReportedBy, ReportVerb = ReportVerb, Clause = Clause, Nominal = Nominal, CueStart = CueStart,
    };
}

/// <summary>What earlier sentences leave for later ones: the last clause subject, for pronouns.</summary>
internal sealed class DiscourseContext
{
    public EventActor? LastSubject { get; set; }
    /// <summary>True when the document has running prose, so its heading lines are titles, not statements.</summary>
    public bool DocumentHasProse { get; init; }

    public void Advance(SentenceView view)
    {
        // The first actor of a sentence that is not inside a prepositional phrase is its likely subject.
        foreach (var actor in view.Actors)
        {
            if (actor.Preposition is null && !actor.IsAgentOnly)
            {
                LastSubject = actor.Actor;
                return;
            }
        }
    }
}
