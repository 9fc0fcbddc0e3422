using Parley.Events;
using Parley.Tests.Support;

namespace Parley.Tests.Events;

/// <summary>A speaker reporting another side's violence accuses that side of it, through the whole pipeline.</summary>
public sealed class ReportedAccusationsTests
{
    private static List<CodedEvent> Code(string text) => CodedSentences.Code(text, "2024-04-03");

    private static List<CodedEvent> Accusations(List<CodedEvent> events) => events.FindAll(e => e.Rule == "reported-violence");

    [Fact]
    public void A_country_reporting_an_attack_by_another_accuses_it_of_aggression_beside_the_reported_attack()
    {
        var events = Code("Ukraine said Russian troops shelled Kharkiv overnight.");
        var attack = CodedSentences.HasEvent(events, "RUS", "UKR", "19");
        Assert.Equal(Modality.Reported, attack.Modality);
        var accusation = CodedSentences.HasEvent(events, "UKR", "RUS", "1123");
        Assert.Equal(Modality.Asserted, accusation.Modality);
        Assert.Equal("said", accusation.Trigger.Of("Ukraine said Russian troops shelled Kharkiv overnight."));
    }

    [Fact]
    public void The_victim_reporting_an_attack_on_itself_accuses_the_attacker()
    {
        var events = Code("Israel said a rocket was fired at it from Lebanon on Tuesday.");
        CodedSentences.HasEvent(events, "ISR", "LBN", "1123");
    }

    [Fact]
    public void Mass_violence_reported_is_an_accusation_of_war_crimes()
    {
        var events = Code("Human Rights Watch said Sudanese militias massacred hundreds of villagers in Darfur.");
        var accusation = Assert.Single(Accusations(events));
        Assert.Equal("1124", accusation.Cameo);
        Assert.Equal("SDN", accusation.Target?.Country);
    }

    [Theory]
    [InlineData("Russia said its forces shelled Ukrainian positions near Bakhmut.")] // its own side's act
    [InlineData("Syrian state media reported that insurgents shelled Aleppo.")] // the media relay a report
    [InlineData("Police said gunmen killed three villagers in Borno state.")] // no side known by country
    public void No_accusation_where_the_speaker_reports_its_own_act_relays_news_or_names_no_country(string text) =>
        Assert.Empty(Accusations(Code(text)));

    [Fact]
    public void A_speaker_who_already_accuses_in_the_sentence_gets_no_second_accusation()
    {
        var events = Code("Kenya accused Somalia of shelling its border posts, the Kenyan foreign ministry said.");
        Assert.Empty(Accusations(events));
        CodedSentences.HasEvent(events, "KEN", "SOM", "11");
    }

    [Fact]
    public void A_clause_the_parse_reads_as_the_object_of_said_keeps_its_subject_as_the_doer()
    {
        // "said Indian troops fired on": the parser hangs "fired" under "troops" as a participle.
        var events = Code("Pakistan said Indian troops fired on Pakistani border posts.");
        CodedSentences.HasEvent(events, "IND", "PAK", "19");
    }
}
