using Parley.Events;
using Parley.Text;
using Parley.Time;

namespace Parley.Tests.Support;

/// <summary>Codes short texts through the whole pipeline (one shared, loaded pipeline) and checks the events.</summary>
internal static class CodedSentences
{
    private static readonly Lazy<Pipeline> SharedPipeline = new(() => Pipeline.Load(RepoPaths.Resources));

    public static List<CodedEvent> Code(string text, string published = "2025-03-14") =>
        SharedPipeline.Value.Analyze(ArticleReader.ReadPlainText(text, "test.txt"), PartialDate.Parse(published)).Document.Events.ToList();

    public static string Describe(List<CodedEvent> events) =>
        string.Join("; ", events.Select(e => $"{e.Source?.Code}->{e.Target?.Code} {e.Cameo} {e.Rule} {e.Modality}"));

    /// <summary>Asserts an event from the source country to the target country (null: none) whose code starts with <paramref name="root"/>.</summary>
    public static CodedEvent HasEvent(List<CodedEvent> events, string? source, string? target, string root)
    {
        var found = events.Find(e => e.Source?.Country == source && (target is null ? e.Target is null : e.Target?.Country == target)
                                     && e.Cameo.StartsWith(root, StringComparison.Ordinal));
        Assert.True(found is not null, $"expected {source ?? "-"}->{target ?? "-"} {root}, got: {Describe(events)}");
        return found!;
    }

    /// <summary>Asserts the event between two countries in both directions (talks, clashes, acts done together).</summary>
    public static void HasEventBothWays(List<CodedEvent> events, string one, string other, string root)
    {
        HasEvent(events, one, other, root);
        HasEvent(events, other, one, root);
    }
}
