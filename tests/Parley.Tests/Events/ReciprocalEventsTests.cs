using Parley.Tests.Support;

namespace Parley.Tests.Events;

/// <summary>Meetings and visits seen from both sides (whole pipeline, sentences written for these tests).</summary>
public class ReciprocalEventsTests
{
    [Fact]
    public void Talks_are_coded_from_both_sides()
    {
        var events = CodedSentences.Code("Japan's foreign minister held talks with Indonesian officials on Monday.");
        CodedSentences.HasEvent(events, "JPN", "IDN", "04");
        CodedSentences.HasEvent(events, "IDN", "JPN", "04");
    }

    [Fact]
    public void The_country_visited_hosts_the_visit()
    {
        var events = CodedSentences.Code("The Chilean president visited Argentina on Tuesday.");
        Assert.Contains(events, e => e.Cameo == "042" && e.Source?.Country == "CHL" && e.Target?.Country == "ARG");
        Assert.Contains(events, e => e.Cameo == "043" && e.Source?.Country == "ARG" && e.Target?.Country == "CHL");
    }

    [Fact]
    public void Two_bodies_of_one_country_are_two_sides_but_a_country_and_its_own_body_are_one()
    {
        var received = CodedSentences.Code("Kenyan protesters received ministers of the Kenyan government on Monday.");
        Assert.Contains(received, e => e.Cameo == "043" && e.Source?.Code == "KENOPP" && e.Target?.Code == "KENGOV");
        Assert.Contains(received, e => e.Cameo == "042" && e.Source?.Code == "KENGOV" && e.Target?.Code == "KENOPP");
        var travel = CodedSentences.Code("The Canadian government lifted its ban on travel to Canada.");
        Assert.DoesNotContain(travel, e => e.Cameo == "043");
    }

    [Fact]
    public void Hostile_acts_are_not_mirrored()
    {
        var events = CodedSentences.Code("Chile accused Argentina of violating the treaty.");
        Assert.DoesNotContain(events, e => e.Source?.Country == "ARG" && e.Target?.Country == "CHL");
    }

    [Fact]
    public void A_planned_meeting_is_not_mirrored()
    {
        var events = CodedSentences.Code("Chile's president will not meet Argentina's president.");
        Assert.DoesNotContain(events, e => e.Source?.Country == "ARG" && e.Target?.Country == "CHL");
    }

    [Fact]
    public void Coordinated_actors_meeting_with_no_one_else_meet_each_other()
    {
        var events = CodedSentences.Code("Iran, Russia and Turkey held talks on Monday.");
        foreach (var (a, b) in new[] { ("IRN", "RUS"), ("RUS", "TUR"), ("TUR", "IRN") })
        {
            CodedSentences.HasEvent(events, a, b, "04");
            CodedSentences.HasEvent(events, b, a, "04");
        }
        Assert.DoesNotContain(events, e => e.Root == "04" && e.Target is null);
    }

    [Fact]
    public void Coordinated_signatories_with_no_one_else_sign_with_each_other_but_a_ratification_is_one_sided()
    {
        var signed = CodedSentences.Code("Kenya and Uganda signed a treaty of friendship on Monday.");
        CodedSentences.HasEvent(signed, "KEN", "UGA", "05");
        CodedSentences.HasEvent(signed, "UGA", "KEN", "05");
        var ratified = CodedSentences.Code("Ukraine ratified an agreement with Poland on Tuesday.");
        CodedSentences.HasEvent(ratified, "UKR", "POL", "05");
        Assert.DoesNotContain(ratified, e => e.Source?.Country == "POL");
    }

    [Fact]
    public void Receiving_someone_is_hosting_a_visit()
    {
        var events = CodedSentences.Code("The Egyptian president received the Iraqi foreign minister on Monday.");
        Assert.Contains(events, e => e.Cameo == "043" && e.Source?.Country == "EGY" && e.Target?.Country == "IRQ");
        Assert.Contains(events, e => e.Cameo == "042" && e.Source?.Country == "IRQ" && e.Target?.Country == "EGY");
    }
    [Fact]
    public void A_place_where_talks_are_held_or_a_topic_of_them_is_no_side()
    {
        var events = CodedSentences.Code("Argentina's president attended a summit on the crisis in Venezuela.");
        Assert.DoesNotContain(events, e => e.Root == "04" && (e.Target?.Country == "VEN" || e.Source?.Country == "VEN"));
    }

    [Fact]
    public void Attending_a_meeting_held_in_another_country_is_a_visit_it_hosts()
    {
        var events = CodedSentences.Code("Argentina's president attended a conference in Peru.");
        Assert.Contains(events, e => e.Cameo == "042" && e.Source?.Country == "ARG" && e.Target?.Country == "PER");
        Assert.Contains(events, e => e.Cameo == "043" && e.Source?.Country == "PER" && e.Target?.Country == "ARG");
    }

    [Fact]
    public void A_meeting_named_after_its_host_place_is_a_visit_there_but_one_of_a_group_is_not()
    {
        var summit = CodedSentences.Code("Argentina's president attended the Lima summit on Monday.");
        Assert.Contains(summit, e => e.Cameo == "042" && e.Source?.Country == "ARG" && e.Target?.Country == "PER");
        var games = CodedSentences.Code("The Kenyan president attended the Tokyo Olympics.");
        Assert.Contains(games, e => e.Cameo == "042" && e.Source?.Country == "KEN" && e.Target?.Country == "JPN");
        var factions = CodedSentences.Code("The Kenyan opposition attended a meeting of Ugandan parties on Monday.");
        Assert.DoesNotContain(factions, e => e.Cameo == "042");
    }

    [Fact]
    public void Calling_for_something_or_calling_it_a_name_is_no_phone_call()
    {
        Assert.DoesNotContain(CodedSentences.Code("Kenyan protesters marched on Monday calling for the departure of the UN mission."), e => e.Cameo == "041");
        Assert.DoesNotContain(CodedSentences.Code("Thousands of Ugandans rallied to protest what they called the desecration of a church in Kenya."), e => e.Cameo == "041");
        Assert.Contains(CodedSentences.Code("The Kenyan president called the Ugandan president on Monday."), e => e.Cameo == "041");
    }

    [Fact]
    public void A_phone_call_is_coded_from_both_sides()
    {
        var events = CodedSentences.Code("The Kenyan president telephoned the Ugandan president on Monday.");
        Assert.Contains(events, e => e.Cameo == "041" && e.Source?.Country == "KEN" && e.Target?.Country == "UGA");
        Assert.Contains(events, e => e.Cameo == "041" && e.Source?.Country == "UGA" && e.Target?.Country == "KEN");
    }
}
