using Parley.Events;
using Parley.Geo;
using Parley.Knowledge;
using Parley.Time;

namespace Parley.Text;

/// <summary>
/// One word or punctuation mark. Offsets index <see cref="Document.Text"/>. The language layer
/// fills Upos/Xpos/Lemma/Head/DepRel; <see cref="Head"/> is a document-wide token index, -1 for the root.
/// </summary>
public sealed class Token
{
    public required int Index { get; init; }
    public required int Start { get; init; }
    public required int End { get; init; }
    public required string Text { get; init; }
    public int SentenceIndex { get; set; }
    public bool SpaceAfter { get; set; } = true;
    public string? Upos { get; set; }
    public string? Xpos { get; set; }
    public string? Lemma { get; set; }
    public int Head { get; set; } = -1;
    public string? DepRel { get; set; }
    public TextSpan Span => new(Start, End);
    public override string ToString() => Text;
}

/// <summary>A sentence: a character range and the run of tokens inside it.</summary>
public sealed class Sentence
{
    public required int Index { get; init; }
    public required int Start { get; init; }
    public required int End { get; init; }
    public required int FirstToken { get; init; }
    public required int TokenCount { get; init; }
    /// <summary>True for a line that stands alone (a heading or a bullet), not running prose.</summary>
    public bool IsHeading { get; init; }
    public TextSpan Span => new(Start, End);
}

/// <summary>
/// The cleaned text of one article and every annotation layer added to it by the pipeline
/// components. Each component writes its own layer and reads the ones before it.
/// </summary>
public sealed class Document
{
    public Document(string text, PartialDate? published = null)
    {
        Text = text;
        Published = published;
    }

    public string Text { get; }
    /// <summary>Publication date, the anchor for relative dates and claim checking; null if unknown.</summary>
    public PartialDate? Published { get; set; }

    public List<Token> Tokens { get; } = new();
    public List<Sentence> Sentences { get; } = new();
    public List<Mention> Mentions { get; } = new();
    public List<CodedEvent> Events { get; } = new();
    public List<Quote> Quotes { get; } = new();
    public List<Claim> Claims { get; } = new();
    public List<PlaceMention> Places { get; } = new();

    public ReadOnlySpan<char> SpanText(TextSpan span) => Text.AsSpan(span.Start, span.Length);

    public IEnumerable<Token> TokensOf(Sentence sentence)
    {
        for (var i = sentence.FirstToken; i < sentence.FirstToken + sentence.TokenCount; i++)
            yield return Tokens[i];
    }
}
