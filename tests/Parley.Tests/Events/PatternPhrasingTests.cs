using static Parley.Tests.Support.CodedSentences;

namespace Parley.Tests.Events;

/// <summary>Phrasings added to the pattern dictionary, on sentences written for these tests.</summary>
public class PatternPhrasingTests
{
    [Fact]
    public void Allowing_the_opposition_a_rally_eases_restrictions_on_political_freedoms()
    {
        var events = Code("The Zambian government allowed the opposition to hold a rally in Lusaka.");
        Assert.Contains(events, e => e.Cameo == "0811" && e.Source?.Country == "ZMB");
    }

    [Fact]
    public void Handing_over_supplies_through_a_quantity_is_humanitarian_aid()
    {
        var events = Code("Norwegian doctors handed over 500 kg of medicine to the Red Cross in Herat.");
        Assert.Contains(events, e => e.Cameo == "073" && e.Source?.Country == "NOR");
    }

    [Fact]
    public void Sending_missiles_drones_or_ammunition_is_military_aid()
    {
        HasEvent(Code("The U.S. sent howitzers and ammunition to Ukraine."), "USA", "UKR", "072");
        HasEvent(Code("Iran supplied Russia with attack drones."), "IRN", "RUS", "072");
        var planned = HasEvent(Code("Germany will send Patriot missile systems to Poland, the defense ministry announced."), "DEU", "POL", "03");
        Assert.Equal(Parley.Events.Modality.Intended, planned.Modality);
    }

    [Fact]
    public void Arms_as_a_noun_arm_no_one()
    {
        var events = Code("The EU froze the assets of two of Iran's arms makers.");
        Assert.Contains(events, e => e.Root == "16" && e.Target?.Country == "IRN");
        Assert.DoesNotContain(events, e => e.Root == "07");
        Assert.DoesNotContain(Code("Ukraine's arms makers are expanding production."), e => e.Root == "07");
        HasEvent(Code("Iran armed the Houthis."), "IRN", "YEM", "072");
    }

    [Fact]
    public void Denying_having_sent_or_backed_something_is_a_denial_not_the_act()
    {
        var events = Code("China has repeatedly denied supplying weapons to Russia, some of them similar to arms made in China");
        HasEvent(events, "CHN", "RUS", "016");
        Assert.DoesNotContain(events, e => e.Root == "07");
        HasEvent(Code("Rwanda denied backing the M23 rebels."), "RWA", "COD", "016");
    }

    [Fact]
    public void Sides_trading_accusations_or_agreeing_to_a_truce_do_it_to_each_other()
    {
        HasEventBothWays(Code("Armenia and Azerbaijan traded accusations over the shelling."), "ARM", "AZE", "112");
        var truce = Code("Israel and Hamas agreed to a ceasefire brokered by Egypt.");
        HasEventBothWays(truce, "ISR", "PSE", "03");
        Assert.DoesNotContain(truce, e => e.Target?.Country == "EGY");
    }

    [Fact]
    public void Who_brokers_relations_restored_between_two_sides_is_no_side()
    {
        var events = Code("Saudi Arabia and Iran restored diplomatic relations in a deal brokered by China.");
        HasEventBothWays(events, "SAU", "IRN", "05");
        Assert.DoesNotContain(events, e => e.Target?.Country == "CHN");
    }

    [Fact]
    public void Being_open_to_talks_is_an_intent_and_a_summoned_charge_daffaires_a_complaint()
    {
        var open = HasEvent(Code("The White House said it was open to talks with Pyongyang without preconditions."), "USA", "PRK", "036");
        Assert.Equal(Parley.Events.Modality.Intended, open.Modality);
        var summoned = Code("Pakistan's foreign ministry summoned the Afghan charge d'affaires on Monday.");
        HasEvent(summoned, "PAK", "AFG", "114");
        Assert.DoesNotContain(summoned, e => e.Root == "17");
    }

    [Fact]
    public void Sides_signing_a_pact_together_sign_it_with_each_other_not_with_what_it_allows()
    {
        var events = Code("Japan and the Philippines signed a defense pact allowing troops to be deployed on each other's soil.");
        HasEventBothWays(events, "JPN", "PHL", "06");
        Assert.DoesNotContain(events, e => e.Target?.Code == "---MIL");
    }

