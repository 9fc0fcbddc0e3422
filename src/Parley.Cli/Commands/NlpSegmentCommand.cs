using System.CommandLine;
using System.Text.Json;
using Parley.Output;
using Parley.Text;

namespace Parley.Cli.Commands;

/// <summary>`parley nlp segment --input FILE.txt [--format json|text]`: sentences and tokens with character offsets.</summary>
internal static class NlpSegmentCommand
{
    private sealed record TokenJson(int Start, int End, string Text);
    private sealed record SentenceJson(int Start, int End, bool Heading, string Text, IReadOnlyList<TokenJson> Tokens);
    private sealed record SegmentationJson(int Characters, IReadOnlyList<SentenceJson> Sentences);

    public static Command Build()
    {
        var input = new Option<string>("--input") { Description = "Plain-text file (UTF-8), or - for standard input.", Required = true };
        var format = new Option<string>("--format") { Description = "json (offsets) or text (one sentence a line, tokens separated by spaces).", DefaultValueFactory = _ => "json" };
        var command = new Command("segment", "Split a text into sentences and tokens with character offsets.") { input, format };
        command.SetAction(parseResult =>
        {
            var path = parseResult.GetValue(input)!;
            var text = NlpFiles.ReadText(path);
            var document = new Document(text);
            Segmenter.Load(ResourcePaths.Default).Process(document);
            var chosen = parseResult.GetValue(format);
            if (chosen == "text")
            {
                foreach (var sentence in document.Sentences)
                    Console.WriteLine(string.Join(' ', document.TokensOf(sentence).Select(t => t.Text)));
                return ExitCodes.Success;
            }
            if (chosen != "json") throw new UsageException($"unknown format '{chosen}' (json or text)");
            var sentences = document.Sentences.Select(s => new SentenceJson(s.Start, s.End, s.IsHeading, text[s.Start..s.End],
                document.TokensOf(s).Select(t => new TokenJson(t.Start, t.End, t.Text)).ToList())).ToList();
            Console.WriteLine(JsonSerializer.Serialize(new SegmentationJson(text.Length, sentences), ContractJson.Indented));
            return ExitCodes.Success;
        });
        return command;
    }
}
