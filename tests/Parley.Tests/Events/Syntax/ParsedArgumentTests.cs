using Parley.Events;
using Parley.Tests.Support;
using Parley.Text;
using Parley.Time;

namespace Parley.Tests.Events.Syntax;

/// <summary>
/// Source and target read from the dependency parse, through the whole pipeline (segmenter,
/// tagger, parser, knowledge base, coder) on sentences written for these tests.
/// </summary>
public class ParsedArgumentTests
{
    private static List<CodedEvent> Code(string text, string published = "2025-03-14") => CodedSentences.Code(text, published);

    private static string Describe(List<CodedEvent> events) => CodedSentences.Describe(events);

    private static void HasEvent(List<CodedEvent> events, string source, string? target, string root) =>
        CodedSentences.HasEvent(events, source, target, root);

    [Fact]
    public void The_grammatical_subject_is_the_source_even_with_a_date_between()
    {
        var events = Code("Egyptian rebels on Friday again rejected a Senegalese peace plan.");
        HasEvent(events, "EGY", "SEN", "12");
    }

    [Fact]
    public void A_giver_named_after_from_is_the_source_and_the_subject_the_target()
    {
        var events = Code("Georgian demonstrators received weapons from the Turkish government.");
        HasEvent(events, "TUR", "GEO", "07");
    }

    [Fact]
    public void The_actor_urged_is_the_target_of_an_appeal()
    {
        var events = Code("France urged Iran to resume talks with the United States.");
        HasEvent(events, "FRA", "IRN", "02");
        Assert.DoesNotContain(events, e => e.Source?.Country == "FRA" && e.Target?.Country == "USA");
    }

    [Fact]
    public void What_a_speaker_says_another_must_do_is_a_demand_on_it()
    {
        var events = Code("Russia said on Tuesday that Sudan must return the captured helicopter to Moscow.");
        HasEvent(events, "RUS", "SDN", "10");
    }

    [Fact]
    public void A_have_perfect_is_active_even_when_the_labeler_says_passive()
    {
        var events = Code("The United States and Jordan have agreed on a new trade pact.");
        Assert.Contains(events, e => e.Source?.Country == "USA" && e.Cameo.StartsWith("03", StringComparison.Ordinal));
        Assert.DoesNotContain(events, e => e.Source is null);
    }

    [Fact]
    public void A_participle_used_as_an_adjective_is_no_event()
    {
        var events = Code("Sudan returned the captured helicopter to Russia.");
        Assert.DoesNotContain(events, e => e.Cameo.StartsWith("17", StringComparison.Ordinal));
    }

    [Fact]
    public void A_dateline_before_a_dash_is_not_the_subject()
    {
        var events = Code("SEOUL, August 14, 2025 - North Korea has rejected any dialogue with South Korea.", "2025-08-14");
        HasEvent(events, "PRK", "KOR", "12");
    }

    [Fact]
    public void Role_nouns_run_on_after_a_country_and_keep_the_first_role()
    {
        var events = Code("Serbian military police launched an investigation into the killings.");
        Assert.Contains(events, e => e.Source?.Code == "SRBMIL" && e.Cameo.StartsWith("09", StringComparison.Ordinal));
    }

    [Fact]
    public void An_intransitive_act_is_never_read_as_a_bare_passive()
    {
        var events = Code("Israeli troops remained on alert in the north.");
        Assert.Contains(events, e => e.Source?.Code == "ISRMIL" && e.Cameo.StartsWith("15", StringComparison.Ordinal));
    }

    [Fact]
    public void Wanting_another_actor_to_act_is_an_appeal_to_it()
    {
        var events = Code("France wants Germany to resume talks with Russia.");
        HasEvent(events, "FRA", "DEU", "02");
    }

    [Fact]
    public void Saying_another_actor_must_act_is_a_demand_even_without_a_pattern_for_the_act()
    {
        var events = Code("The Red Cross said Israeli forces must ensure security in the camps.");
        Assert.Contains(events, e => e.Rule == "modal-demand" && e.Target?.Country == "ISR" && e.Cameo == "100");
    }

    [Fact]
    public void A_nominal_event_as_the_object_of_a_plain_verb_takes_its_subject()
    {
        var events = Code("The United States speeded up the withdrawal of its forces from Panama.");
        Assert.Contains(events, e => e.Source?.Country == "USA" && e.Cameo.StartsWith("08", StringComparison.Ordinal));
    }

    [Fact]
    public void Forces_owned_by_its_or_their_belong_to_the_sentence_subject()
    {
        var events = Code("Egypt said on Tuesday that their forces had completed the withdrawal of troops from Libya.");
        Assert.Contains(events, e => e.Source?.Code == "EGYMIL");
    }

    [Fact]
    public void What_happens_to_a_request_is_the_event_not_the_act_requested()
    {
        var events = Code("Yemen has rejected a U.S. request to question the detainees.");
        HasEvent(events, "YEM", "USA", "12");
        Assert.DoesNotContain(events, e => e.Cameo.StartsWith("02", StringComparison.Ordinal) || e.Cameo.StartsWith("09", StringComparison.Ordinal));
    }

    [Fact]
    public void The_actor_named_before_an_apposition_is_the_source_not_the_one_inside_it()
    {
        var events = Code("Kenya, a close British partner in the region, has refused to send troops to Somalia.");
        HasEvent(events, "KEN", "SOM", "12");
        Assert.DoesNotContain(events, e => e.Source?.Country == "GBR");
    }

    [Fact]
    public void A_second_verb_sharing_a_thing_as_subject_does_not_take_the_first_verbs_object()
    {
        var events = Code("A car bomb outside the base killed one Turkish soldier and wounded three others.");
        Assert.DoesNotContain(events, e => e.Source?.Country == "TUR");
    }

    [Fact]
    public void Must_makes_its_subject_the_one_asked_even_when_the_act_has_an_object()
    {
        var events = Code("The Jordanian king said on Monday that France must be ready to mediate between Israel and Syria.");
        HasEvent(events, "JOR", "FRA", "10");
    }

