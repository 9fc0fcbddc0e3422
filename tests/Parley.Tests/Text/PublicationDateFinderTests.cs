using Parley.Text;
using Parley.Time;

namespace Parley.Tests.Text;

public class PublicationDateFinderTests
{
    [Theory]
    [InlineData("SEOUL, August 14, 2025 - North Korea said", "2025-08-14")]
    [InlineData("Published: 3 March 2024\nThe talks", "2024-03-03")]
    [InlineData("Updated on 2023-11-30\nText", "2023-11-30")]
    [InlineData("Tuesday, Jan. 7, 2020\nText", "2020-01-07")]
    public void ReadsDatelines(string text, string expected) =>
        Assert.Equal(PartialDate.Parse(expected), PublicationDateFinder.FindDateline(text));

    [Theory]
    [InlineData("In January 2020, the strike killed him.")]
    [InlineData("SEOUL, February 30, 2025 - bad day")]
    public void IgnoresDatesThatAreNotDatelines(string text) => Assert.Null(PublicationDateFinder.FindDateline(text));

    [Fact]
    public void CopyrightRangeGivesItsLastYear() =>
        Assert.Equal(2025, PublicationDateFinder.CopyrightYear(["© 2019-2025 Example Media"]));
}
