using Parley.Bargaining;
using Parley.Bargaining.Readers;
using Parley.Tests.Support;

namespace Parley.Tests.Bargaining;

public class ScenarioReaderTests
{
    private static string Ktab(string name) => RepoPaths.SharedFile("data", "bargaining", "ktab-scenarios", name);
    private static string Bdm(string name) => RepoPaths.SharedFile("data", "bargaining", "bdm-examples", name);

    [SharedFact]
    public void Ktab_csv_reads_actors_dimensions_and_scales_salience()
    {
        var s = ScenarioReader.ReadAll(Ktab("SOE-Pol-Comp.csv")).Single();
        Assert.Equal(13, s.Actors.Count);
        Assert.Equal(["Policy", "Competitive"], s.Dimensions);
        var xi = s.Actors[0];
        Assert.Equal("XJ", xi.Name);
        Assert.Equal("Xi Jinping", xi.Description);
        Assert.Equal(100.0, xi.Capability);
        Assert.Equal([30.0, 20.0], xi.Positions.Select(p => p!.Value));
        Assert.Equal(0.24, xi.Saliences[0], 12);
        Assert.Equal(0.48, xi.Saliences[1], 12);
    }

    [SharedFact]
    public void Ktab_csv_with_padded_fields_reads()
    {
        var s = ScenarioReader.ReadAll(Ktab("dummyData-a040.csv")).Single();
        Assert.Equal(40, s.Actors.Count);
        Assert.Equal(1.73, s.Actors[0].Capability);
        Assert.Equal(63.03, s.Actors[0].Positions[0]);
    }

    [SharedFact]
    public void Ktab_xml_reads_actors_and_keeps_parameters_as_notes()
    {
        var s = ScenarioReader.ReadAll(Ktab("smpExample.xml")).Single();
        Assert.Equal(5, s.Actors.Count);
        Assert.Equal(["FirstDim", "SecondDim", "YADN"], s.Dimensions);
        Assert.Null(s.Actors[0].Positions[0]); // the shipped file leaves Alice's first coordinate empty
        Assert.Equal(39.8, s.Actors[0].Positions[1]);
        Assert.Equal(117.7, s.Actors[0].Capability);
        Assert.Contains("KTAB VotingRule = PropCbc", s.Notes);
    }

    [SharedFact]
    public void Actor_table_with_bare_CR_line_endings_reads()
    {
        var s = ScenarioReader.ReadAll(Bdm("dmasad_honduras_crisis.csv")).Single();
        Assert.Equal(5, s.Actors.Count);
        Assert.Equal("United States", s.Actors[3].Name);
        Assert.Equal(0.1, s.Actors[3].Saliences[0], 12);
        var china = ScenarioReader.ReadAll(Bdm("dmasad_china.csv")).Single();
        Assert.All(china.Actors, a => Assert.InRange(a.Saliences[0], 0, 1)); // 0-100 table scaled
    }

    [Fact]
    public void Own_yaml_and_json_formats_read_the_same_scenario()
    {
        using var temp = new TempFolder();
        var yaml = temp.Write("s.yaml", """
            name: toy
            dimensions:
              - name: cap
                status_quo: 40
            actors:
              - name: A
                capability: 2
                stances:
                  cap: {position: 10, salience: 50, basis: "judgement"}
              - name: B
                capability: 1
                stances:
                  cap: {position: 90, salience: 100}
              - name: C
                capability: 1
            """);
        var json = temp.Write("s.json", """
            {"name": "toy", "dimensions": [{"name": "cap", "status_quo": 40}],
             "actors": [{"name": "A", "capability": 2, "stances": {"cap": {"position": 10, "salience": 50}}},
                        {"name": "B", "capability": 1, "stances": {"cap": {"position": 90, "salience": 100}}},
                        {"name": "C", "capability": 1}]}
            """);
        foreach (var path in new[] { yaml, json })
        {
            var s = ScenarioReader.ReadAll(path).Single();
            Assert.Equal(3, s.Actors.Count);
            Assert.Equal(40.0, s.StatusQuoOn(0));
            Assert.Equal(0.5, s.Actors[0].Saliences[0]);
            Assert.Null(s.Actors[2].Positions[0]);
            Assert.Equal(2, s.ActorsOn(0).Count);
        }
    }

    [Fact]
    public void The_example_scenario_reads_and_every_stance_has_a_basis()
    {
        var path = RepoPaths.InRepo("examples", "scenarios", "iran-us-nuclear.yaml");
        var s = ScenarioReader.ReadAll(path).Single();
        Assert.Equal(8, s.Actors.Count);
        Assert.Contains(s.Actors, a => a.Name == "Oman");
        Assert.Equal(3, s.Dimensions.Count);
        var text = File.ReadAllText(path);
        var numbers = System.Text.RegularExpressions.Regex.Matches(text, @"\b(position|salience|capability|status_quo):").Count;
        var bases = System.Text.RegularExpressions.Regex.Matches(text, @"Illustrative judgement").Count;
        Assert.True(bases >= numbers / 2, $"{bases} bases for {numbers} numbers");
    }

    [Theory]
    [InlineData("bad.yaml", "name: x\ndimensions: [{name: a}]\nactors: [{name: A, capability: 1, stances: {b: {position: 1, salience: 1}}}]", "unknown dimension")]
    [InlineData("bad.json", "{\"name\": \"x\", \"dimensions\": [], \"actors\": []}", "'dimensions' is empty")]
    [InlineData("bad.json", "{not json", "invalid scenario JSON")]
    [InlineData("bad.yaml", "name: x\ndimensions: [{name: a}]\nactors: [{name: A, stances: {}}]", "has no capability")]
    [InlineData("bad.csv", "just,some\nrandom,text\n", "unknown scenario format")]
    [InlineData("bad.xml", "<Scenario><name>x", "malformed XML")]
    [InlineData("bad.yaml", "name: x\ndimensions: [{name: a}]\nactors: [{name: A, capability: 1, stances: {a: {position: 1, salience: 150}}}]", "salience outside")]
    public void Bad_files_give_a_clear_input_error(string name, string content, string message)
    {
        using var temp = new TempFolder();
        var path = temp.Write(name, content);
        var e = Assert.Throws<ParleyInputException>(() => ScenarioReader.ReadAll(path));
        Assert.Contains(message, e.Message);
    }

    [Fact]
    public void Missing_file_is_an_input_error()
    {
        var e = Assert.Throws<ParleyInputException>(() => ScenarioReader.ReadAll("no-such-scenario.yaml"));
        Assert.Contains("file not found", e.Message);
    }
}