    [Fact]
    public void Forces_engaged_in_an_act_are_its_doers_not_its_victims()
    {
        var events = Code("Sudanese forces were engaged in ethnic cleansing against the population of Darfur.");
        Assert.Contains(events, e => e.Root == "20" && e.Source?.Country == "SDN");
    }

    [Fact]
    public void Who_ordered_an_act_did_it_and_who_asks_for_justice_is_not_its_target()
    {
        var events = Code("Venezuelan President Nicolas Maduro called for Colombian President Ivan Duque to face justice for ordering the raid.", "2020-06-01");
        Assert.Contains(events, e => e.Root == "10" && e.Source?.Country == "VEN" && e.Target?.Country == "COL");
        Assert.DoesNotContain(events, e => e.Root is "18" or "19" && (e.Source?.Country == "VEN" || e.Target?.Country == "VEN"));
    }

    [Fact]
    public void A_passive_verb_is_read_as_a_verb_and_an_equipped_attacker_is_no_aid()
    {
        var events = Code("A camp for Sudanese refugees was attacked by Chadian militiamen armed with machetes.", "2006-01-01");
        HasEvent(events, "TCD", "SDN", "19");
        Assert.DoesNotContain(events, e => e.Root == "07");
    }

    [Fact]
    public void A_pronoun_subject_of_a_complement_is_the_subject_of_the_verb_above()
    {
        var events = Code("The Kenyan teachers' union announced on Monday that it had called off its strike over pay.");
        Assert.Contains(events, e => e.Root == "08" && e.Source?.Country == "KEN");
    }

    [Fact]
    public void A_pronoun_after_a_verb_with_an_object_is_not_resolved_to_its_subject()
    {
        var events = Code("Hezbollah warned Israel that it would attack the port.");
        Assert.DoesNotContain(events, e => e.Root == "18" && e.Source?.Country == "LBN" && e.Target?.Country == "LBN");
    }

    [Fact]
    public void Fighters_loyal_to_or_affiliated_with_an_actor_belong_to_its_country()
    {
        HasEvent(Code("Militants loyal to Syria's president shelled a village on Sunday."), "SYR", null, "19");
        var strike = Code("Thousands of workers affiliated with the Ghanaian trade union federation went on strike on Monday.");
        Assert.Contains(strike, e => e.Root == "14" && e.Source?.Country == "GHA");
    }

    [Fact]
    public void Capitalized_words_of_a_name_stand_between_a_country_and_its_role_noun()
    {
        var events = Code("Uganda Coffee Board officials demanded compensation from the government.");
        Assert.Contains(events, e => e.Root == "10" && e.Source?.Code == "UGAGOV");
    }

    [Fact]
    public void The_second_part_of_a_hyphenated_modifier_is_no_verb()
    {
        var events = Code("Nigerian doctors began an open-ended strike on Monday.");
        Assert.DoesNotContain(events, e => e.Root == "08");
        HasEvent(events, "NGA", null, "14");
    }

    [Fact]
    public void A_verb_with_the_prefix_re_is_the_verb()
    {
        var events = Code("Turkey re-opened its border with Armenia.");
        HasEvent(events, "TUR", "ARM", "08");
    }

    [Fact]
    public void An_institution_acts_without_an_article()
    {
        var events = Code("Parliament condemned Russia's decision on Tuesday.");
        Assert.Contains(events, e => e.Root == "11" && e.Source?.Code == "---LEG" && e.Target?.Country == "RUS");
    }

    [Fact]
    public void An_infinitive_of_purpose_is_done_by_the_subject_not_the_object()
    {
        var events = Code("Ghana summoned Togo's ambassador on Monday to complain about the border closure.");
        Assert.Contains(events, e => e.Root == "11" && e.Source?.Country == "GHA");
        Assert.DoesNotContain(events, e => e.Root == "11" && e.Source?.Country == "TGO");
    }

    [Fact]
    public void After_a_verb_of_asking_the_object_does_the_infinitive()
    {
        var events = Code("Ghana urged Togo on Monday to reopen the border.");
        HasEvent(events, "GHA", "TGO", "02");
    }

    [Fact]
    public void A_verb_that_shares_a_role_nouns_lemma_is_not_part_of_the_actor()
    {
        var events = Code("Syrian troops forced out Kurdish refugees on Monday.");
        Assert.Contains(events, e => e.Root is "17" or "20" && e.Source?.Code == "SYRMIL");
    }

    [Fact]
    public void A_bracketed_acronym_stands_between_a_name_and_its_role_noun()
    {
        var events = Code("Uganda Coffee Board (UCB) officials demanded compensation from the government.");
        Assert.Contains(events, e => e.Root == "10" && e.Source?.Country == "UGA");
    }

    [Fact]
    public void A_named_apposition_places_a_people_without_a_country()
    {
        var events = Code("The main Hutu rebel group, Forces for Defence of Democracy (FDD), rejected the government's offer.", "2002-06-01");
        Assert.Contains(events, e => e.Root == "12" && e.Source?.Code == "BDIREB");
    }

    [Fact]
    public void The_subject_of_an_act_it_undergoes_is_the_target()
    {
        HasEvent(Code("Syrian troops came under fire from Israeli jets on Monday."), "ISR", "SYR", "11");
        HasEvent(Code("Turkey came under pressure from Germany to release the journalists."), "DEU", "TUR", "17");
    }

    [Fact]
    public void Fundamentalists_are_radicals_of_the_country_they_confront()
    {
        var events = Code("Islamic fundamentalists began a hunger strike to demand the resignation of the Egyptian president.");
        Assert.Contains(events, e => e.Root == "14" && e.Source?.Code == "EGYRAD");
    }

    [Fact]
    public void An_infinitive_under_a_passive_verb_is_active()
    {
        var events = Code("Jordan was forced by the United States to expel the militants.");
        Assert.Contains(events, e => e.Root == "16" && e.Source?.Country == "JOR");
        // Pressure is an appeal: the expulsion asked for has not happened.
        var pressured = Code("Jordan was pressured by the United States to expel the militants.");
        HasEvent(pressured, "USA", "JOR", "02");
        Assert.DoesNotContain(pressured, e => e.Root == "16" && e.Modality == Modality.Asserted);
    }

