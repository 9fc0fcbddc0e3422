using Parley.Geo;
using Parley.Knowledge;
using Parley.Tests.Support;
using Parley.Text;

namespace Parley.Tests.Geo;

public class GeolocatorTests
{
    private static readonly Gazetteer Places = new(
    [
        new GazetteerEntry(1, "Tripoli", PlacePrecision.City, "LBY", null, 32.89, 13.19, 1_300_000, ["Tarabulus"]),
        new GazetteerEntry(2, "Tripoli", PlacePrecision.City, "LBN", null, 34.43, 35.84, 230_000, []),
        new GazetteerEntry(3, "Tehran", PlacePrecision.City, "IRN", null, 35.69, 51.42, 8_000_000, []),
        new GazetteerEntry(null, "Strait of Hormuz", PlacePrecision.Region, "", null, 26.57, 56.25, 0, ["the Strait of Hormuz"]),
        new GazetteerEntry(null, "Iran", PlacePrecision.Country, "IRN", null, 32.0, 53.0, 85_000_000, []),
        new GazetteerEntry(4, "West", PlacePrecision.Region, "CMR", null, 5.5, 10.5, 1_900_000, []),
        new GazetteerEntry(5, "Samarra", PlacePrecision.City, "IRQ", null, 34.2, 43.9, 158_000, []),
        // A province named after the sea beside it, and the sea itself.
        new GazetteerEntry(6, "Coral Sea", PlacePrecision.Region, "PNG", null, -10.0, 150.0, 400_000, []),
        new GazetteerEntry(null, "Coral Sea", PlacePrecision.Region, "", null, -18.0, 152.0, 0, ["the Coral Sea"]),
    ]);

    private static Document Locate(string text, params (string Word, string Country)[] actors)
    {
        var document = new Document(text);
        Segmenter.Load(RepoPaths.Resources).Process(document);
        foreach (var (word, country) in actors)
        {
            var start = text.IndexOf(word, StringComparison.Ordinal);
            document.Mentions.Add(new Mention { Span = new TextSpan(start, start + word.Length), Text = word, Country = country });
        }
        new Geolocator(Places).Process(document);
        return document;
    }

    [Fact]
    public void FindsACityAfterALocativeWord()
    {
        var place = Assert.Single(Locate("Thousands marched in Tehran on Friday .").Places);
        Assert.Equal(("Tehran", "IRN", PlacePrecision.City, 3L), (place.Name, place.Country, place.Precision, place.GeoNamesId));
    }

    [Fact]
    public void FindsTheNameAfterAPlaceNoun() =>
        Assert.Equal("IRQ", Assert.Single(Locate("A bomb exploded near the town of Samarra .").Places).Country);

    [Fact]
    public void ARegionNamedByAPlainWordOfDirectionIsNotFoundByThatWord() =>
        Assert.Empty(Locate("The army lifted the curfew in West Darfur .").Places);

    [Fact]
    public void AWordOfDirectionMayStandBeforeTheName() =>
        Assert.Equal("Samarra", Assert.Single(Locate("Fighting went on in northern Samarra .").Places).Name);

    [Fact]
    public void MetonymUsedAsAnActorIsNotAPlace() => Assert.Empty(Locate("Tehran said it would not negotiate .").Places);

    [Fact]
    public void NoPlaceNoResult() => Assert.Empty(Locate("The two leaders agreed to keep talking .").Places);

    [Fact]
    public void AmbiguousNameGoesToTheCountryTheArticleIsAbout()
    {
        Assert.Equal("LBN", Assert.Single(Locate("Lebanese officials met in Tripoli .", ("Lebanese", "LBN")).Places).Country);
        Assert.Equal("LBY", Assert.Single(Locate("Rival factions met in Tripoli .").Places).Country);
    }

    [Fact]
    public void WatersHaveNoCountryAndKeepTheArticleOutOfTheName()
    {
        var place = Assert.Single(Locate("A tanker was seized in the Strait of Hormuz .").Places);
        Assert.Equal(("Strait of Hormuz", null, PlacePrecision.Region), (place.Name, place.Country, place.Precision));
    }

    [Fact]
    public void ANameListedWithItsArticleIsWhatTheArticleNames()
    {
        Assert.Null(Assert.Single(Locate("A ship was attacked in the Coral Sea .").Places).Country);
        Assert.Equal("PNG", Assert.Single(Locate("Floods hit villages in Coral Sea province .").Places).Country);
    }

    /// <summary>A document with one event whose trigger is the given word (no actors).</summary>
    private static Document WithEvent(string text, string triggerWord, params (string Word, string Country)[] actors) =>
        WithEvent(text, triggerWord, "190", actors);

    private static Document WithEvent(string text, string triggerWord, string cameo, params (string Word, string Country)[] actors)
    {
        var document = new Document(text);
        Segmenter.Load(RepoPaths.Resources).Process(document);
        foreach (var (word, country) in actors)
        {
            var start = text.IndexOf(word, StringComparison.Ordinal);
            document.Mentions.Add(new Mention { Span = new TextSpan(start, start + word.Length), Text = word, Country = country });
        }
        var trigger = document.Text.IndexOf(triggerWord, StringComparison.Ordinal);
        document.Events.Add(new Parley.Events.CodedEvent
        {
            Id = "e1", Cameo = cameo, CameoLabel = "test", Plover = "ASSAULT", Rule = "test",
            Evidence = new Parley.Events.EventEvidence(0, document.Sentences[0].Span), Trigger = new TextSpan(trigger, trigger + triggerWord.Length),
        });
        new Geolocator(Places).Process(document);
        return document;
    }

    [Fact]
    public void PlaceIsAttachedToTheEventInItsSentence() =>
        Assert.Equal("Tehran", WithEvent("Forces attacked a convoy in Tehran .", "attacked").Events[0].Place?.Name);

    [Fact]
    public void ACityAnEventIsDoneToIsWhereItHappened()
    {
        Assert.Equal("Samarra", WithEvent("Rockets struck Samarra on Monday .", "struck").Events[0].Place?.Name);
        Assert.Equal("Samarra", WithEvent("Jets bombed the town of Samarra .", "bombed").Events[0].Place?.Name);
        // A country right after the verb is an actor, and so is a name the knowledge base knows.
        Assert.Null(WithEvent("Jets bombed Iran .", "bombed").Events[0].Place);
        Assert.Null(WithEvent("Jets bombed Samarra .", "bombed", ("Samarra", "IRQ")).Events[0].Place);
        // A capitalized word after the name continues another name ("Minas Tirith" is not Minas).
        Assert.Null(WithEvent("Rockets struck Samarra Heights on Monday .", "struck").Events[0].Place);
    }

    [Fact]
    public void AVisitsDestinationIsNotAPlaceActedOn() =>
        Assert.Null(WithEvent("The envoy visited Samarra .", "visited", "042").Events[0].Place);
}
