namespace Parley.Bargaining.Readers;

/// <summary>One controversial issue of the DEU data: positions and saliences by actor code.</summary>
public sealed record DeuIssue(
    string ProposalId, string IssueId, string ProposalName,
    IReadOnlyDictionary<string, double> Positions, IReadOnlyDictionary<string, double> Saliences,
    double? ReferencePoint, double? Outcome);

/// <summary>Which capability each DEU actor gets when an issue becomes a scenario.</summary>
public enum DeuCapabilities
{
    /// <summary>Nice-Treaty Council votes; Commission and Parliament 29 each.</summary>
    Nice,
    /// <summary>The file's second row (GDP figures added by the file's compiler).</summary>
    Gdp,
    /// <summary>Every actor 1.</summary>
    Equal,
}

/// <summary>
/// The DEU table (tab separated, quoted header): `p&lt;actor&gt;` positions 0-100 (blank: no position),
/// `s&lt;actor&gt;` saliences 0-100, `rp` reference point, `out` outcome. Row 2 holds a capability
/// figure per actor column (GDP). See docs/bargaining.md.
/// </summary>
public sealed class DeuDataset
{
    /// <summary>Nice-Treaty weighted Council votes (Commission and EP set to the largest member's 29).</summary>
    public static IReadOnlyDictionary<string, double> NiceVotes { get; } = BuildNice();

    public IReadOnlyList<string> ActorCodes { get; }
    public IReadOnlyDictionary<string, double> Gdp { get; }
    public IReadOnlyList<DeuIssue> Issues { get; }

    private DeuDataset(IReadOnlyList<string> actorCodes, IReadOnlyDictionary<string, double> gdp, IReadOnlyList<DeuIssue> issues)
    {
        ActorCodes = actorCodes;
        Gdp = gdp;
        Issues = issues;
    }

    public static bool Looks(IReadOnlyList<string> lines) =>
        lines.Count > 0 && lines[0].Contains("prnrnmc", StringComparison.Ordinal) && lines[0].Contains('\t');

    public static DeuDataset Load(string path)
    {
        if (!File.Exists(path)) throw new ParleyInputException(path, "file not found");
        return Parse(File.ReadAllText(path), path);
    }

    public static DeuDataset Parse(string text, string source)
    {
        var lines = text.TrimStart('\uFEFF').Split(["\r\n", "\n", "\r"], StringSplitOptions.None).ToList();
        while (lines.Count > 0 && lines[^1].Length == 0) lines.RemoveAt(lines.Count - 1);
        if (!Looks(lines)) throw new ParleyInputException(source, "not a DEU table (expected a tab-separated header starting with \"prnrnmc\")");
        var header = DelimitedText.Split(lines[0], '\t');
        int Column(string name) => header.ToList().IndexOf(name) is var i and >= 0 ? i
            : throw new ParleyInputException(source, $"the header has no '{name}' column");
        var actors = header.Where(h => h.Length > 1 && h[0] == 'p' && header.Contains("s" + h[1..]) && h != "prnr" && h != "prname" && h != "proc" && h != "proccde" && h != "prnrnmc")
            .Select(h => h[1..]).ToList();
        if (actors.Count == 0) throw new ParleyInputException(source, "no actor position columns (p<code> with a matching s<code>)");
        var positionColumn = actors.ToDictionary(a => a, a => Column("p" + a));
        var salienceColumn = actors.ToDictionary(a => a, a => Column("s" + a));
        int prnr = Column("prnr"), isnr = Column("isnr"), prname = Column("prname"), rp = Column("rp"), outcome = Column("out");

        var gdp = new Dictionary<string, double>();
        var issues = new List<DeuIssue>();
        for (var row = 1; row < lines.Count; row++)
        {
            var f = DelimitedText.Split(lines[row], '\t');
            string Field(int i) => i < f.Count ? f[i] : "";
            var where = $"{source} line {row + 1}";
            if (Field(isnr).Length == 0)
            {
                // The capability row: no issue id, a number under every position column.
                foreach (var a in actors)
                    if (DelimitedText.OptionalNumber(Field(positionColumn[a]), where, $"capability of {a}") is { } g) gdp[a] = g;
                continue;
            }
            var positions = new Dictionary<string, double>();
            var saliences = new Dictionary<string, double>();
            foreach (var a in actors)
            {
                if (DelimitedText.OptionalNumber(Field(positionColumn[a]), where, $"position of {a}") is { } p) positions[a] = p;
                saliences[a] = DelimitedText.OptionalNumber(Field(salienceColumn[a]), where, $"salience of {a}") ?? 0;
            }
            issues.Add(new DeuIssue(Field(prnr), Field(isnr), Field(prname), positions, saliences,
                DelimitedText.OptionalNumber(Field(rp), where, "reference point"),
                DelimitedText.OptionalNumber(Field(outcome), where, "outcome")));
        }
        return new DeuDataset(actors, gdp, issues);
    }

    /// <summary>One issue as a one-dimension scenario (actors without a position are kept with a null position).</summary>
    public Scenario ToScenario(DeuIssue issue, DeuCapabilities capabilities)
    {
        var actors = ActorCodes.Select(code => new ScenarioActor(code, null, Capability(code, capabilities),
            [issue.Positions.TryGetValue(code, out var p) ? p : null],
            [issue.Saliences.GetValueOrDefault(code) / 100.0])).ToList();
        return new Scenario(issue.IssueId, issue.ProposalName, ["position"], actors)
        {
            StatusQuo = [issue.ReferencePoint],
            Outcome = [issue.Outcome],
            Group = issue.ProposalId,
        };
    }

    public double Capability(string code, DeuCapabilities capabilities) => capabilities switch
    {
        DeuCapabilities.Nice => NiceVotes.GetValueOrDefault(code),
        DeuCapabilities.Gdp => Gdp.GetValueOrDefault(code),
        _ => 1.0,
    };

    private static Dictionary<string, double> BuildNice()
    {
        var votes = new Dictionary<string, double>();
        void Set(double v, params string[] codes) { foreach (var c in codes) votes[c] = v; }
        Set(29, "de", "fr", "it", "uk", "com", "ep");
        Set(27, "es", "pl");
        Set(14, "ro");
        Set(13, "nl");
        Set(12, "be", "cz", "el", "hu", "pt");
        Set(10, "at", "bu", "se");
        Set(7, "dk", "ie", "lt", "sk", "fi", "cr");
        Set(4, "cy", "ee", "lv", "lu", "si");
        Set(3, "mt");
        return votes;
    }
}
