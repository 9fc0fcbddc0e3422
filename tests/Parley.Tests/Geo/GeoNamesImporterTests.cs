using Parley.Geo;
using Parley.Tests.Support;

namespace Parley.Tests.Geo;

public class GeoNamesImporterTests
{
    [SharedFact]
    public void ImportsTheGeoNamesDumpIntoAGazetteerThatRoundTrips()
    {
        var folder = RepoPaths.SharedFile("data", "geonames");
        var entries = GeoNamesImporter.Import(new GeoNamesImporter.Options(
            Path.Combine(folder, "cities15000.zip"), Path.Combine(folder, "countryInfo.tsv"), Path.Combine(folder, "regionInfo.tsv")));
        Assert.Contains(entries, e => e.Name == "Tehran" && e.Kind == PlacePrecision.City && e.Country == "IRN");
        Assert.Contains(entries, e => e.Name == "Iran" && e.Kind == PlacePrecision.Country);
        Assert.Contains(entries, e => e.Kind == PlacePrecision.Region && e.Country == "UKR");
        // Small capitals are kept even below the population threshold.
        Assert.Contains(entries, e => e.Name == "Andorra la Vella");

        using var temp = new TempFolder();
        var path = temp.File("gazetteer.tsv");
        using (var writer = new StreamWriter(path)) GeoNamesImporter.Write(entries, writer, "test");
        var reread = Gazetteer.ReadFile(path).ToList();
        Assert.Equal(entries.Count, reread.Count);
        var tehran = new Gazetteer(reread).Lookup("Tehran").Single(e => e.Kind == PlacePrecision.City);
        Assert.InRange(tehran.Latitude, 35.5, 35.9);
    }

    [Fact]
    public void ShippedGazetteerLoadsAndKnowsWaters()
    {
        var gazetteer = Gazetteer.LoadFolder(RepoPaths.Resources.Data("geo"));
        Assert.True(gazetteer.Count > 5000);
        Assert.NotEmpty(gazetteer.Lookup("Strait of Hormuz"));
        var tripolis = gazetteer.Lookup("Tripoli").Where(e => e.Kind == PlacePrecision.City).Select(e => e.Country).ToList();
        Assert.Contains("LBY", tripolis);
        Assert.Contains("LBN", tripolis);
    }
}
