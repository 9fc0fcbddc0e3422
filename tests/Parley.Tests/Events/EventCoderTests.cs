using Parley.Events;
using Parley.Time;

namespace Parley.Tests.Events;

public class EventCoderTests
{
    [Fact]
    public void Active_voice_gives_subject_as_source_and_object_as_target()
    {
        var e = CoderFixture.Single("Israeli troops attacked Syria on Monday.");
        Assert.Equal("ISRMIL", e.Source?.Code);
        Assert.Equal("SYR", e.Target?.Code);
        Assert.Equal("19", e.Root);
        Assert.Equal("ASSAULT", e.Plover);
        Assert.Equal(Modality.Asserted, e.Modality);
    }

    [Fact]
    public void Passive_voice_takes_the_by_phrase_as_source()
    {
        var e = CoderFixture.Single("Syria was attacked by Israel on Monday.");
        Assert.Equal("ISR", e.Source?.Code);
        Assert.Equal("SYR", e.Target?.Code);
    }

    [Fact]
    public void Passive_without_by_phrase_takes_an_actor_modifying_the_instrument()
    {
        var e = CoderFixture.Code("Soleimani was killed in a U.S. drone strike in January 2020.").Events.First();
        Assert.Equal("USA", e.Source?.Code);
        Assert.Equal("IRNMIL", e.Target?.Code);
    }

    [Fact]
    public void Coordinated_actors_give_one_event_per_pair()
    {
        var events = CoderFixture.Code("Iran and Iraq signed a trade agreement with Russia and China.").Events;
        var pairs = events.Select(e => $"{e.Source?.Code}-{e.Target?.Code}").OrderBy(x => x).ToList();
        Assert.Equal(["IRN-CHN", "IRN-RUS", "IRQ-CHN", "IRQ-RUS"], pairs);
    }

    [Fact]
    public void Negated_cooperation_becomes_a_rejection()
    {
        var e = CoderFixture.Single("Iran will not negotiate with the United States.");
        Assert.Equal("125", e.Cameo);
        Assert.Equal(Modality.Refused, e.Modality);
        Assert.Equal("IRN", e.Source?.Code);
        Assert.Equal("USA", e.Target?.Code);
    }

    [Fact]
    public void Refusal_verbs_give_rejection_codes()
    {
        Assert.Equal("12", CoderFixture.Single("Iran refused to negotiate with the United States.").Root);
        Assert.Equal("12", CoderFixture.Single("Iran rejected talks with Washington.").Root);
    }

    [Fact]
    public void An_act_someone_is_allowed_to_do_is_done_by_the_one_allowed()
    {
        var events = Tests.Support.CodedSentences.Code("Iraqi police left the border post, which allowed Islamic State fighters to seize it.");
        var seizure = Assert.Single(events, e => e.Root == "17");
        Assert.StartsWith("IMG", seizure.Source?.Code);
        Assert.Equal(Modality.Asserted, seizure.Modality);
        var mediation = Tests.Support.CodedSentences.HasEvent(Tests.Support.CodedSentences.Code("Egypt allowed Qatar to mediate between Israel and Hamas."), "QAT", "ISR", "04");
        Assert.Equal(Modality.Asserted, mediation.Modality);
    }

    [Fact]
    public void Refusing_to_let_someone_act_rejects_that_actor_not_the_acts_target()
    {
        foreach (var text in new[] { "Poland refused to allow Hungary to help Serbia.", "Israel said it would not give permission to Qatar to send aid to Hamas." })
        {
            var events = Tests.Support.CodedSentences.Code(text);
            var rejection = Assert.Single(events, e => e.Root == "12");
            Assert.Equal(text.StartsWith("Poland", StringComparison.Ordinal) ? ("POL", "HUN") : ("ISR", "QAT"), (rejection.Source?.Country, rejection.Target?.Country));
            Assert.NotEqual(Modality.Asserted, rejection.Modality);
        }
    }

