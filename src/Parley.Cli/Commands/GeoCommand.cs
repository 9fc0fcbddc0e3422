using System.CommandLine;
using System.Text.Json;
using Parley.Geo;
using Parley.Output;
using Parley.Text;

namespace Parley.Cli.Commands;

/// <summary>`parley geo import|eval`: build the gazetteer from GeoNames files; score the geolocator.</summary>
public sealed class GeoCommand : ICliCommand
{
    public Command Build()
    {
        var geo = new Command("geo", "Gazetteer and geolocation tools");
        geo.Subcommands.Add(Import());
        geo.Subcommands.Add(Eval());
        return geo;
    }

    private static Command Import()
    {
        var cities = new Option<string>("--cities") { Description = "GeoNames cities file (cities15000.txt or its .zip)", Required = true };
        var countries = new Option<string>("--countries") { Description = "GeoNames countryInfo.txt", Required = true };
        var regions = new Option<string?>("--regions") { Description = "GeoNames admin1 codes (code, name, ascii name, geonameid)" };
        var minPopulation = new Option<long>("--min-population") { Description = "Keep cities at least this large (capitals and first-level seats are always kept)", DefaultValueFactory = _ => 100_000 };
        var output = new Option<string>("--output") { Description = "Gazetteer file to write", DefaultValueFactory = _ => Path.Combine("data", "geo", "gazetteer.tsv") };
        var command = new Command("import", "Build the compact gazetteer from a GeoNames dump") { cities, countries, regions, minPopulation, output };
        command.SetAction(parse =>
        {
            foreach (var path in new[] { parse.GetValue(cities)!, parse.GetValue(countries)!, parse.GetValue(regions) })
                if (path != null && !File.Exists(path)) throw new ParleyInputException(path, "no such file");
            var entries = GeoNamesImporter.Import(new GeoNamesImporter.Options(
                parse.GetValue(cities)!, parse.GetValue(countries)!, parse.GetValue(regions), parse.GetValue(minPopulation)));
            var target = parse.GetValue(output)!;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(target))!);
            using (var writer = new StreamWriter(target))
                GeoNamesImporter.Write(entries, writer, $"cities of at least {parse.GetValue(minPopulation):N0} people, capitals and first-level seats");
            Console.Error.WriteLine($"wrote {entries.Count:N0} places to {target}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Eval()
    {
        var input = new Option<string>("--input") { Description = "Annotated sentences (JSON Lines: text, places[{text, country}])", Required = true };
        var format = CommonOptions.Format("text", "json");
        var command = new Command("eval", "Score place recognition on annotated sentences") { input, format };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(input)!;
            if (!File.Exists(path)) throw new ParleyInputException(path, "no such file");
            var pipeline = Pipeline.Load();
            var score = PlaceEvaluation.Evaluate(PlaceEvaluation.Read(path),
                text => pipeline.Analyze(ArticleReader.ReadPlainText(text, path)).Document);
            if (parse.GetValue(format) == "json")
                Console.WriteLine(JsonSerializer.Serialize(score, ContractJson.Indented));
            else
                Console.WriteLine($"{score.Sentences} sentences, {score.GoldPlaces} places: found {score.Found}, wrong country {score.WrongCountry}, missed {score.Missed}, false alarms {score.FalseAlarms}; " +
                                  $"precision {score.Precision:P1}, recall {score.Recall:P1}, sentence accuracy {score.SentenceAccuracy:P1}");
            return ExitCodes.Success;
        });
        return command;
    }
}