    [Fact]
    public void An_actor_phrase_that_took_the_patterns_role_noun_still_fills_the_slot()
    {
        // `summon TARGET ambassador`: "Niger's ambassador" is one actor phrase ending in the pattern's word.
        HasEvent(Code("Nigeria summoned Niger's ambassador on Tuesday."), "NGA", "NER", "11");
        HasEvent(Code("France summoned the Iranian ambassador."), "FRA", "IRN", "11");
    }

    [Fact]
    public void Taking_in_refugees_is_asylum_but_taking_place_in_a_country_is_nothing()
    {
        HasEvent(Code("Uganda took in thousands of South Sudanese refugees."), "UGA", "SSD", "07");
        Assert.Empty(Code("The uprising took place in Uganda in 1966."));
    }

    [Fact]
    public void Ships_rammed_or_blocked_at_sea_are_force_used_on_their_country()
    {
        var events = Code("Vietnam said Chinese coast guard vessels had rammed a Vietnamese fishing boat and blocked Vietnamese supply ships.");
        Assert.Contains(events, e => e.Cameo == "190" && e.Source?.Country == "CHN" && e.Target?.Country == "VNM");
        Assert.Contains(events, e => e.Cameo == "191" && e.Source?.Country == "CHN" && e.Target?.Country == "VNM");
    }

    [Fact]
    public void Two_sides_restoring_relations_restore_them_with_each_other()
    {
        HasEventBothWays(Code("Kenya and Somalia restored diplomatic relations on Monday."), "KEN", "SOM", "05");
    }

    [Fact]
    public void Ending_a_war_is_de_escalation_not_fighting()
    {
        var events = Code("Uganda launched talks aimed at ending the war with South Sudan.");
        Assert.DoesNotContain(events, e => e.Root is "18" or "19");
        Assert.Contains(events, e => e.Cameo.StartsWith("087", StringComparison.Ordinal));
    }

    [Fact]
    public void Releasing_a_report_is_a_statement_not_a_release_of_prisoners()
    {
        var events = Code("Amnesty International released a report on Kenya.");
        HasEvent(events, "NGO", "KEN", "010");
        Assert.DoesNotContain(events, e => e.Cameo.StartsWith("084", StringComparison.Ordinal));
        HasEvent(Code("Israel released 20 Palestinian prisoners."), "ISR", "PSE", "084");
    }

    [Fact]
    public void Presenting_evidence_against_an_actor_is_an_accusation()
    {
        var events = Code("Ukraine presented evidence against Russia at the tribunal.");
        HasEvent(events, "UKR", "RUS", "112");
    }

    [Fact]
    public void Advising_against_travel_to_a_country_reduces_relations_and_is_no_visit()
    {
        var events = Code("France has advised against travel to Mali after the attack.");
        Assert.Contains(events, e => e.Cameo == "160" && e.Source?.Country == "FRA" && e.Target?.Country == "MLI");
        Assert.DoesNotContain(events, e => e.Root == "04");
    }

    [Fact]
    public void An_actor_named_again_between_commas_belongs_to_the_slot_before_it()
    {
        var events = Code("Kenya forced the UN refugee agency, UNHCR, out of the country.");
        Assert.Contains(events, e => e.Cameo == "166" && e.Source?.Country == "KEN" && e.Target?.Code == "IGOUNOHCR");
    }
    [Fact]
    public void Organizing_a_strike_is_a_strike_and_sorrow_for_victims_is_sympathy()
    {
        Assert.Contains(Code("Nepal's opposition parties organized a strike on Monday."), e => e.Cameo == "143" && e.Source?.Country == "NPL");
        Assert.Contains(Code("The Chilean president expressed sorrow for the victims of the flood in Peru."),
            e => e.Cameo == "018" && e.Source?.Country == "CHL");
    }

    [Fact]
    public void Delivering_weapon_systems_or_warplanes_is_military_aid()
    {
        HasEvent(Code("Norway delivered two air defence systems to Ukraine."), "NOR", "UKR", "072");
        HasEvent(Code("Denmark transferred six F-16 jets to Ukraine."), "DNK", "UKR", "072");
    }

    [Fact]
    public void Denying_sending_troops_into_a_country_is_a_denial_towards_that_country() =>
        HasEvent(Code("Rwanda denied sending troops into Burundi."), "RWA", "BDI", "016");

