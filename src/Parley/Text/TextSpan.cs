namespace Parley.Text;

/// <summary>A half-open character range [Start, End) in the cleaned article text.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;
    public bool Contains(int offset) => offset >= Start && offset < End;
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;
    public string Of(string text) => text.Substring(Start, End - Start);
}
