using Parley.Text;

namespace Parley.Tests.Text;

public sealed class TokenizerTests
{
    private static string[] Tokens(string text) =>
        Tokenizer.Tokenize(text).Select(t => text.Substring(t.Start, t.Length)).ToArray();

    [Theory]
    [InlineData("They didn't go.", "They|did|n't|go|.")]
    [InlineData("We can't and won't.", "We|ca|n't|and|wo|n't|.")]
    [InlineData("Iran's leaders", "Iran|'s|leaders")]
    [InlineData("they're sure we've seen it, I'll say I'd go", "they|'re|sure|we|'ve|seen|it|,|I|'ll|say|I|'d|go")]
    [InlineData("the U.S.'s stance", "the|U.S.|'s|stance")]
    [InlineData("the countries' leaders", "the|countries|'|leaders")]
    [InlineData("It cannot be", "It|can|not|be")]
    [InlineData("I’m sure it’s fine", "I|’m|sure|it|’s|fine")]
    public void SplitsClitics(string text, string expected) => Assert.Equal(expected.Split('|'), Tokens(text));

    [Theory]
    [InlineData("Dr. Smith met Gen. Jones and Sen. Brown.", "Dr.|Smith|met|Gen.|Jones|and|Sen.|Brown|.")]
    [InlineData("Mr. J. R. Ewing of the U.S. Army", "Mr.|J.|R.|Ewing|of|the|U.S.|Army")]
    [InlineData("at 3 p.m. today, i.e. now", "at|3|p.m.|today|,|i.e.|now")]
    [InlineData("Acme Inc. and Foo Corp. etc.", "Acme|Inc.|and|Foo|Corp.|etc.")]
    [InlineData("It rained in 2018.", "It|rained|in|2018|.")]
    public void KeepsAbbreviationPeriods(string text, string expected) => Assert.Equal(expected.Split('|'), Tokens(text));

    [Theory]
    [InlineData("Costs rose 3.5% to $1,200.50 on 2020-01-03.", "Costs|rose|3.5|%|to|$|1,200.50|on|2020-01-03|.")]
    [InlineData("on 1/2/2020, at 10:30", "on|1/2/2020|,|at|10:30")]
    [InlineData("a drop of -5 points", "a|drop|of|-5|points")]
    public void KeepsNumbersAndDates(string text, string expected) => Assert.Equal(expected.Split('|'), Tokens(text));

    [Theory]
    [InlineData("See https://example.com/a?b=1, now.", "See|https://example.com/a?b=1|,|now|.")]
    [InlineData("Write to press@example.org.", "Write|to|press@example.org|.")]
    [InlineData("(www.example.com)", "(|www.example.com|)")]
    public void KeepsUrlsAndEmails(string text, string expected) => Assert.Equal(expected.Split('|'), Tokens(text));

    [Theory]
    [InlineData("a high-ranking officer", "a|high|-|ranking|officer")]
    [InlineData("a non-stop, anti-war and co-sponsored bill", "a|non-stop|,|anti-war|and|co-sponsored|bill")]
    [InlineData("U.S.-Iran talks", "U.S.|-|Iran|talks")]
    [InlineData("Iran and the U.S. - A Complex Relationship", "Iran|and|the|U.S.|-|A|Complex|Relationship")]
    [InlineData("a record--and more—later", "a|record|--|and|more|—|later")]
    public void SplitsHyphensAndDashes(string text, string expected) => Assert.Equal(expected.Split('|'), Tokens(text));

    [Theory]
    [InlineData("He said \"no.\"", "He|said|\"|no|.|\"")]
    [InlineData("“It is over,” she said...", "“|It|is|over|,|”|she|said|...")]
    [InlineData("(the U.S.) give", "(|the|U.S.|)|give")]
    [InlineData("Really?! Wait…", "Really|?!|Wait|…")]
    [InlineData("``quoted''", "``|quoted|''")]
    public void SplitsQuotesBracketsAndEllipses(string text, string expected) => Assert.Equal(expected.Split('|'), Tokens(text));

    [Fact]
    public void OffsetsIndexTheOriginalText()
    {
        const string text = "  Iran's  \"deal\"\tfailed. ";
        foreach (var span in Tokenizer.Tokenize(text))
        {
            Assert.True(span.Start >= 0 && span.End <= text.Length && span.Length > 0);
            Assert.False(string.IsNullOrWhiteSpace(text.Substring(span.Start, span.Length)));
        }
        Assert.Equal(["Iran", "'s", "\"", "deal", "\"", "failed", "."], Tokens(text));
    }

    [Fact]
    public void EmptyAndBlankTextGiveNoTokens()
    {
        Assert.Empty(Tokenizer.Tokenize(""));
        Assert.Empty(Tokenizer.Tokenize(" \t \u200B "));
    }
}