    [Fact]
    public void Blocking_a_package_or_a_proposal_is_a_rejection()
    {
        HasEvent(Code("Slovakia blocked an EU aid package for Moldova."), "SVK", "IGO", "122");
        Assert.DoesNotContain(Code("Slovakia blocked an EU aid package for Moldova."), e => e.Root == "19");
    }

    [Fact]
    public void Revoking_or_cancelling_cooperation_reduces_relations()
    {
        HasEvent(Code("Chad revoked a defence cooperation agreement with France."), "TCD", "FRA", "16");
        HasEvent(Code("Chad cancelled talks with Sudan."), "TCD", "SDN", "164");
    }

    [Fact]
    public void Tear_gas_is_no_chemical_weapon()
    {
        var events = Code("Kenyan police fired water cannon and tear gas as crowds marched in Nairobi.");
        Assert.DoesNotContain(events, e => e.Cameo.StartsWith("204", StringComparison.Ordinal));
        Assert.Contains(events, e => e.Source?.Country == "KEN");
    }

    [Fact]
    public void Approving_the_sale_of_weapons_is_no_approval_of_the_buyer()
    {
        var events = Code("Canada approved the sale of missiles to Jordan.");
        HasEvent(events, "CAN", "JOR", "072");
        Assert.DoesNotContain(events, e => e.Root == "05");
    }

    [Fact]
    public void The_use_of_poison_gas_is_a_chemical_attack() =>
        Assert.Contains(Code("Dozens choked after the use of toxic gas by Sudanese troops in Darfur."), e => e.Cameo == "2041" && e.Source?.Country == "SDN");

    [Fact]
    public void Traded_blame_is_mutual_and_clashes_breaking_out_between_sides_are_fighting()
    {
        HasEventBothWays(Code("Kenya and Somalia traded blame for the collapse of the border talks."), "KEN", "SOM", "112");
        HasEventBothWays(Code("Clashes broke out between Kenyan and Somali troops near the border."), "KEN", "SOM", "19");
    }

    [Fact]
    public void Ending_a_cooperation_agreement_reduces_relations() =>
        HasEvent(Code("Niger announced the end of its security cooperation agreement with Benin."), "NER", "BEN", "160");

    [Fact]
    public void Pledging_to_improve_relations_is_an_intent_to_cooperate() =>
        HasEventBothWays(Code("Kenya and Tanzania pledged to improve relations."), "KEN", "TZA", "030");

    [Fact]
    public void Sides_exchanging_prisoners_release_them_to_each_other_not_to_the_broker()
    {
        var events = Code("Sudan and South Sudan exchanged 40 prisoners in a deal brokered by Qatar.");
        HasEventBothWays(events, "SDN", "SSD", "0841");
        Assert.DoesNotContain(events, e => e.Cameo == "0841" && e.Target?.Country == "QAT");
    }

    [Fact]
    public void Intercepting_a_shipment_seizes_property() =>
        HasEvent(Code("The Kenyan navy intercepted a shipment of Somali charcoal."), "KEN", "SOM", "171");

    [Fact]
    public void Freezing_participation_in_an_alliance_reduces_relations() =>
        HasEvent(Code("Georgia froze its membership in the Russian-led alliance."), "GEO", "RUS", "160");

    [Fact]
    public void Sending_warplanes_into_a_zone_is_a_show_of_force() =>
        HasEvent(Code("Russia sent 12 warplanes into Finland's airspace on Monday."), "RUS", "FIN", "150");

    [Fact]
    public void Hanging_someone_is_an_execution() =>
        HasEvent(Code("Saudi Arabia hanged a Yemeni man on Monday."), "SAU", "YEM", "1823");

    [Fact]
    public void Handing_over_suspects_across_a_named_group_is_judicial_cooperation() =>
        HasEvent(Code("Turkey handed over 12 Islamic State suspects to Germany."), "TUR", "DEU", "063");

    [Fact]
    public void Closing_an_embassy_named_as_a_noun_breaks_relations() =>
        HasEvent(Code("Peru announced the closure of its embassy in Venezuela."), "PER", "VEN", "161");

    [Fact]
    public void Sinking_a_ship_is_military_force() =>
        HasEvent(Code("The Ukrainian navy sank a Russian patrol ship near Sevastopol."), "UKR", "RUS", "190");
}
