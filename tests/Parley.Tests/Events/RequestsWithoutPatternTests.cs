using static Parley.Tests.Support.CodedSentences;

namespace Parley.Tests.Events;

/// <summary>Demands, appeals and permissions whose act has no pattern, on sentences written for these tests.</summary>
public class RequestsWithoutPatternTests
{
    [Fact]
    public void Ordering_an_actor_to_act_is_a_demand_on_that_actor()
    {
        var events = Code("The Kenyan government ordered Somalia to reconsider the maritime ruling.");
        var demand = HasEvent(events, "KEN", "SOM", "10");
        Assert.Equal("asked-demand", demand.Rule);
    }

    [Fact]
    public void Calling_on_an_actor_to_act_is_an_appeal()
    {
        var events = Code("Norway called on Sri Lanka to reconsider the decision.");
        HasEvent(events, "NOR", "LKA", "02");
    }

    [Fact]
    public void Demanding_that_an_actor_act_is_a_demand_on_the_clause_subject()
    {
        var events = Code("Ghana demanded that Togo reconsider the decision.");
        HasEvent(events, "GHA", "TGO", "10");
    }

    [Fact]
    public void A_request_whose_act_has_a_pattern_is_coded_once_through_its_cue()
    {
        var events = Code("Kenya urged Somalia to hold talks with Ethiopia.");
        Assert.DoesNotContain(events, e => e.Rule is "asked-appeal" or "asked-demand");
    }

    [Fact]
    public void Asking_for_an_attack_is_an_appeal_not_an_attack()
    {
        var events = Code("Kenya wants Uganda to attack the rebel camps in Somalia.");
        Assert.DoesNotContain(events, e => e.Root is "18" or "19" or "20");
        HasEvent(events, "KEN", "UGA", "02");
    }

    [Fact]
    public void An_order_given_with_authority_is_the_act_itself()
    {
        var events = Code("The Kenyan government ordered the opposition newspaper to suspend publication.");
        Assert.Contains(events, e => e.Root == "17" && e.Source?.Country == "KEN");
    }

    [Fact]
    public void Allowing_an_actor_an_act_without_a_pattern_eases_a_restriction_on_it()
    {
        var events = Code("Zimbabwe allowed British farmers to keep their land.");
        var permission = HasEvent(events, "ZWE", "GBR", "081");
        Assert.Equal("allowed-act", permission.Rule);
    }

    [Theory]
    [InlineData("Zimbabwe did not allow British farmers to keep their land.")]
    [InlineData("Zimbabwe refused to allow British farmers to keep their land.")]
    [InlineData("Zimbabwe seized farms before allowing British farmers to keep their land.")]
    public void A_permission_refused_or_in_a_subordinate_clause_eases_nothing(string sentence) =>
        Assert.DoesNotContain(Code(sentence), e => e.Rule == "allowed-act");
}
