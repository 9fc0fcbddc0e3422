using Parley.Tests.Support;

namespace Parley.Tests.Events;

/// <summary>The main event of a sentence wins over events in its subordinate clauses (whole pipeline, sentences written for these tests).</summary>
public class ClauseRankerTests
{
    [Fact]
    public void A_subordinate_clause_after_the_main_one_yields_to_it()
    {
        var events = CodedSentences.Code("Iran condemned Israel after Israeli jets bombed a convoy.");
        CodedSentences.HasEvent(events, "IRN", "ISR", "11");
        Assert.DoesNotContain(events, e => e.Root == "18");
    }

    [Fact]
    public void As_before_a_noun_phrase_opens_no_subordinate_clause()
    {
        var events = CodedSentences.Code("China denounced the visit as a provocation and summoned the U.S. ambassador.");
        Assert.Contains(events, e => e.Cameo == "114" && e.Source?.Country == "CHN");
        // An as-clause still yields: the resignation is the news, not the threat it came under.
        var resigned = CodedSentences.Code("The Nepalese prime minister resigned on Sunday as the opposition threatened to storm his residence.");
        Assert.DoesNotContain(resigned, e => e.Root == "13");
    }

    [Fact]
    public void A_subordinate_clause_the_sentence_opens_with_yields_to_the_main_clause_after_its_comma()
    {
        var events = CodedSentences.Code("Before leaving for Nairobi on Thursday, the Ugandan president will meet with Ethiopian officials.");
        CodedSentences.HasEvent(events, "UGA", "ETH", "0");
        Assert.DoesNotContain(events, e => e.Target?.Country == "KEN");
        var condemned = CodedSentences.Code("After Israeli jets bombed a convoy, Iran condemned Israel.");
        CodedSentences.HasEvent(condemned, "IRN", "ISR", "11");
        Assert.DoesNotContain(condemned, e => e.Root == "18");
    }
    [Fact]
    public void A_request_read_without_a_pattern_is_a_main_event_too()
    {
        // "X said Y must Z" is coded after the patterns; the clause after "before" still yields to it.
        var events = CodedSentences.Code("Ugandan rebels said that President Museveni must accept major reforms before they disarm.");
        CodedSentences.HasEvent(events, "UGA", "UGA", "10");
        Assert.DoesNotContain(events, e => e.Target is null);
    }
}