    [Fact]
    public void A_passive_without_its_agent_takes_no_source_from_the_words_before_it()
    {
        var events = Code("Kenya said a grenade was thrown at its embassy.");
        Assert.DoesNotContain(events, e => e.Root is "18" or "19" && e.Source?.Country == "KEN");
        var accused = Code("Iran has been accused of supplying weapons to the rebels.");
        Assert.Contains(accused, e => e.Root == "11" && e.Source is null && e.Target?.Country == "IRN");
    }

    [Fact]
    public void A_noun_that_another_events_verb_is_about_is_no_event_of_its_own()
    {
        var condemned = Code("Moscow condemned the strike on Aleppo.");
        Assert.Contains(condemned, e => e.Root == "11" && e.Source?.Country == "RUS");
        Assert.DoesNotContain(condemned, e => e.Root is "18" or "19");
        Assert.DoesNotContain(Code("Cuba said it would boycott all official contact with Spain."), e => e.Root == "04");
        // The verb's slot may reach over the nominal event: the verb's event stays, and the sanctions are not Moscow's.
        var sanctions = Code("Moscow condemned the sanctions on Iran.");
        Assert.Contains(sanctions, e => e.Root == "11" && e.Source?.Country == "RUS");
        Assert.DoesNotContain(sanctions, e => e.Root == "16" && e.Source?.Country == "RUS");
        // A cue verb codes the act it asks for.
        Assert.Contains(Code("Venezuela requested an urgent meeting of the Security Council."), e => e.Cameo == "026" && e.Source?.Country == "VEN");
    }

    [Fact]
    public void A_verb_that_always_takes_an_object_is_passive_when_a_preposition_follows_it()
    {
        // The participle is the target's, whatever the parser makes of the clause.
        var accused = Code("Kenyan officials accused of helping the rebels would soon be tried.");
        Assert.Contains(accused, e => e.Root == "11" && e.Target?.Country == "KEN");
        Assert.DoesNotContain(accused, e => e.Root == "11" && e.Source?.Country == "KEN");
        var condemned = Code("Iran condemned for its missile tests by France.");
        HasEvent(condemned, "FRA", "IRN", "11");
        // The same verb with its object is active, and an "as" phrase may stand before a long object.
        HasEvent(Code("Kenya accused Uganda of helping the rebels."), "KEN", "UGA", "11");
        HasEvent(Code("Albania on Friday denounced as a crime the Serbian suppression of the protests."), "ALB", "SRB", "11");
    }

    [Fact]
    public void The_speaker_of_a_reporting_verb_after_the_event_is_not_its_target()
    {
        var events = Code("Israel attacked the convoy, a senior Iranian official told reporters.");
        Assert.Contains(events, e => e.Root == "19" && e.Source?.Country == "ISR");
        Assert.DoesNotContain(events, e => e.Root == "19" && e.Target?.Country == "IRN");
        // A long name the knowledge base does not know may stand between the speaker's title and the verb.
        Assert.DoesNotContain(Code("Kenya and Uganda want closer ties, US Deputy Secretary of Energy John Smith said."),
            e => e.Target?.Country == "USA");
    }

    [Fact]
    public void The_actor_after_by_or_from_in_an_appeal_asks_and_the_subject_is_asked()
    {
        foreach (var text in new[] { "Uganda was pressed by Kenya to help Somalia.", "Uganda is being pressured by Kenya to help Somalia." })
        {
            var events = Code(text);
            HasEvent(events, "KEN", "UGA", "02");
            // What the subject was asked to do has not happened.
            Assert.DoesNotContain(events, e => e.Root == "07" && e.Modality == Modality.Asserted);
        }
        Assert.DoesNotContain(Code("Uganda faces pressure from Kenya to help Somalia."), e => e.Root == "07" && e.Source?.Country == "KEN");
        // A noun modifying another noun is no cue: "pressure groups" ask nothing.
        HasEvent(Code("Kenya mobilized pressure groups to support Somalia."), "KEN", "SOM", "05");
    }

    [Fact]
    public void Deaths_an_accident_or_disaster_causes_are_no_ones_act()
    {
        Assert.DoesNotContain(Code("Ten Kenyan soldiers were killed in a helicopter crash on Monday."), e => e.Root == "19");
        Assert.DoesNotContain(Code("An earthquake killed 200 people in Iran."), e => e.Root == "19");
        // A bomb blast is an attack.
        Assert.Contains(Code("Five Afghan civilians were killed in a car bomb explosion in Kabul."), e => e.Root == "19");
    }

    [Fact]
    public void A_number_read_as_a_second_subject_yields_to_the_noun_it_counts()
    {
        // "Ten" opening the sentence is capitalized, and the parser hangs it apart as a subject of its own.
        CodedSentences.HasEvent(Code("Ten Kenyan soldiers were killed by rebels."), null, "KEN", "19");
    }

    [Fact]
    public void A_name_after_a_or_an_modifies_the_word_after_it_which_is_no_verb()
    {
        var events = Code("The United States launched an air strike against an Islamic State target southwest of Baghdad.");
        var violent = Assert.Single(events, e => e.Root is "18" or "19" or "20");
        Assert.Equal("USA", violent.Source?.Country);
        Assert.Contains(Code("An Israeli soldier attacked a Palestinian."), e => e.Root == "19" && e.Source?.Code == "ISRMIL");
    }
    [Fact]
    public void The_object_of_an_accusation_or_punishment_does_the_act_it_is_for_as_alleged_by_the_source()
    {
        var arrested = Code("Kenyan police arrested two Somali men for attacking a police station.");
        Assert.Contains(arrested, e => e.Root == "18" && e.Source?.Country == "SOM" && e.Modality == Modality.Reported);
        Assert.DoesNotContain(arrested, e => e.Root == "18" && e.Source?.Country == "KEN");
        var blamed = Code("Egypt blamed Hamas for firing rockets at Israel.");
        Assert.Contains(blamed, e => e.Root == "19" && e.Source?.Code == "PSEREBHMS" && e.Target?.Country == "ISR" && e.Modality == Modality.Reported);
        // Praise presupposes the act: it stays asserted.
        var praised = Code("Chile praised Peru for helping Bolivia.");
        Assert.Contains(praised, e => e.Root == "07" && e.Source?.Country == "PER" && e.Target?.Country == "BOL" && e.Modality == Modality.Asserted);
    }

