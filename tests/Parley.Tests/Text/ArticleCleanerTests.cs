using Parley.Tests.Support;
using Parley.Text;
using Parley.Time;

namespace Parley.Tests.Text;

public class ArticleCleanerTests
{
    private static readonly ArticleCleaner Cleaner = ArticleCleaner.Load(RepoPaths.Resources);

    private static Article Clean(string text, PartialDate? published = null) =>
        Cleaner.Clean(ArticleReader.ReadPlainText(text, "test"), published);

    [Fact]
    public void RemovesTrailingCreditAndCopyrightLinesAndKeepsTheirSpans()
    {
        const string text = "Oman hosted a new round of talks.\nThe envoys met for three hours.\nWith inputs from agencies\nPhoto Credit: Staff photographer\n© 2024 Example Daily. All Rights Reserved.";
        var article = Clean(text);
        Assert.Equal("Oman hosted a new round of talks.\nThe envoys met for three hours.", article.Text);
        Assert.Equal(["boilerplate", "image_credit", "boilerplate"], article.Removed.Select(r => r.Kind));
        foreach (var removal in article.Removed) Assert.Equal(removal.Text, text[removal.Start..removal.End]);
    }

    [Fact]
    public void RemovesFootnoteMarkerAndMapsOffsetsBackToTheOriginal()
    {
        const string text = "Tehran wants guarantees against withdrawals6. Washington refused.";
        var article = Clean(text);
        Assert.Equal("Tehran wants guarantees against withdrawals. Washington refused.", article.Text);
        var removal = Assert.Single(article.Removed);
        Assert.Equal(("footnote_marker", "6"), (removal.Kind, removal.Text));
        var washington = article.Text.IndexOf("Washington", StringComparison.Ordinal);
        Assert.Equal(text.IndexOf("Washington", StringComparison.Ordinal), article.OffsetMap.ToOriginal(washington));
        Assert.Equal(0, article.OffsetMap.ToOriginal(0));
    }

    [Fact]
    public void KeepsProseThatMentionsBoilerplateWords()
    {
        const string text = "The court ruled that the copyright 1998 claim by the broadcaster, which said all rights reserved to it under a decades-old law, must be examined again by a lower court before any damages are paid, a ruling that lawyers said was long overdue.";
        Assert.Equal(text, Clean(text).Text);
    }

    [Fact]
    public void SameTextGivesSameId()
    {
        Assert.Equal(Clean("A met B.").Id, Clean("A met B.\nAll rights reserved.").Id);
        Assert.NotEqual(Clean("A met B.").Id, Clean("A met C.").Id);
    }

    [Fact]
    public void PublicationDateFromCopyrightYear()
    {
        var article = Clean("Talks stalled.\n© Copyright 2023. All Rights Reserved.");
        Assert.Equal((PartialDate.OfYear(2023), PublishedBasis.Copyright), (article.Published, article.PublishedBasis));
    }

    [Fact]
    public void ExplicitDateWinsOverEverything()
    {
        var article = Clean("CAIRO, May 2, 2024 - Talks stalled.\n© 2024 X.", PartialDate.OfDay(2024, 5, 3));
        Assert.Equal((PartialDate.OfDay(2024, 5, 3), PublishedBasis.Argument), (article.Published, article.PublishedBasis));
    }

    [Fact]
    public void DatelineWinsOverCopyright()
    {
        var article = Clean("CAIRO, May 2, 2024 - Talks stalled.\n© 2025 X.");
        Assert.Equal((PartialDate.OfDay(2024, 5, 2), PublishedBasis.Dateline), (article.Published, article.PublishedBasis));
    }

    [Fact]
    public void NoDateIsUnknownNotToday()
    {
        var article = Clean("Talks stalled again.");
        Assert.Null(article.Published);
        Assert.Equal(PublishedBasis.Unknown, article.PublishedBasis);
    }
}
