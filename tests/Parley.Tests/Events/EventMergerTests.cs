using Parley.Tests.Support;

namespace Parley.Tests.Events;

/// <summary>Within-article deduplication (whole pipeline, sentences written for these tests).</summary>
public class EventMergerTests
{
    [Fact]
    public void An_event_without_a_target_that_its_sentence_states_in_full_is_dropped()
    {
        // "met ... to discuss": one meeting, not a second one with no one.
        var events = CodedSentences.Code("Chad's president met Sudanese officials in Khartoum to discuss security.");
        CodedSentences.HasEvent(events, "TCD", "SDN", "04");
        Assert.DoesNotContain(events, e => e.Root == "04" && e.Target is null);
    }

    [Fact]
    public void An_act_on_oneself_beside_the_same_act_on_another_is_dropped()
    {
        // The speaker after the comma joined the target list of the talks.
        var events = CodedSentences.Code("Kenya's president has agreed to Ugandan mediation in the final status talks with Somalia, a senior Kenyan official said.");
        CodedSentences.HasEvent(events, "KEN", "SOM", "03");
        Assert.DoesNotContain(events, e => e.Source?.Code is { } code && code == e.Target?.Code);
    }

    [Fact]
    public void The_same_event_stated_twice_is_one_event_with_more_evidence()
    {
        var events = CodedSentences.Code("Chile accused Peru of spying. Later, Chile again accused Peru of spying.");
        var accusations = events.Where(e => e.Root == "11" && e.Source?.Country == "CHL" && e.Target?.Country == "PER").ToList();
        Assert.Single(accusations);
        Assert.NotEmpty(accusations[0].MoreEvidence);
    }
}
