using Parley.Events;
using Parley.Tests.Support;

namespace Parley.Tests.Events;

/// <summary>Whose country or body an actor phrase belongs to (whole pipeline, sentences written for these tests).</summary>
public class ActorPhraseRulesTests
{
    private static List<CodedEvent> Code(string text, string published = "2025-03-14") => CodedSentences.Code(text, published);

    [Fact]
    public void A_member_acts_for_the_body_it_belongs_to()
    {
        var events = Code("A member of the Kenyan parliament started a hunger strike to protest the arrest of journalists.");
        Assert.Contains(events, e => e.Root == "14" && e.Source?.Code == "KENLEG");
    }

    [Fact]
    public void A_state_of_things_is_no_government()
    {
        Assert.DoesNotContain(Code("Years of sanctions contributed to the current state of affairs in Kenya."), e => e.Target?.Code?.EndsWith("GOV") == true);
        Assert.Contains(Code("The state arrested two Kenyan journalists."), e => e.Root == "17" && e.Source?.Code == "---GOV");
    }

    [Fact]
    public void The_agents_of_a_group_are_the_group()
    {
        var events = Code("Leaders of Egypt's Muslim Brotherhood criticized Qatar.", "2014-06-01");
        Assert.Contains(events, e => e.Root == "11" && e.Source?.Code == "EGYPTYMBR" && e.Target?.Country == "QAT");
    }

    [Fact]
    public void An_agent_with_modifiers_after_its_article_takes_the_country_that_follows()
    {
        var events = Code("The foreign minister of Rwanda met with Kenyan officials.");
        Assert.Contains(events, e => e.Root == "04" && e.Source?.Code == "RWAGOV" && e.Target?.Code == "KENGOV");
        // A capitalized word after the article is a name, not a modifier of the role noun.
        Assert.DoesNotContain(Code("The Federal Minister Khan met with Kenyan officials."), e => e.Source?.Code == "---GOV");
    }

    [Fact]
    public void Deputy_before_another_title_is_part_of_it()
    {
        Assert.Contains(Code("Iran's deputy foreign minister met with Kenyan officials."), e => e.Root == "04" && e.Source?.Code == "IRNGOV");
        Assert.Contains(Code("Iraqi deputies rejected the new law."), e => e.Root == "12" && e.Source?.Code == "IRQLEG");
    }

    [Fact]
    public void Two_lower_case_modifiers_may_stand_between_a_possessive_country_and_its_role_noun() =>
        Assert.Contains(Code("Kenya's national security adviser met with Ugandan officials."), e => e.Root == "04" && e.Source?.Code == "KENGOV");

    [Fact]
    public void A_hyphenated_modifier_may_stand_before_the_country_that_follows_an_agent()
    {
        var events = Code("The Egyptian president met exiled dissidents from military-ruled Myanmar.");
        Assert.Contains(events, e => e.Root == "04" && e.Target?.Code == "MMROPP");
    }

    [Fact]
    public void Countries_joined_before_one_role_noun_share_it()
    {
        var events = Code("US and British forces attacked the rebels.");
        Assert.Contains(events, e => e.Root == "19" && e.Source?.Code == "USAMIL");
        Assert.Contains(events, e => e.Root == "19" && e.Source?.Code == "GBRMIL");
        // A country named by its own name is the country, not its forces.
        Assert.Contains(Code("Iran and Iraqi forces attacked the rebels."), e => e.Root == "19" && e.Source?.Code == "IRN");
    }

    [Fact]
    public void An_agent_word_before_a_name_modifies_the_name()
    {
        var events = Code("Israeli police arrested a member of the Islamist Hamas movement on Monday.");
        Assert.DoesNotContain(events, e => e.Target?.Code == "---RAD");
        Assert.Contains(events, e => e.Root == "17" && e.Target?.Country == "PSE");
    }

    [Fact]
    public void A_people_living_somewhere_takes_the_country_of_the_place()
    {
        var events = Code("Druze villagers of the Syrian Golan Heights staged a protest against Israel.");
        Assert.Contains(events, e => e.Root == "14" && e.Source?.Country == "SYR");
    }

    [Fact]
    public void A_countrys_people_named_as_the_people_of_another_country_take_that_one()
    {
        var events = Code("The Turks of northern Cyprus are demanding autonomy from the Cypriot government.");
        Assert.Contains(events, e => e.Root == "10" && e.Source?.Code == "CYP");
    }

    [Fact]
    public void A_countrys_people_in_another_country_stay_its_own()
    {
        var events = Code("Americans in Iraq protested against the Iraqi government.");
        Assert.Contains(events, e => e.Root == "14" && e.Source?.Code == "USA");
    }
}
