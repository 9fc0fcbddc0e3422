using Parley.Events.Ontology;

namespace Parley.Tests.Events;

public class OntologyTests
{
    private static CameoOntology Ontology => CoderFixture.Resources.Ontology;

    [Fact]
    public void Every_root_and_its_unspecified_code_is_present()
    {
        for (var root = 1; root <= 20; root++)
        {
            var r = root.ToString("D2", System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(Ontology.TryGet(r, out _), $"root {r}");
            Assert.True(Ontology.TryGet(r + "0", out _), $"code {r}0");
        }
    }

    [Theory]
    [InlineData("057", "SUPPORT", 8.0, 1)]
    [InlineData("125", "REJECT", -5.0, 3)]
    [InlineData("163", "COERCE", -8.0, 4)]
    [InlineData("1952", "ASSAULT", -10.0, 4)]
    [InlineData("0874", "RETREAT", 10.0, 2)]
    [InlineData("112", "ACCUSE", -2.0, 3)]
    public void Codes_carry_plover_goldstein_and_quad_class(string code, string plover, double goldstein, int quad)
    {
        var c = Ontology.Get(code);
        Assert.Equal(plover, c.Plover);
        Assert.Equal(goldstein, c.Goldstein);
        Assert.Equal(quad, c.QuadClass);
    }

    [Fact]
    public void Every_code_outside_plain_statements_maps_to_one_of_the_16_plover_types()
    {
        Assert.Equal(16, Ontology.PloverTypes.Count);
        foreach (var c in Ontology.Codes)
        {
            if (c.Root == "01" && c.Plover.Length == 0) continue;
            Assert.Contains(Ontology.PloverTypes, t => t.Name == c.Plover);
        }
        Assert.True(Ontology.Codes.Count > 300);
    }

    [Theory]
    [InlineData("DEMAND", "REQUEST")]
    [InlineData("DISAPPROVE", "ACCUSE")]
    [InlineData("FIGHT", "ASSAULT")]
    [InlineData("INVESTIGATE", "ACCUSE")]
    [InlineData("assault", "ASSAULT")]
    [InlineData("NOT-A-TYPE", null)]
    public void Older_plover_names_map_to_current_types(string name, string? expected) =>
        Assert.Equal(expected, Ontology.NormalizePlover(name));

    [Fact]
    public void Agent_nouns_signal_actor_roles()
    {
        var roles = CoderFixture.Resources.Roles;
        Assert.Equal("MIL", roles.RoleOfAgent("troop"));
        Assert.Equal("GOV", roles.RoleOfAgent("official"));
        Assert.Equal("REB", roles.RoleOfAgent("rebel"));
        Assert.Null(roles.RoleOfAgent("banana"));
        Assert.True(roles.IsRole("IGO"));
    }
}