    [Fact]
    public void Allowing_an_act_is_coded_beside_the_act_itself()
    {
        var events = Tests.Support.CodedSentences.Code("Iran allowed IAEA inspectors to visit the Fordow site.");
        Assert.Contains(events, e => e.Cameo == "0862" && e.Source?.Country == "IRN");
        Assert.Contains(events, e => e.Root == "04" && e.Source?.Code?.StartsWith("IGO", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void Stopping_an_act_reduces_it()
    {
        Tests.Support.CodedSentences.HasEvent(Tests.Support.CodedSentences.Code("Germany stopped sending weapons to Saudi Arabia."), "DEU", "SAU", "1622");
        Assert.Contains(Tests.Support.CodedSentences.Code("Iran ceased talks with the IAEA."), e => e.Cameo == "164" && e.Source?.Country == "IRN");
        Tests.Support.CodedSentences.HasEvent(Tests.Support.CodedSentences.Code("Russia stopped attacking Ukrainian ports."), "RUS", "UKR", "087");
        // The one urged to stop is the target of the appeal; nothing was stopped yet.
        var urged = Tests.Support.CodedSentences.Code("Beijing urged Washington to stop arming Taiwan.");
        Tests.Support.CodedSentences.HasEvent(urged, "CHN", "USA", "02");
        Assert.DoesNotContain(urged, e => e.Source?.Country == "USA");
        // A stop far from the act does not govern it.
        Assert.Contains(Tests.Support.CodedSentences.Code("The junta declared a state of siege, suspending parts of the constitution and arresting opposition leaders."),
            e => e.Root == "17");
    }

    [Fact]
    public void A_negated_attack_is_no_event()
    {
        Assert.Empty(CoderFixture.Code("Israel did not attack Syria on Tuesday.").Events);
        Assert.Empty(CoderFixture.Code("Israel never attacked Syria.").Events);
    }

    [Fact]
    public void Threats_with_conditions_are_conditional()
    {
        var e = CoderFixture.Single("Russia threatened to impose sanctions on Ukraine if talks fail.");
        Assert.Equal("1312", e.Cameo);
        Assert.Equal(Modality.Conditional, e.Modality);
        Assert.Equal("RUS", e.Source?.Code);
        Assert.Equal("UKR", e.Target?.Code);
    }

    [Fact]
    public void A_hint_at_military_action_is_a_threat()
    {
        var e = CoderFixture.Single("The United States hinted at military action against Iran.");
        Assert.Equal("13", e.Root);
        Assert.Equal(Modality.Threatened, e.Modality);
    }

    [Fact]
    public void Intentions_and_offers_are_03_codes()
    {
        var e = CoderFixture.Code("Qatar offered to mediate between Israel and Hamas.").Events;
        Assert.Equal(2, e.Count);
        Assert.All(e, x => Assert.Equal("039", x.Cameo));
        Assert.All(e, x => Assert.Equal(Modality.Intended, x.Modality));
        var willing = CoderFixture.Single("Russia has expressed willingness to facilitate dialogue with Iran.");
        Assert.Equal("03", willing.Root);
    }

    [Fact]
    public void Demands_make_the_governed_actor_the_target()
    {
        var e = CoderFixture.Single("Turkey demanded that Syria withdraw its troops.");
        Assert.Equal("10", e.Root);
        Assert.Equal("TUR", e.Source?.Code);
        Assert.Equal("SYR", e.Target?.Code);
    }

    [Fact]
    public void Calls_for_someone_to_face_justice_are_demands()
    {
        var e = CoderFixture.Single("Iran called for Donald Trump to face justice.");
        Assert.Equal("10", e.Root);
        Assert.Equal("USAGOV", e.Target?.Code);
    }

    [Fact]
    public void Appeals_are_02_codes()
    {
        var e = CoderFixture.Single("The United States urged Iran to resume talks.");
        Assert.Equal("02", e.Root);
        Assert.Equal("IRN", e.Target?.Code);
    }

    [Theory]
    [InlineData("Russia urged Iran and Israel to resume talks.")]
    [InlineData("Russia urged Iran, Israel and Syria to resume talks.")]
    public void An_appeal_to_a_list_of_actors_governs_the_act_asked_of_them(string sentence)
    {
        var events = CoderFixture.Code(sentence).Events;
        Assert.Contains(events, e => e.Root == "02" && e.Target?.Code == "IRN");
        Assert.Contains(events, e => e.Root == "02" && e.Target?.Code == "ISR");
        Assert.DoesNotContain(events, e => e.Root != "02");
    }

    [Theory]
    [InlineData("Would Iran attack Israel?")]
    [InlineData("Iran could attack Israel.")]
    [InlineData("If Iran attacks Israel, oil prices will rise.")]
    public void Questions_and_hypotheticals_are_not_events(string sentence) =>
        Assert.Empty(CoderFixture.Code(sentence).Events);

    [Fact]
    public void Reported_speech_codes_the_embedded_event_and_keeps_the_reporter()
    {
        var events = CoderFixture.Code("Iran said Israel attacked Syria.").Events;
        var e = Assert.Single(events, x => x.Rule != "reported-violence");
        Assert.Equal("ISR", e.Source?.Code);
        Assert.Equal("SYR", e.Target?.Code);
        Assert.Equal(Modality.Reported, e.Modality);
        Assert.Equal("IRN", e.ReportedBy?.Code);
        // The speaker's statement: it accuses Israel of the attack.
        var accusation = Assert.Single(events, x => x.Rule == "reported-violence");
        Assert.Equal(("IRN", "ISR", "1123"), (accusation.Source?.Code, accusation.Target?.Code, accusation.Cameo));
    }

    [Fact]
    public void A_plain_statement_is_coded_when_nothing_else_is()
    {
        var e = CoderFixture.Single("Iranian President Masoud Pezeshkian said the economy was improving.");
        Assert.Equal("010", e.Cameo);
    }

    [Fact]
    public void Nominal_events_take_modifier_possessive_and_target_slot()
    {
        var withdrawal = CoderFixture.Single("The U.S. withdrawal from the nuclear agreement in 2018 angered many.");
        Assert.Equal("USA", withdrawal.Source?.Code);
        Assert.Equal("12", withdrawal.Root);
        var sanctions = CoderFixture.Single("Iran complained about increased sanctions on Iran.");
        Assert.Contains(CoderFixture.Code("Washington announced new sanctions on Iran.").Events, x => x.Root == "16" && x.Target?.Code == "IRN");
        Assert.NotNull(sanctions);
        var killing = CoderFixture.Code("The killing of Soleimani angered Iran.").Events;
        Assert.Contains(killing, x => x.Target?.Code == "IRNMIL" && x.Root is "18" or "19");
    }

    [Fact]
    public void Agents_with_demonyms_take_a_role()
    {
        var e = CoderFixture.Single("Iranian officials rejected talks with Washington.");
        Assert.Equal("IRNGOV", e.Source?.Code);
    }

    [Fact]
    public void First_person_in_a_quote_is_the_speaker()
    {
        var e = CoderFixture.Code("Ebrahim Raisi spoke on Monday.\n\"We will not negotiate with you under any pressure at all,\" Ebrahim Raisi said.").Events
            .Single(x => x.Root == "12");
        Assert.Equal("IRNGOV", e.Source?.Code);
        Assert.True(e.InQuote);
    }

    [Fact]
    public void The_same_event_stated_twice_is_one_event_with_more_evidence()
    {
        var doc = CoderFixture.Code("Iran rejected talks with Washington.\nLater, Iran rejected talks with Washington again.");
        var e = Assert.Single(doc.Events);
        Assert.Single(e.MoreEvidence);
        Assert.Equal(1, e.MoreEvidence[0].SentenceIndex);
    }

    [Fact]
    public void Every_event_explains_itself()
    {
        var doc = CoderFixture.Code("Israeli troops attacked Syria on Monday.");
        var e = Assert.Single(doc.Events);
        Assert.Equal("attacked", e.Trigger.Of(doc.Text));
        Assert.StartsWith("19.", e.Rule);
        Assert.InRange(e.Confidence, 0.05, 0.99);
        Assert.Equal(doc.Sentences[0].Span, e.Evidence.Span);
        Assert.Equal("Use conventional military force, not specified below", e.CameoLabel);
    }

    [Fact]
    public void Headings_and_sentences_without_actors_give_no_events()
    {
        Assert.Empty(CoderFixture.Code("Negotiations failed.").Events);
    }

    [Fact]
    public void Documents_without_mentions_or_sentences_are_handled()
    {
        var empty = new Parley.Text.Document("", PartialDate.OfYear(2025));
        CoderFixture.Coder.Process(empty);
        Assert.Empty(empty.Events);
    }
}