    [Fact]
    public void An_actor_after_an_infinitive_that_modifies_a_later_noun_is_not_the_target()
    {
        var events = Code("Ghana's president met Togo's foreign minister to discuss plans to fight Boko Haram.");
        HasEvent(events, "GHA", "TGO", "04");
        Assert.DoesNotContain(events, e => e.Target?.Code?.Contains("BKH", StringComparison.Ordinal) == true || e.Source?.Code?.Contains("BKH", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void The_purpose_of_a_verb_that_is_negated_is_not_an_event()
    {
        var events = Code("Iran did not send troops to Syria to help Assad.", "2015-03-14");
        Assert.DoesNotContain(events, e => e.Root == "07");
        // Without the negation the purpose is coded.
        Assert.Contains(Code("Sudan sent troops to Chad to fight the rebels."), e => e.Root is "15" or "19" && e.Source?.Country == "SDN");
    }

    [Fact]
    public void A_verb_pattern_on_a_noun_subject_or_oblique_takes_its_actors_as_a_noun_does()
    {
        // "a missile ... was fired", "in the first such attack": nouns, whose doer is not the speaker before them.
        var events = Code("Peru said a missile was fired at its border post in the first such attack this year.");
        Assert.DoesNotContain(events, e => e.Root is "18" or "19" && e.Source?.Country == "PER");
        // A noun with its own actor stays an event.
        Assert.Contains(Code("Two soldiers died in a Pakistani attack on the border post."), e => e.Root is "18" or "19" && e.Source?.Country == "PAK");
    }

    [Fact]
    public void An_adverb_after_its_verb_is_not_the_verb_it_is_spelled_like()
    {
        // "back TARGET" (support) is not "head back".
        Assert.DoesNotContain(Code("The Kenyan tanks might want the president to head back after the vote."), e => e.Root == "02" || e.Root == "05");
        HasEvent(Code("Kenya backs Somalia's new government."), "KEN", "SOM", "05");
    }
    [Fact]
    public void The_doer_of_what_the_object_names_is_the_target()
    {
        HasEvent(Code("Kenyan police launched an investigation into abuses committed by Ugandan troops against Somali refugees."), "KEN", "UGA", "09");
        HasEvent(Code("Ugandan police prevented the demonstration staged by Kenyan students near the Tanzanian embassy."), "UGA", "KEN", "17");
        // The agent of a passive clause of its own is not.
        Assert.DoesNotContain(Code("The Ugandan president said Kenya protested as villages were raided by Somali rebels."),
            e => e.Source?.Country == "KEN" && e.Target?.Code == "SOMREB");
    }

    [Fact]
    public void An_adjective_before_its_noun_is_not_the_verb_it_is_spelled_like()
    {
        Assert.DoesNotContain(Code("The Ugandan police confiscated weapons from Kenyan armed groups on Monday."), e => e.Root == "07");
        Assert.DoesNotContain(Code("Kenya and Uganda agreed on a new free-trade pact."), e => e.Root == "08");
        Assert.DoesNotContain(Code("The Kenyan army shelled the besieged Somali town of Kismayo."), e => e.Cameo.StartsWith("191", StringComparison.Ordinal));
        // Misread verbs still count: a verb and a conjunction before it, a number after it.
        Assert.Contains(Code("Somali rebels killed and wounded dozens of Kenyan soldiers."), e => e.Cameo == "182");
        Assert.Contains(Code("Somali rebels wounded two Kenyan soldiers on Monday."), e => e.Cameo == "182");
    }

    [Fact]
    public void A_meeting_without_a_partner_near_it_takes_no_other_actor_of_the_sentence()
    {
        var events = Code("Jordan's cabinet met Sunday and decided to approve a plan that will not allow candidates from Hamas on the ballots.");
        Assert.DoesNotContain(events, e => e.Root == "04" && e.Target is not null);
        Assert.Contains(events, e => e.Root == "04" && e.Source?.Country == "JOR");
    }

    [Fact]
    public void A_hedging_modifier_is_no_accusation_and_a_verb_of_alleging_reports()
    {
        Assert.DoesNotContain(Code("Kenya demanded that Uganda hand over alleged smugglers."), e => e.Root == "11");
        var alleged = Code("Kenya alleged that Uganda had helped the rebels.");
        Assert.Contains(alleged, e => e.Root == "07" && e.Source?.Country == "UGA" && e.Modality == Modality.Reported);
    }
    [Fact]
    public void Only_a_verb_reports_and_an_attribution_joins_no_list()
    {
        // "a state of emergency" is no "X stated": the lifting is asserted, not reported.
        var lifted = Code("Sudan's government on Sunday lifted a state of emergency in Darfur.");
        Assert.Contains(lifted, e => e.Root == "08" && e.Source?.Country == "SDN" && e.Modality == Modality.Asserted);
        // The comma after "according to Kenya" ends the attribution: Kenya is no second attacker.
        var attributed = Code("According to Kenya, Uganda attacked the rebels.");
        Assert.Contains(attributed, e => e.Root == "19" && e.Source?.Country == "UGA" && e.Modality == Modality.Reported);
        Assert.DoesNotContain(attributed, e => e.Root == "19" && e.Source?.Country == "KEN");
    }

    [Theory]
    [InlineData("Ethiopian soldiers clashed with Eritrean troops near the border on Tuesday.")]
    [InlineData("Somali gunmen clashed with Ethiopian troops in Baidoa.")]
    public void A_participle_before_with_is_an_act_unless_it_says_what_a_noun_carries(string sentence)
    {
        var events = Code(sentence);
        Assert.Contains(events, e => e.Root == "19" && e.Source is not null && e.Target is not null && e.Source.Country != e.Target.Country);
        var equipped = Code("Somali gunmen armed with rifles attacked an Ethiopian convoy.");
        Assert.DoesNotContain(equipped, e => e.Root == "07");
        HasEvent(equipped, "SOM", "ETH", "19");
    }

    [Fact]
    public void A_passive_agent_with_modifiers_before_it_is_still_the_agent()
    {
        var events = Code("The helicopter was shot down by pro-Russian separatists.", "2014-08-02");
        var downing = Assert.Single(events, e => e.Root == "19");
        Assert.Equal("---REB", downing.Source?.Code);
    }

    [Fact]
    public void Whoever_laid_the_weapon_a_passive_act_was_done_by_did_it()
    {
        var events = Code("Two Saudi soldiers were killed by a landmine believed to have been planted by Houthi rebels.", "2024-03-05");
        HasEvent(events, "YEM", "SAU", "19");
    }

    [Fact]
    public void Members_of_parties_named_with_modifiers_act_for_the_parties()
    {
        var events = Code("Members of opposition parties staged a protest in Lahore on Sunday.", "2024-03-05");
        HasEvent(events, "PAK", null, "14");
    }

    [Fact]
    public void An_object_pronoun_of_a_reported_attack_is_the_speaker()
    {
        var fired = Code("Syria said a rocket was fired at it from Lebanon on Monday.", "2024-03-05");
        var attack = Assert.Single(fired, e => e.Root == "19");
        Assert.Equal(("LBN", "SYR", Modality.Reported), (attack.Source?.Country, attack.Target?.Country, attack.Modality));
        Assert.Contains(Code("Kenya said gunmen had attacked it.", "2024-03-05"), e => e.Root == "19" && e.Source?.Code == "---REB" && e.Target?.Country == "KEN");
    }

    [Fact]
    public void Unclaimed_fire_comes_from_where_it_was_fired_from()
    {
        var events = Code("Several missiles were fired at the port from Lebanon's south, the army said.", "2024-03-05");
        Assert.Contains(events, e => e.Root == "19" && e.Source?.Country == "LBN");
        // An "of" inside the target phrase is no other preposition: the slot still reaches the protesters.
        Assert.Contains(Code("Police clashed on Saturday with hundreds of Kenyan protesters.", "2024-03-05"), e => e.Root == "19" && e.Target?.Code == "KENOPP");
    }

    [Fact]
    public void An_actor_after_a_preposition_and_a_number_is_inside_that_phrase()
    {
        var events = Code("The Canadian government announced asset freezes against four senior officers in the Russian military, as well as sanctions against two Russian banks.", "2024-03-05");
        Assert.Contains(events, e => e.Root == "16" && e.Source?.Code == "CANGOV" && e.Target?.Country == "RUS");
        Assert.DoesNotContain(events, e => e.Source?.Country == "RUS");
        // A number's own "about" is no preposition: the protesters still march and demand.
        Assert.Contains(Code("About a dozen protesters marched to the parliament in Nairobi on Tuesday, calling for justice.", "2024-03-05"),
            e => e.Root is "10" or "14" && e.Source?.Code?.EndsWith("OPP", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void A_participle_describing_an_unnamed_person_is_not_done_to_the_actor_before_it()
    {
        var executed = Code("Iran executed a man convicted of spying for Israel.", "2024-03-05");
        Assert.DoesNotContain(executed, e => e.Target?.Country == "IRN");
        var lynched = Code("A mob in Pakistan lynched a man accused of blasphemy.", "2024-03-05");
        Assert.DoesNotContain(lynched, e => e.Root == "11");
    }

    [Fact]
    public void Whom_a_passive_act_was_for_is_neither_its_agent_nor_its_target()
    {
        var events = Code("Two Lebanese men were arrested for spying for Israel.");
        Assert.Contains(events, e => e.Root == "17" && e.Target?.Country == "LBN");
        Assert.DoesNotContain(events, e => e.Source?.Country == "ISR" || e.Target?.Country == "ISR");
    }

    [Theory]
    [InlineData("The Sudanese army denied that its soldiers had attacked villages in Chad.")]
    [InlineData("The Sudanese army denied attacking villages in Chad.")]
    [InlineData("Khartoum dismissed reports that Sudanese troops had attacked villages in Chad.")]
    public void An_act_its_speaker_denies_is_not_coded_but_the_denial_is(string sentence)
    {
        var events = Code(sentence);
        Assert.DoesNotContain(events, e => e.Root is "18" or "19");
        Assert.Contains(events, e => e.Cameo == "016" && e.Source?.Country == "SDN");
    }

    [Fact]
    public void A_charge_its_target_denies_is_no_legal_action()
    {
        var events = Code("Kenya accused Somalia of shelling a border town, a charge Mogadishu denied.");
        Assert.Contains(events, e => e.Root == "11" && e.Source?.Country == "KEN" && e.Target?.Country == "SOM");
        Assert.DoesNotContain(events, e => e.Root == "17");
    }

    [Fact]
    public void An_attack_reported_without_denial_is_still_coded()
    {
        var events = Code("Chad said that Sudanese soldiers had attacked villages near the border.");
        Assert.Contains(events, e => e.Root is "18" or "19" && e.Source?.Country == "SDN");
    }

    [Theory]
    [InlineData("Ethiopian and Eritrean troops clashed near the border on Tuesday.")]
    [InlineData("Ethiopia and Eritrea exchanged fire across the border on Tuesday.")]
    [InlineData("Clashes between Ethiopian and Eritrean troops continued on Tuesday.")]
    public void Coordinated_sides_of_a_mutual_act_act_on_each_other(string sentence)
    {
        CodedSentences.HasEventBothWays(Code(sentence), "ETH", "ERI", "19");
    }

    [Fact]
    public void A_verb_after_a_quantity_of_actors_is_their_main_verb()
    {
        // The parser hangs "marched" under "protesters" as a participle here.
        var events = Code("Hundreds of Sudanese protesters marched on the presidential palace in Khartoum.");
        Assert.Contains(events, e => e.Root == "14" && e.Source?.Code == "SDNOPP");
        Assert.DoesNotContain(events, e => e.Target?.Code == "SDNOPP");
    }

    [Theory]
    [InlineData("The Doha talks between Sudan and South Sudan resumed on Monday.", "SDN", "SSD")]
    [InlineData("The Minsk agreement between Armenia and Azerbaijan collapsed.", "ARM", "AZE")]
    public void A_place_a_gathering_is_named_after_is_no_side_of_it(string sentence, string one, string other)
    {
        var events = Code(sentence);
        CodedSentences.HasEventBothWays(events, one, other, events.First().Root);
        Assert.DoesNotContain(events, e => e.Source?.Country is "QAT" or "BLR" || e.Target?.Country is "QAT" or "BLR");
    }

    [Fact]
    public void A_counterpart_is_a_government_official()
    {
        var events = Code("The Kenyan foreign minister met his Ugandan counterpart in Nairobi.");
        Assert.Contains(events, e => e.Root == "04" && e.Source?.Code == "KENGOV" && e.Target?.Code == "UGAGOV");
    }

    [Fact]
    public void Coordinated_sides_intending_a_joint_act_intend_it_with_each_other()
    {
        CodedSentences.HasEventBothWays(Code("Kenya and Uganda have agreed to hold joint military exercises next month."), "KEN", "UGA", "03");
    }

    [Theory]
    [InlineData("Uganda blocked Kenyan trucks from entering South Sudan.")]
    [InlineData("Uganda refrained from attacking South Sudan.")]
    public void An_act_kept_from_happening_is_not_coded(string sentence)
    {
        var events = Code(sentence);
        Assert.DoesNotContain(events, e => e.Root is "18" or "19" && e.Target?.Country == "SSD");
    }

    [Fact]
    public void Where_a_joint_act_is_done_is_no_side_of_it()
    {
        var events = Code("Ethiopia and Eritrea signed a peace agreement in Riyadh.");
        HasEvent(events, "ETH", "ERI", "05");
        Assert.DoesNotContain(events, e => e.Target?.Country == "SAU");
    }

    [Fact]
    public void A_refusal_does_not_reach_past_a_list_of_prepositional_objects()
    {
        var events = Code("Kenya rejected any dialogue with Uganda and Tanzania while joint military drills continue.");
        Assert.Contains(events, e => e.Cameo == "125" && e.Target?.Code == "UGA");
        Assert.Contains(events, e => e.Cameo == "125" && e.Target?.Code == "TZA");
        Assert.DoesNotContain(events, e => e.Cameo.StartsWith("121", StringComparison.Ordinal));
    }

    [Fact]
    public void No_side_of_planned_talks_holds_them_with_itself()
    {
        var events = Code("Kenya and Tanzania will hold talks in Dar es Salaam on Friday.");
        Assert.DoesNotContain(events, e => e.Source is not null && e.Source.Code == e.Target?.Code);
        Assert.Contains(events, e => e.Source?.Country == "KEN" && e.Target?.Country == "TZA");
    }

    [Fact]
    public void An_attribution_with_modifiers_before_its_source_joins_no_list()
    {
        var events = Code("According to local Somali officials, Kenyan jets struck a village near Kismayo.");
        Assert.Contains(events, e => e.Root == "19" && e.Source?.Code == "KENMIL" && e.Modality == Modality.Reported);
        Assert.DoesNotContain(events, e => e.Root == "19" && e.Source?.Country == "SOM");
    }

    [Theory]
    [InlineData("Kenyan President Uhuru Kenyatta withdrew Kenya from the regional trade pact in 2019.")]
    [InlineData("Kenyan President Uhuru Kenyatta pulled Kenya out of the regional trade pact in 2019.")]
    public void Taking_ones_own_country_out_of_an_agreement_is_a_rejection_of_it(string sentence)
    {
        var events = Code(sentence, "2019-06-01");
        Assert.Contains(events, e => e.Root == "12" && e.Source?.Code == "KENGOV");
        Assert.DoesNotContain(events, e => e.Target?.Code == "KEN");
    }

    [Fact]
    public void A_nominal_event_finds_no_target_past_the_verb_it_is_subject_of()
    {
        var events = Code("The Ethiopian drone strike near the border angered Eritrea.");
        Assert.DoesNotContain(events, e => e.Root is "18" or "19" && e.Target?.Country == "ERI");
    }

    [Fact]
    public void A_statement_is_made_by_the_subject_of_its_verb_or_by_no_actor()
    {
        var unnamed = Code("Ethiopia may close its border with Eritrea next year, analysts said.");
        Assert.DoesNotContain(unnamed, e => e.Cameo == "010");
        var named = Code("Ethiopia has trained hundreds of engineers, Kenya's foreign ministry said on Monday.");
        Assert.Contains(named, e => e.Cameo == "010" && e.Source?.Code == "KENGOV");
        Assert.DoesNotContain(named, e => e.Cameo == "010" && e.Source?.Country == "ETH");
    }

    [Fact]
    public void Leaders_meeting_in_one_of_their_capitals_do_not_meet_that_country()
    {
        var events = Code("Scholz and Macron met in Berlin to discuss the war.", "2022-06-01");
        Assert.DoesNotContain(events, e => e.Source?.Country == "DEU" && e.Target?.Country == "DEU");
        Assert.Contains(events, e => e.Root == "04" && e.Source?.Country == "FRA" && e.Target?.Country == "DEU");
    }

    [Fact]
    public void Sides_meeting_in_a_third_country_meet_each_other_not_the_country()
    {
        var events = Code("Lavrov and Blinken met in Geneva on Tuesday.", "2022-01-12");
        CodedSentences.HasEventBothWays(events, "RUS", "USA", "044");
        Assert.DoesNotContain(events, e => e.Target?.Country == "CHE");
    }

    [Fact]
    public void A_meeting_in_one_sides_own_country_is_no_meeting_at_a_third_location()
    {
        var events = Code("Japanese and Chinese officials held talks in Beijing on Monday.", "2024-03-05");
        CodedSentences.HasEventBothWays(events, "JPN", "CHN", "040");
        Assert.DoesNotContain(events, e => e.Cameo == "044");
    }

    [Fact]
    public void A_place_after_an_active_verb_is_where_it_happened_not_a_slot_target()
    {
        var events = Code("Opposition supporters protested in Kigali on Monday.", "2024-03-05");
        var protest = Assert.Single(events, e => e.Root == "14");
        Assert.Equal("RWA", protest.Source?.Country);
        Assert.Null(protest.Target);
    }

    [Fact]
    public void A_place_after_a_passive_verb_still_names_who_did_it()
    {
        var events = Code("A Canadian missionary was arrested in Lebanon on Friday.", "2024-03-05");
        HasEvent(events, "LBN", "CAN", "17");
    }

    [Fact]
    public void Coordinated_sides_agreeing_to_cooperate_in_a_place_cooperate_with_each_other()
    {
        var events = Code("Senior Kenyan and Ugandan officials agreed that their countries should cooperate to help refugees in Kenya return home.");
        Assert.Contains(events, e => e.Root == "03" && e.Source?.Code == "KENGOV" && e.Target?.Code == "UGAGOV");
        Assert.DoesNotContain(events, e => e.Source?.Country == "KEN" && e.Target?.Code == "KEN");
    }

    [Fact]
    public void Telling_someone_something_is_a_statement_to_them()
    {
        var events = Code("The Kenyan president told his Ugandan counterpart that the border talks were useful.");
        Assert.Contains(events, e => e.Cameo == "010" && e.Source?.Code == "KENGOV" && e.Target?.Code == "UGAGOV");
    }

    [Fact]
    public void The_speaker_of_a_trailing_attribution_is_no_member_of_the_list_before_it()
    {
        var events = Code("Ugandan troops arrived in Juba, the Kenyan foreign minister said.");
        Assert.Contains(events, e => e.Root == "04" && e.Source?.Code == "UGAMIL" && e.Target?.Country == "SSD");
        Assert.DoesNotContain(events, e => e.Target?.Code == "KENGOV" || e.Source?.Code == "KENGOV");
        var detained = Code("Ugandan police detained opposition activists, a spokesman for the Kenyan embassy said.");
        Assert.DoesNotContain(detained, e => e.Root == "17" && e.Target?.Country == "KEN");
        // A list closed by "and" before the verb is still one list.
        var listed = Code("Kenya, Uganda and Tanzania said they condemned the attack on Rwanda.");
        Assert.Contains(listed, e => e.Root == "11" && e.Source?.Code == "UGA");
    }

    [Fact]
    public void An_object_pronoun_right_after_the_verb_is_its_object()
    {
        var events = Code("Kenyan ministers demanded the withdrawal of Ugandan forces from Juba on Monday calling them an occupying army.");
        Assert.DoesNotContain(events, e => e.Root == "04");
        HasEvent(Code("The Kenyan president called his Ugandan counterpart on Friday."), "KEN", "UGA", "04");
    }

    [Fact]
    public void An_infinitive_after_a_verb_is_no_target_of_it()
    {
        var events = Code("Kenyan hackers have tried to break into the computers of Ugandan officials.");
        Assert.DoesNotContain(events, e => e.Cameo == "173");
        HasEvent(Code("A Kenyan court tried the former Ugandan minister in absentia."), "KEN", "UGA", "17");
    }

    [Fact]
    public void A_verb_about_an_event_named_by_a_noun_keeps_its_own_event()
    {
        var events = Code("Kenya and Uganda condemned the attack on Rwanda.");
        Assert.Contains(events, e => e.Root == "11" && e.Source?.Code == "KEN");
        Assert.DoesNotContain(events, e => e.Root == "19" && e.Source?.Country is "KEN" or "UGA");
    }

    [Fact]
    public void Claiming_that_one_did_an_act_oneself_claims_responsibility_for_it()
    {
        var events = Code("The Kenyan army claimed that it had attacked Ugandan rebels.");
        Assert.Contains(events, e => e.Cameo == "015" && e.Source?.Country == "KEN");
        Assert.DoesNotContain(events, e => e.Cameo == "112");
        // Claiming that someone else did it stays an accusation.
        var accusation = Code("Kenya claimed that Uganda had attacked its border posts.");
        HasEvent(accusation, "KEN", "UGA", "112");
    }

    [Fact]
    public void An_event_named_as_the_reason_for_another_is_not_done_by_its_subject()
    {
        var events = Code("Beijing imposed sanctions on five U.S. defense companies over arms sales to Taiwan.");
        HasEvent(events, "CHN", "USA", "16");
        Assert.DoesNotContain(events, e => e.Root == "07" && e.Source?.Country == "CHN");
    }

    [Fact]
    public void An_act_warned_against_is_not_coded()
    {
        var events = Code("Kenya warned Uganda against sending troops to South Sudan.");
        Assert.Contains(events, e => e.Source?.Country == "KEN" && e.Target?.Country == "UGA");
        Assert.DoesNotContain(events, e => e.Root == "15");
    }

    [Fact]
    public void A_body_the_source_owns_named_in_the_pattern_is_not_its_target()
    {
        CodedSentences.HasEventBothWays(Code("Kenya and Uganda reopened their embassies after a two-year rift."), "KEN", "UGA", "05");
        HasEvent(Code("Kenya has strengthened its forces in Somalia."), "KEN", "SOM", "15");
    }

    [Fact]
    public void Someone_described_as_accused_is_no_accusation_without_an_accuser()
    {
        var events = Code("Kenya expelled a Ugandan diplomat accused of espionage.");
        HasEvent(events, "KEN", "UGA", "16");
        Assert.DoesNotContain(events, e => e.Root == "11");
        Assert.Contains(Code("A Ugandan diplomat was accused by Kenya of espionage."), e => e.Root == "11" && e.Source?.Country == "KEN");
    }

    [Fact]
    public void A_verb_between_two_words_of_a_pattern_breaks_it()
    {
        var events = Code("Kenya urged Uganda to stop interfering in its internal affairs.");
        // Not `stop in TARGET` (a stopover) across "interfering", which asked for would be an appeal to meet (026).
        Assert.DoesNotContain(events, e => e.Cameo == "026");
        Assert.Contains(events, e => e.Root == "02" && e.Source?.Country == "KEN" && e.Target?.Country == "UGA");
    }

    [Fact]
    public void A_time_where_a_meeting_place_would_be_is_no_third_location()
    {
        var events = Code("Kenya and Tanzania held talks in five years.");
        Assert.Contains(events, e => e.Cameo == "040");
        Assert.DoesNotContain(events, e => e.Cameo == "044");
    }

    [Fact]
    public void A_participle_between_a_determiner_and_its_noun_describes_the_noun()
    {
        var events = Code("Kenya welcomed the new targeted sanctions on Somalia.");
        Assert.DoesNotContain(events, e => e.Root == "19");
    }

    [Fact]
    public void A_protest_is_against_whom_it_names_after_against_not_where_it_is_held()
    {
        HasEvent(Code("Thousands of Kenyans demonstrated in Nairobi against Uganda."), "KEN", "UGA", "14");
        Assert.DoesNotContain(Code("Thousands of Kenyans demonstrated in Nairobi against Uganda."), e => e.Root == "14" && e.Target?.Country == "KEN");
    }

    [Fact]
    public void Someone_described_as_jailed_is_no_arrest_without_a_jailer()
    {
        var events = Code("Uganda released the mayor of Kampala, a member of the Ugandan opposition jailed over a year ago.");
        HasEvent(events, "UGA", "UGA", "08");
        Assert.DoesNotContain(events, e => e.Root == "17");
    }

    [Fact]
    public void A_coercive_act_is_done_to_the_person_a_participle_describes_not_to_an_actor_in_its_clause()
    {
        var events = Code("Kenya arrested a man suspected of spying for Uganda.");
        Assert.Contains(events, e => e.Root == "17" && e.Source?.Country == "KEN");
        Assert.DoesNotContain(events, e => e.Root == "17" && e.Target?.Country == "UGA");
        // An investigation is about the act the clause names.
        HasEvent(Code("Kenyan police opened an investigation into crimes committed by Ugandan soldiers."), "KEN", "UGA", "09");
    }

    [Fact]
    public void A_negation_inside_a_pattern_is_read_not_skipped()
    {
        var events = Code("Kenya will not meet Ugandan officials.");
        Assert.Contains(events, e => e.Root == "12" && e.Modality == Modality.Refused && e.Target?.Country == "UGA");
        Assert.DoesNotContain(events, e => e.Root == "03");
        Assert.Contains(Code("Kenya said it would not meet Ugandan officials."), e => e.Root == "12" && e.Modality == Modality.Refused);
    }

    [Fact]
    public void An_act_named_with_any_or_as_what_something_would_be_is_not_coded()
    {
        var events = Code("Kenya warned that any attack on Uganda would be an attack on Kenya.");
        Assert.DoesNotContain(events, e => e.Root is "13" or "19");
        // After a refusal "any" is no hypothetical, and a demand on "any deal" is still a demand.
        HasEvent(Code("Kenya refused to commit to any direct assistance to Uganda."), "KEN", "UGA", "12");
        HasEvent(Code("Kenya's president said that any deal must come with guarantees."), "KEN", null, "10");
    }

    [Fact]
    public void A_denial_names_no_target_in_its_own_country()
    {
        var events = Code("Kenya's foreign ministry dismissed claims that Kenya had bombed Somali villages.");
        Assert.Contains(events, e => e.Cameo == "016" && e.Source?.Country == "KEN");
        Assert.DoesNotContain(events, e => e.Cameo == "016" && e.Target is not null);
    }

    [Fact]
    public void A_participle_describing_a_thing_is_coded_by_the_pattern_of_the_verb_and_that_thing()
    {
        // "a report released": a statement (`release report`), not the release of a prisoner with the place as its doer.
        Assert.DoesNotContain(Code("A report released on Monday in Nairobi accused Ugandan troops of looting."), e => e.Root == "08");
        // "weapons seized": the seizure of weapons (`seize weapon`), done by the police, not by the militants they came from.
        var seizure = Assert.Single(Code("Kenyan police displayed weapons seized from the militants in Garissa."), e => e.Root == "17");
        Assert.Equal("KENCOP", seizure.Source?.Code);
    }

    [Fact]
    public void An_act_a_ban_forbids_is_not_done_and_a_ban_on_arms_sales_is_an_embargo()
    {
        var ban = Code("The EU imposed a ban on arms sales to Myanmar.");
        Assert.DoesNotContain(ban, e => e.Root == "07");
        Assert.Contains(ban, e => e.Cameo == "163" && e.Target?.Country == "MMR");
        // The parse hangs "travel" under the first of the coordinated nouns; the ban before "on" still forbids it.
        var travel = Code("Nigeria announced asset freezes and bans on travel to Nigeria against three Ghanaian officials.");
        Assert.DoesNotContain(travel, e => e.Root == "04");
    }

    [Fact]
    public void A_statement_names_no_addressee_in_its_own_country()
    {
        var statement = Assert.Single(Code("The Kenyan president said the economy of Kenya was growing fast."));
        Assert.Equal("010", statement.Cameo);
        Assert.Null(statement.Target);
    }

    [Fact]
    public void A_place_after_a_passive_verb_is_no_doer_where_a_by_phrase_names_one()
    {
        var attack = CodedSentences.HasEvent(Code("Two Kenyan soldiers were killed in Somalia by al-Shabab fighters."), "SOM", "KEN", "19");
        Assert.Equal("SOMREBSHB", attack.Source?.Code);
        // Without a by-phrase the place still stands for the doer.
        HasEvent(Code("Two Kenyan soldiers were killed in a Somali ambush."), "SOM", "KEN", "19");
    }
}
