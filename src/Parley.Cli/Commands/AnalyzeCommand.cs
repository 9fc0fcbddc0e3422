using System.CommandLine;
using System.Text.Json;
using Parley.Cli.Rendering;
using Parley.Output;
using Parley.Text;
using Parley.Time;
using Spectre.Console;

namespace Parley.Cli.Commands;

/// <summary>`parley analyze FILE|-`: the whole pipeline on one article.</summary>
public sealed class AnalyzeCommand : ICliCommand
{
    public Command Build()
    {
        var file = new Argument<string>("file") { Description = "Article file (.txt, .html) or - for standard input" };
        var published = new Option<string?>("--published") { Description = "Publication date (YYYY, YYYY-MM or YYYY-MM-DD); overrides any date found in the article" };
        var format = CommonOptions.Format("text", "json");
        var db = CommonOptions.Database();
        var noStore = new Option<bool>("--no-store") { Description = "Do not store the analysis" };
        var command = new Command("analyze", "Run the whole pipeline on one article and report what it found") { file, published, format, db, noStore };
        command.SetAction(parse =>
        {
            var publishedDate = CommonOptions.ParseDate(parse.GetValue(published), "--published");
            var path = parse.GetValue(file)!;
            var raw = path == "-" ? ArticleReader.ReadStream(Console.OpenStandardInput(), "<stdin>") : ArticleReader.ReadFile(path);
            var pipeline = Pipeline.Load();
            var result = pipeline.Analyze(raw, publishedDate);
            string? storeNote = null;
            if (!parse.GetValue(noStore)) storeNote = ArticleStoring.Store(result, parse.GetValue(db));
            var json = AnalysisJsonMapper.ToJson(result);
            if (parse.GetValue(format) == "json")
                Console.Out.WriteLine(JsonSerializer.Serialize(json, ContractJson.Indented));
            else
                AnalysisReport.Write(AnsiConsole.Console, json, storeNote);
            return ExitCodes.Success;
        });
        return command;
    }
}
