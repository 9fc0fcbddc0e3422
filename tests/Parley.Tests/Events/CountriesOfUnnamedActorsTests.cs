using Parley.Events;
using Parley.Tests.Support;

namespace Parley.Tests.Events;

/// <summary>Actors the text leaves without a country take the country the event points to (whole pipeline, sentences written for these tests).</summary>
public class CountriesOfUnnamedActorsTests
{
    [Fact]
    public void An_unclaimed_bombing_is_done_by_an_unnamed_actor_of_the_place()
    {
        var events = CodedSentences.Code("A car bomb near the city of Mosul killed three soldiers on Sunday.");
        var bombing = Assert.Single(events, e => e.Root is "18" or "19");
        Assert.Equal("IRQ", bombing.Source?.Country);
        Assert.Null(bombing.Source?.EntityId);
        Assert.Contains("unnamed", bombing.Source?.Name);
    }

    [Fact]
    public void Police_and_protesters_without_a_country_are_of_the_place()
    {
        var events = CodedSentences.Code("Police arrested protesters in Nairobi on Tuesday.");
        var arrest = CodedSentences.HasEvent(events, "KEN", "KEN", "17");
        Assert.Equal(("KENCOP", "KENOPP"), (arrest.Source?.Code, arrest.Target?.Code));
    }

    [Fact]
    public void Leaders_meeting_at_a_place_are_not_of_that_place()
    {
        var events = CodedSentences.Code("The two foreign ministers met in Geneva on Tuesday.");
        var meeting = Assert.Single(events, e => e.Root == "04");
        Assert.Null(meeting.Source?.Country);
        Assert.Null(meeting.Target);
    }

    [Fact]
    public void Unnamed_troops_keep_an_unknown_country()
    {
        var events = CodedSentences.Code("Troops opened fire on a crowd in Kabul on Friday.");
        Assert.Contains(events, e => e.Root is "18" or "19" or "17" && e.Source?.Code == "---MIL");
    }

    [Fact]
    public void Named_actors_keep_their_own_country()
    {
        var events = CodedSentences.Code("Turkish warplanes bombed villages near the town of Zakho on Monday.");
        Assert.Contains(events, e => e.Root is "18" or "19" && e.Source?.Code == "TURMIL");
        Assert.DoesNotContain(events, e => e.Source?.Country == "IRQ");
    }

    [Fact]
    public void Statements_get_no_source_from_a_place()
    {
        var events = CodedSentences.Code("A statement issued in Cairo praised the agreement.");
        Assert.DoesNotContain(events, e => e.Source?.Country == "EGY");
    }

    [Fact]
    public void Timor_Leste_actors_use_the_CAMEO_country_code()
    {
        var events = CodedSentences.Code("Prisoners rioted at a jail in East Timor on Monday.");
        Assert.Contains(events, e => e.Root == "14" && e.Source?.Code == "TMP" && e.Source.Country == "TLS");
    }

    [Fact]
    public void A_people_without_a_country_takes_the_country_named_after_it()
    {
        var events = CodedSentences.Code("Kurds in northern Iraq demanded a referendum on independence.", "2017-06-01");
        Assert.Contains(events, e => e.Root == "10" && e.Source?.Code == "IRQKUR");
    }

    [Fact]
    public void A_people_without_a_country_and_without_a_place_keeps_an_unknown_country()
    {
        var events = CodedSentences.Code("Kurds demanded a referendum on independence.", "2017-06-01");
        Assert.Contains(events, e => e.Root == "10" && e.Source is { Code: "---KUR", Country: null });
    }

    [Fact]
    public void Settlers_are_coded_to_their_own_country_not_the_place()
    {
        var events = CodedSentences.Code("Jewish settlers set fire to Palestinian cars near the city of Nablus.");
        Assert.Contains(events, e => e.Source?.Code == "ISRSET");
    }

    [Fact]
    public void People_acted_on_by_a_countrys_police_are_of_that_country()
    {
        var events = CodedSentences.Code("Kenyan police fired tear gas at demonstrators on Monday.");
        Assert.Contains(events, e => e.Source?.Code == "KENCOP" && e.Target?.Code == "KENOPP");
    }

    [Fact]
    public void A_country_named_alone_abroad_lends_no_country_to_the_people_it_strikes()
    {
        var events = CodedSentences.Code("American drones killed militants on Sunday.");
        Assert.Contains(events, e => e.Root is "18" or "19" && e.Target?.Code == "---REB");
    }

    [Fact]
    public void An_actor_named_after_a_place_takes_its_country()
    {
        var events = CodedSentences.Code("The governor of Helmand accused the Taliban of killing civilians in Kandahar.");
        var accusation = Assert.Single(events, e => e.Root == "11");
        Assert.Equal("AFGGOV", accusation.Source?.Code);
        // The place the actor is named after is not where the event happened.
        Assert.Equal("Kandahar", accusation.Place?.Name);
    }

    [Fact]
    public void A_name_with_of_that_is_no_place_leaves_the_actor_without_a_country()
    {
        var events = CodedSentences.Code("Officials of the Bank of England criticized the plan.");
        Assert.Contains(events, e => e.Root == "11" && e.Source is { Code: "---GOV", Country: null });
    }

    [Fact]
    public void An_unnamed_investigation_at_a_place_is_opened_by_that_country()
    {
        var events = CodedSentences.Code("An Iranian national is under investigation in Germany.");
        var investigation = CodedSentences.HasEvent(events, "DEU", "IRN", "09");
        Assert.Null(investigation.Source?.EntityId);
    }

    [Fact]
    public void An_actor_named_by_a_place_before_it_takes_its_country()
    {
        var events = CodedSentences.Code("Kandahar police arrested two men on Sunday.");
        Assert.Contains(events, e => e.Root == "17" && e.Source?.Code == "AFGCOP");
    }

    [Fact]
    public void Violence_at_a_place_with_no_one_named_is_done_to_the_places_people()
    {
        var events = CodedSentences.Code("Turkish artillery shelled positions near Mosul on Monday.");
        Assert.Contains(events, e => e.Root is "18" or "19" && e.Source?.Country == "TUR" && e.Target is { Country: "IRQ", EntityId: null });
    }

    [Fact]
    public void An_institution_protested_against_without_a_country_is_the_protesters_own()
    {
        var events = CodedSentences.Code("Moroccan teachers began a hunger strike outside Parliament to demand higher pay.");
        Assert.Contains(events, e => e.Root == "14" && e.Source?.Country == "MAR" && e.Target?.Code == "MARLEG");
    }
    [Fact]
    public void An_unnamed_attacker_is_from_where_it_fires_from_not_of_the_country_it_attacks()
    {
        var fired = CodedSentences.Code("A rocket was fired at Israel from the Gaza Strip on Tuesday.");
        Assert.Contains(fired, e => e.Root == "19" && e.Source?.Country == "PSE" && e.Target?.Country == "ISR");
        var militants = CodedSentences.Code("Militants fired a rocket at Israel from the Gaza Strip.");
        Assert.Contains(militants, e => e.Root == "19" && e.Source?.Code == "PSEREB");
        Assert.DoesNotContain(CodedSentences.Code("Militants fired a rocket at Israel."), e => e.Source?.Country == "ISR");
    }
}
