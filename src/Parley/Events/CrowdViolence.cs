namespace Parley.Events;

/// <summary>
/// A crowd in the street that destroys property, assaults or fights riots: CAMEO codes it as a
/// violent protest (145, "protesters torched a police station", "rioters attacked the police"),
/// not as the act itself. Force used on a crowd keeps its own code, as the CAMEO manual codes
/// police opening fire on demonstrators (193). The crowd is known by its head noun
/// (data/events/crowds.tsv).
/// </summary>
internal sealed class CrowdViolence(IReadOnlySet<string> crowdNouns)
{
    private const string Riot = "145";

    /// <summary>The code of the act given its source: <paramref name="code"/> itself unless a crowd does the violence.</summary>
    public string Recode(string code, SentenceView view, ActorPhrase? source) =>
        IsStreetViolence(code) && source is { IsPronoun: false } && crowdNouns.Contains(view.Lemma(source.Last)) ? Riot : code;

    /// <summary>Destroying property, assault and fighting; not mass killing (20), which stays what it is.</summary>
    private static bool IsStreetViolence(string code) =>
        code.StartsWith("1712", StringComparison.Ordinal) || code.StartsWith("18", StringComparison.Ordinal) || code.StartsWith("19", StringComparison.Ordinal);
}
