using Parley.Knowledge.Model;
using Parley.Knowledge.Resolution;
using Parley.Text;
using Parley.Time;

namespace Parley.Knowledge;

/// <summary>
/// Finds office-holder claims among the mentions and checks them against the knowledge base at
/// the article's date, with the precision that date has:
/// "President X" / "Iranian President X" / "Iran's Supreme Leader X" (X holds it now),
/// "former President X" (X held it before), "X, Iran's president", "Iran's president, X," and "X, who heads the IAEA"
/// (appositions), "Iran's current president is X" (copula). Runs after <see cref="MentionFinder"/>.
/// </summary>
public sealed class ClaimChecker(KnowledgeBase knowledgeBase) : IDocumentComponent
{
    private static readonly HashSet<string> Copulas = new(StringComparer.Ordinal) { "is", "remains", "was" };
    private static readonly HashSet<string> HeadVerbs = new(StringComparer.Ordinal) { "heads", "leads", "runs", "chairs", "directs" };
    private static readonly HashSet<string> HeadNouns = new(StringComparer.Ordinal) { "head", "chief", "leader", "director", "chairman", "chair" };

    public string Name => "claims";
    public IReadOnlyList<string> Assigns { get; } = ["claims"];
    public KnowledgeBase KnowledgeBase { get; } = knowledgeBase;

    public void Process(Document document)
    {
        if (document.Mentions.Count == 0) return;
        var date = MentionFinder.ResolutionDate(document);
        var mentions = document.Mentions;
        for (var m = 0; m < mentions.Count; m++)
        {
            var mention = mentions[m];
            if (mention.Kind != EntityKind.Person || mention.ViaOffice || mention.EntityId is null) continue;
            var person = KnowledgeBase.Entity(mention.EntityId)!;
            if (mention.TitleOfficeIds.Count > 0)
                AddClaim(document, mention.TitleMarkedFormer ? WithPrecedingWord(document.Text, mention.Span) : mention.Span, person, Offices(mention.TitleOfficeIds), mention.TitleMarkedFormer ? ClaimAssertion.Former : ClaimAssertion.Current, date);
            if (m + 1 < mentions.Count && Apposition(document, mention, mentions[m + 1]) is { } office)
                AddClaim(document, new TextSpan(mention.Span.Start, mentions[m + 1].Span.End), person, [office], Assertion(mentions[m + 1]), date);
            else if (m + 1 < mentions.Count && HeadsClause(document, mention, mentions[m + 1]) is { } headed)
                AddClaim(document, new TextSpan(mention.Span.Start, mentions[m + 1].Span.End), person, headed, ClaimAssertion.Current, date);
            if (m > 0 && Copula(document, mentions[m - 1], mention) is { } copulaOffice)
                AddClaim(document, new TextSpan(mentions[m - 1].Span.Start, mention.Span.End), person, [copulaOffice], Assertion(mentions[m - 1]), date);
        }
    }

    /// <summary>Extends a span back over the word before it ("former" before "President X").</summary>
    private static TextSpan WithPrecedingWord(string text, TextSpan span)
    {
        var i = span.Start;
        while (i > 0 && text[i - 1] == ' ') i--;
        var end = i;
        while (i > 0 && (char.IsLetter(text[i - 1]) || text[i - 1] == '-')) i--;
        return i < end ? new TextSpan(i, span.End) : span;
    }

    private List<Office> Offices(IEnumerable<string> ids) => ids.Select(KnowledgeBase.Office).OfType<Office>().ToList();

    private static ClaimAssertion Assertion(Mention officeMention) =>
        officeMention.TitleMarkedFormer || officeMention.IsFormer && !officeMention.MarkedCurrent ? ClaimAssertion.Former : ClaimAssertion.Current;

    /// <summary>"X, Iran's president" / "X, the Iranian foreign minister": an office mention right after "X,".</summary>
    private Office? Apposition(Document document, Mention person, Mention next)
    {
        if (!next.ViaOffice || next.OfficeId is null || next.SentenceIndex != person.SentenceIndex) return null;
        var between = document.Text.AsSpan(person.Span.End, next.Span.Start - person.Span.End).Trim();
        if (!between.SequenceEqual(",") && !between.SequenceEqual(", the") && !between.SequenceEqual(", who is")) return null;
        return KnowledgeBase.Office(next.OfficeId);
    }

    /// <summary>"Iran's current president is X": an office mention, a copula, then the person.</summary>
    private Office? Copula(Document document, Mention office, Mention person)
    {
        if (!office.ViaOffice || office.OfficeId is null || office.SentenceIndex != person.SentenceIndex) return null;
        var between = document.Text.AsSpan(office.Span.End, person.Span.Start - office.Span.End).Trim().ToString();
        if (Copulas.Contains(between)) return KnowledgeBase.Office(office.OfficeId);
        // "South Korea's current president, Yoon Suk Yeol, said": an apposition closed by a comma or the sentence end.
        var after = person.Span.End < document.Text.Length ? document.Text[person.Span.End] : '.';
        return between == "," && after is ',' or '.' or ';' ? KnowledgeBase.Office(office.OfficeId) : null;
    }

