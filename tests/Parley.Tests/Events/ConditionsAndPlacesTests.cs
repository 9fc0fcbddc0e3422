using Parley.Events;
using static Parley.Tests.Support.CodedSentences;

namespace Parley.Tests.Events;

/// <summary>Conditions that turn intents into threats, protesters named by their place, particles and dates per clause.</summary>
public class ConditionsAndPlacesTests
{
    [Fact]
    public void A_step_promised_unless_the_other_side_acts_is_a_conditional_threat()
    {
        var events = Code("Ghana announced that it will withdraw its troops from Mali unless the junta holds elections within a year.");
        var threat = HasEvent(events, "GHA", "MLI", "13");
        Assert.Equal(Modality.Conditional, threat.Modality);
    }

    [Fact]
    public void A_hostile_step_that_may_follow_if_a_condition_holds_is_a_conditional_threat()
    {
        var events = Code("Nigeria may suspend its aid to Niger if the fighting continues.");
        var threat = HasEvent(events, "NGA", "NER", "13");
        Assert.Equal(Modality.Conditional, threat.Modality);
    }

    [Fact]
    public void Unnamed_protesters_are_people_of_the_place_they_protest_in()
    {
        var events = Code("Thousands of people blocked streets in Hong Kong on Sunday.");
        HasEvent(events, "HKG", null, "14");
    }

    [Fact]
    public void A_verb_with_a_particle_is_not_the_bare_verb()
    {
        var events = Code("The teachers' union in Kenya has called off a five-day strike.");
        Assert.DoesNotContain(events, e => e.Cameo.StartsWith("04", StringComparison.Ordinal) || e.Cameo.StartsWith("19", StringComparison.Ordinal));
        HasEvent(events, "KEN", "KEN", "08");
    }

    [Fact]
    public void Coordinated_verbs_keep_their_own_dates()
    {
        var events = Code("Russia annexed Crimea in March 2014 and launched its full-scale invasion of Ukraine in February 2022.");
        Assert.Contains(events, e => e.Date?.ToString() == "2014-03");
        Assert.Contains(events, e => e.Date?.ToString() == "2022-02" && e.Source?.Country == "RUS");
    }
}
