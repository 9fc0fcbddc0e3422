using Parley.Events;
using Parley.Tests.Support;
using Parley.Text;
using Parley.Time;

namespace Parley.Tests.Events;

/// <summary>The real event resources from data/events, loaded once for all coder tests.</summary>
public static class CoderFixture
{
    private static readonly Lazy<EventResources> LazyResources = new(() => EventResources.Load(RepoPaths.Resources));

    public static EventResources Resources => LazyResources.Value;

    public static EventCoder Coder { get; } = new(Resources);

    /// <summary>Builds a document from <paramref name="text"/> with test actors, attributes quotes and codes it.</summary>
    public static Document Code(string text, PartialDate? published = null)
    {
        var document = EventTestDocuments.Build(text, published);
        new QuoteAttributor().Process(document);
        Coder.Process(document);
        return document;
    }

    public static CodedEvent Single(string text, PartialDate? published = null)
    {
        var document = Code(text, published);
        Assert.True(document.Events.Count == 1,
            $"expected one event in '{text}', got {document.Events.Count}: " +
            string.Join("; ", document.Events.Select(e => $"{e.Source?.Code}->{e.Target?.Code} {e.Cameo} {e.Rule}")));
        return document.Events[0];
    }
}
