namespace Parley.Events.Patterns;

public enum ElementKind { Word, Source, Target, Gap }

/// <summary>
/// One element of a pattern: a word (one of several lemmas, possibly optional), an actor slot,
/// or a free gap of a few tokens.
/// </summary>
public sealed record PatternElement(ElementKind Kind, IReadOnlyList<string> Lemmas, bool Optional)
{
    public bool Accepts(string lemma)
    {
        for (var i = 0; i < Lemmas.Count; i++)
            if (string.Equals(Lemmas[i], lemma, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>A token matches by its lemma or by its lower-cased surface form ("meeting" the noun).</summary>
    public bool Accepts(string lemma, string lower) => Accepts(lemma) || (!ReferenceEquals(lemma, lower) && lemma != lower && Accepts(lower));

    public override string ToString() => Kind switch
    {
        ElementKind.Source => "SOURCE",
        ElementKind.Target => "TARGET",
        ElementKind.Gap => "*",
        _ => Optional ? $"({string.Join('|', Lemmas)})" : string.Join('|', Lemmas),
    };
}

/// <summary>
/// A pattern from the dictionary (docs/patterns.md): an id, the CAMEO code it yields and a
/// sequence of elements on lemmas. The anchor is its first required word; the coder indexes
/// patterns by the anchor's lemmas.
/// </summary>
public sealed class EventPattern
{
    public required string Id { get; init; }
    public required string Code { get; init; }
    public required IReadOnlyList<PatternElement> Elements { get; init; }
    /// <summary>A nominal event ("sanctions on TARGET"): its source is a modifier, possessive or by-phrase.</summary>
    public bool IsNominal { get; init; }
    /// <summary>The TARGET slot must be filled by an actor (flag <c>target</c>).</summary>
    public bool RequiresTarget { get; init; }
    /// <summary>
    /// The clause subject undergoes the act, as in the passive voice (flag <c>undergone</c>): "X came
    /// under fire from SOURCE", "X is under investigation".
    /// </summary>
    public bool IsUndergone { get; init; }
    /// <summary>
    /// Two sides do the act to each other (flag <c>mutual</c>): "India and Pakistan exchanged
    /// fire", "Indian and Pakistani troops clashed": coordinated sources with no target act on each other.
    /// </summary>
    public bool IsMutual { get; init; }
    /// <summary>
    /// The anchor states the act only as a verb (flag <c>verb</c>): `arm TARGET` is no event in
    /// "Russia's arms makers", where the parse reads the word as a noun.
    /// </summary>
    public bool IsVerbOnly { get; init; }
    public required string File { get; init; }
    public required int Line { get; init; }

    /// <summary>Index of the first required word element.</summary>
    public int AnchorIndex { get; init; }

    /// <summary>Number of word elements; longer patterns are more specific and win overlaps.</summary>
    public int WordCount { get; init; }

    public bool HasTargetSlot { get; init; }

    /// <summary>Index of the TARGET element, or -1.</summary>
    public int TargetSlot { get; init; } = -1;

    /// <summary>The TARGET slot follows a word other than the anchor ("fire at TARGET"), so even a passive verb keeps it as its target.</summary>
    public bool HasPrepositionalTarget { get; init; }
    public bool HasSourceSlot { get; init; }

    private EventPattern? _nominal;

    /// <summary>This pattern read as a nominal event, for a verb pattern whose anchor the parse shows used as a noun (built once).</summary>
    public EventPattern AsNominal() => IsNominal ? this : _nominal ??= new()
    {
        Id = Id, Code = Code, Elements = Elements, IsNominal = true, RequiresTarget = RequiresTarget, IsUndergone = IsUndergone, IsMutual = IsMutual,
        IsVerbOnly = IsVerbOnly, File = File, Line = Line, AnchorIndex = AnchorIndex, WordCount = WordCount, HasTargetSlot = HasTargetSlot, TargetSlot = TargetSlot,
        HasPrepositionalTarget = HasPrepositionalTarget, HasSourceSlot = HasSourceSlot,
    };

    public override string ToString() => $"{Id} {Code} {string.Join(' ', Elements)}{(IsNominal ? " ; noun" : "")}{(RequiresTarget ? " ; target" : "")}{(IsUndergone ? " ; undergone" : "")}{(IsMutual ? " ; mutual" : "")}{(IsVerbOnly ? " ; verb" : "")}";
}
