using Parley.Events.Patterns;

namespace Parley.Tests.Events;

public class PatternDictionaryTests
{
    private static PatternDictionary Patterns => CoderFixture.Resources.Patterns;

    [Fact]
    public void The_dictionary_has_well_over_two_thousand_patterns_with_unique_ids()
    {
        Assert.True(Patterns.All.Count > 2000, $"{Patterns.All.Count} patterns");
        Assert.Equal(Patterns.All.Count, Patterns.All.Select(p => p.Id).Distinct().Count());
    }

    [Fact]
    public void Every_three_digit_cameo_code_has_a_pattern()
    {
        var covered = Patterns.All.Select(p => p.Code.Length >= 3 ? p.Code[..3] : p.Code).ToHashSet();
        var missing = CoderFixture.Resources.Ontology.Codes.Where(c => c.Code.Length == 3 && !covered.Contains(c.Code)).Select(c => c.Code).ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void Patterns_are_indexed_by_anchor_lemma_most_specific_first()
    {
        var refuse = Patterns.ForAnchor("refuse").ToArray();
        Assert.NotEmpty(refuse);
        for (var i = 1; i < refuse.Length; i++) Assert.True(refuse[i - 1].WordCount >= refuse[i].WordCount);
        Assert.True(Patterns.ForAnchor("no-such-lemma-here").IsEmpty);
    }

    [Fact]
    public void A_line_parses_into_words_slots_gaps_and_flags()
    {
        var p = PatternParser.Parse("x.1 163 (new) sanction|embargo * on TARGET ; noun", "test.pat", 7);
        Assert.Equal("163", p.Code);
        Assert.True(p.IsNominal);
        Assert.True(p.HasTargetSlot);
        Assert.Equal(1, p.AnchorIndex);
        Assert.True(p.Elements[0].Optional);
        Assert.True(p.Elements[1].Accepts("embargo"));
        Assert.False(p.IsMutual);
        Assert.True(PatternParser.Parse("x.2 190 exchange fire ; mutual", "test.pat", 8).IsMutual);
        Assert.True(PatternParser.Parse("x.3 072 arm TARGET ; verb", "test.pat", 9).IsVerbOnly);
        Assert.False(p.IsVerbOnly);
    }

    [Theory]
    [InlineData("x.1 1x3 attack TARGET", "not a CAMEO code")]
    [InlineData("x.1 190 Attack TARGET", "lower-case")]
    [InlineData("x.1 190 TARGET", "required word")]
    [InlineData("x.1 190 attack ; loud", "unknown flag")]
    [InlineData("x.1 190", "expected")]
    [InlineData("x.1 072 arm TARGET ; verb noun", "exclude each other")]
    public void Malformed_lines_name_the_file_and_line(string line, string message)
    {
        var e = Assert.Throws<FormatException>(() => PatternParser.Parse(line, "bad.pat", 12));
        Assert.Contains("bad.pat:12", e.Message);
        Assert.Contains(message, e.Message);
    }

    [Theory]
    [InlineData("negotiated", "negotiate")]
    [InlineData("sanctions", "sanction")]
    [InlineData("imposing", "impose")]
    [InlineData("stopped", "stop")]
    [InlineData("withdrew", "withdraw")]
    [InlineData("talks", "talk")]
    [InlineData("qwertyish", "qwertyish")]
    public void Word_forms_map_back_to_pattern_lemmas(string form, string lemma) =>
        Assert.Equal(lemma, Patterns.Forms.LemmaOf(form));
}