    /// <summary>"X, who heads the IAEA" / "X, head of the IAEA": the head office of the organization or group named next.</summary>
    private List<Office>? HeadsClause(Document document, Mention person, Mention org)
    {
        if (org.Kind is not (EntityKind.Organization or EntityKind.Group) || org.EntityId is null || org.SentenceIndex != person.SentenceIndex) return null;
        var between = document.Text[person.Span.End..org.Span.Start].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (between.Length < 2 || between[0] != ",") { if (between.Length == 0 || !between[0].StartsWith(',')) return null; }
        var rest = string.Join(' ', between).TrimStart(',').Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToLowerInvariant()).ToList();
        var matches = rest switch
        {
            ["who", var verb, ..] when HeadVerbs.Contains(verb) => true,
            [var noun, "of", ..] when HeadNouns.Contains(noun) => true,
            ["the", var noun, "of", ..] when HeadNouns.Contains(noun) => true,
            _ => false,
        };
        if (!matches || rest.Count > 4) return null;
        var heads = KnowledgeBase.OfficesOf(org.EntityId).Where(o => o.HasRole("head")).ToList();
        return heads.Count > 0 ? heads : null;
    }

    private void AddClaim(Document document, TextSpan span, Entity person, List<Office> offices, ClaimAssertion asserted, PartialDate date)
    {
        if (offices.Count == 0) return;
        if (document.Claims.Any(c => c.Span.Overlaps(span) && c.SubjectEntityId == person.Id)) return;
        var office = ChooseOffice(person, offices);
        if (office is null) return;
        var answer = KnowledgeBase.HolderOn(office, date);
        var (verdict, explanation) = Judge(person, office, answer, asserted, date);
        var holder = answer.Holder;
        document.Claims.Add(new Claim
        {
            Span = span,
            Text = document.Text[span.Start..span.End],
            Subject = person.Name,
            SubjectEntityId = person.Id,
            Office = office.Name,
            OfficeId = office.Id,
            Asserted = asserted,
            AsOf = date,
            Verdict = verdict,
            HolderAsOf = holder?.PersonName ?? (answer.Tenures.Count > 0 ? string.Join(" / ", answer.Tenures.Select(t => t.PersonName)) : null),
            HolderEntityId = holder?.PersonId,
            Explanation = explanation,
        });
    }

    /// <summary>
    /// Of the offices a title can denote, the one the claim is about: one the person ever held,
    /// else one of the person's own country, else the only candidate; null when it stays open.
    /// </summary>
    private Office? ChooseOffice(Entity person, List<Office> offices)
    {
        if (offices.Count == 1) return offices[0];
        var held = KnowledgeBase.TenuresOfPerson(person.Id).Select(t => t.OfficeId).ToHashSet(StringComparer.Ordinal);
        var heldOffices = offices.Where(o => held.Contains(o.Id)).ToList();
        if (heldOffices.Count >= 1) return heldOffices.OrderBy(PersonStatusResolver.Rank).First();
        if (person.Country is { } country)
        {
            var own = offices.Where(o => o.OwnerId == "country/" + country).ToList();
            if (own.Count == 1) return own[0];
        }
        return null;
    }

    private static string Throughout(PartialDate date) => (date.Precision == DatePrecision.Day ? "on " : "throughout ") + date;
    private static string In(PartialDate date) => (date.Precision == DatePrecision.Day ? "on " : "in ") + date;

    private (ClaimVerdict, string) Judge(Entity person, Office office, HolderAnswer answer, ClaimAssertion asserted, PartialDate date)
    {
        var own = KnowledgeBase.TenuresOfPerson(person.Id).Where(t => t.OfficeId == office.Id).ToList();
        var ownText = own.Count == 0 ? "" : $"{person.Name}'s tenure: {string.Join("; ", own.Select(t => t.Period + (t.Acting ? " (acting)" : "")))}";
        if (own.Count == 0)
            return (ClaimVerdict.NeverHeld, $"{person.Name} never held {office.Name} in the knowledge base; {answer.Describe()}");
        var holdsThroughout = own.Any(t => t.CoversWhole(date));
        var holdsAtSomePoint = own.Any(t => t.Touches(date));
        var heldBefore = own.Any(t => t.End is { } end && end.FirstDay <= date.LastDay && t.Start.FirstDay < date.FirstDay);
        if (asserted == ClaimAssertion.Current)
        {
            if (holdsThroughout)
            {
                var stale = answer.BeyondVerified ? $" (tenure last verified {answer.Holder!.VerifiedThrough})" : "";
                return (ClaimVerdict.Supported, $"{person.Name} held {office.Name} {Throughout(date)}: {ownText}{stale}");
            }
            if (holdsAtSomePoint)
                return (ClaimVerdict.Unknown, $"{answer.Describe()}; the date {date} is not precise enough to tell whether {person.Name} held it");
            if (own.All(t => t.Start.FirstDay > date.LastDay))
                return (ClaimVerdict.NeverHeld, $"{person.Name} took {office.Name} only later ({ownText}); {answer.Describe()}");
            return (ClaimVerdict.Outdated, $"{person.Name} no longer held {office.Name} {In(date)} ({ownText}); {answer.Describe()}");
        }
        // Former: true when the person's tenure ended before the date and no tenure touches it.
        if (!holdsAtSomePoint && heldBefore)
            return (ClaimVerdict.Supported, $"{person.Name} had left {office.Name} by {date} ({ownText}); {answer.Describe()}");
        if (holdsThroughout)
            return (ClaimVerdict.Outdated, $"{person.Name} held {office.Name} again {Throughout(date)}, so 'former' is out of date ({ownText})");
        if (holdsAtSomePoint)
            return (ClaimVerdict.Unknown, $"{answer.Describe()}; within {date} {person.Name} was both a former and a current holder, and the date is not precise enough to tell which applies");
        return (ClaimVerdict.NeverHeld, $"{person.Name} had not yet held {office.Name} by {date} ({ownText})");
    }
}
