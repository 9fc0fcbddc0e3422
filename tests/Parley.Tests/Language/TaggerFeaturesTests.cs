using Parley.Language;

namespace Parley.Tests.Language;

public sealed class TaggerFeaturesTests
{
    private static SentenceCasing CasingOf(string sentence) => WordHashes.CasingOf(sentence.Split(' '));

    [Theory]
    [InlineData("The minister met Rouhani in Tehran on Monday .", nameof(SentenceCasing.Normal))]
    [InlineData("i met john at the mall in dallas", nameof(SentenceCasing.Lower))]
    [InlineData("PROTESTERS STORM THE EMBASSY", nameof(SentenceCasing.Upper))]
    [InlineData("Talks Between the Two Sides Collapse After Border Clash", nameof(SentenceCasing.Title))]
    [InlineData("Thanks", nameof(SentenceCasing.Normal))]
    [InlineData("\" 2,000 people marched , \" said the police .", nameof(SentenceCasing.Lower))]
    public void ClassifiesTheSentenceCasing(string sentence, string expected) =>
        Assert.Equal(Enum.Parse<SentenceCasing>(expected), CasingOf(sentence));

    [Fact]
    public void TheCasingFeaturesDependOnTheRestOfTheSentence()
    {
        var headline = new WordHashes();
        headline.Fill("Leaders Meet in Geneva".Split(' '));
        var plain = new WordHashes();
        plain.Fill("Leaders meet in Geneva".Split(' '));
        Span<ulong> inHeadline = stackalloc ulong[TaggerFeatures.Count];
        Span<ulong> inPlain = stackalloc ulong[TaggerFeatures.Count];
        TaggerFeatures.Extract(headline, 3, 1, 0, false, inHeadline);
        TaggerFeatures.Extract(plain, 3, 1, 0, false, inPlain);
        // "Geneva" itself and its neighbourhood to the left and right are the same ...
        Assert.Equal(inPlain[1], inHeadline[1]);
        Assert.Equal(inPlain[10], inHeadline[10]);
        // ... but the last two templates see a headline in one sentence and normal text in the other.
        Assert.NotEqual(inPlain[TaggerFeatures.Count - 1], inHeadline[TaggerFeatures.Count - 1]);
        Assert.NotEqual(inPlain[TaggerFeatures.Count - 2], inHeadline[TaggerFeatures.Count - 2]);
    }
}
