using Parley.Events;
using Parley.Tests.Support;

namespace Parley.Tests.Events;

/// <summary>Violence by a crowd in the street is a riot; force used on a crowd keeps its own code.</summary>
public class CrowdViolenceTests
{
    private static List<CodedEvent> Code(string text) => CodedSentences.Code(text, "2019-05-20");

    [Theory]
    [InlineData("Angry Kenyan protesters burned a government building in Nairobi on Sunday.")]
    [InlineData("Kenyan rioters attacked the police headquarters in Nairobi.")]
    [InlineData("Kenyan demonstrators clashed with police in Nairobi on Sunday.")]
    public void Violence_by_a_crowd_is_a_riot(string sentence)
    {
        var events = Code(sentence);
        Assert.Contains(events, e => e.Cameo == "145" && e.Source?.Country == "KEN");
        Assert.DoesNotContain(events, e => e.Root is "17" or "18" or "19" && e.Source?.Country == "KEN");
    }

    [Fact]
    public void Force_used_on_a_crowd_keeps_its_code()
    {
        var events = Code("Kenyan police killed two demonstrators in Nairobi on Sunday.");
        Assert.Contains(events, e => e.Root == "19" && e.Source?.Code == "KENCOP");
        Assert.DoesNotContain(events, e => e.Cameo == "145");
    }

    [Fact]
    public void Violence_by_troops_is_no_riot()
    {
        var events = Code("Kenyan troops burned a village near the Somali border.");
        Assert.Contains(events, e => e.Cameo == "1712" && e.Source?.Code == "KENMIL");
    }

    [Fact]
    public void An_attack_on_an_embassy_is_a_riot_only_when_a_crowd_does_it()
    {
        Assert.Contains(Code("Kenyan protesters attacked the Ugandan embassy in Nairobi."), e => e.Cameo == "145" && e.Source?.Country == "KEN");
        var strike = Code("Israeli jets attacked the embassy in Damascus on Monday.");
        Assert.Contains(strike, e => e.Root == "19" && e.Source?.Country == "ISR");
        Assert.DoesNotContain(strike, e => e.Root == "14");
    }
}
