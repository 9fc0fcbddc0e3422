using System.CommandLine;
using System.Globalization;
using Parley.Language;
using Parley.Text;

namespace Parley.Cli.Commands;

/// <summary>
/// `parley nlp eval --gold FILE.conllu`: tagging, lemma and parsing accuracy with gold tokenization,
/// and sentence/token segmentation precision, recall and F1 on the raw text rebuilt from the file.
/// </summary>
internal static class NlpEvalCommand
{
    public static Command Build()
    {
        var gold = new Option<string[]>("--gold") { Description = "Gold CoNLL-U file(s) to evaluate on.", Required = true, AllowMultipleArgumentsPerToken = true };
        var only = new Option<string>("--only") { Description = "Limit to 'parse' (tags, lemmas, heads) or 'segment' (sentences, tokens).", DefaultValueFactory = _ => "all" };
        var command = new Command("eval", "Evaluate the tagger, lemmatizer, parser and segmenter on gold CoNLL-U files.") { gold, only };
        command.SetAction(parseResult =>
        {
            var what = parseResult.GetValue(only);
            if (what is not ("all" or "parse" or "segment")) throw new UsageException($"--only must be parse or segment, not '{what}'");
            var paths = ResourcePaths.Default;
            foreach (var path in parseResult.GetValue(gold)!)
            {
                NlpFiles.RequireFile(path);
                var treebank = Conllu.ReadFile(path);
                Console.WriteLine($"{Path.GetFileName(path)}: {treebank.Count} sentences, {treebank.Sum(s => s.Words.Count)} words");
                if (what is "all" or "parse")
                {
                    var scores = ParseEvaluation.Evaluate(NlpModels.Require(), treebank);
                    Console.WriteLine($"  UPOS {Pct(scores.UposAccuracy)}  XPOS {Pct(scores.XposAccuracy)}  lemma {Pct(scores.LemmaAccuracy)}  UAS {Pct(scores.Uas)}  LAS {Pct(scores.Las)}  ({scores.Words / scores.Seconds:0} words/s)");
                }
                if (what is "all" or "segment")
                {
                    var scores = SegmentationEvaluation.Evaluate(treebank, Segmenter.Load(paths));
                    Console.WriteLine($"  sentences  P {Pct(scores.Sentences.Precision)}  R {Pct(scores.Sentences.Recall)}  F1 {Pct(scores.Sentences.F1)}");
                    Console.WriteLine($"  tokens     P {Pct(scores.Tokens.Precision)}  R {Pct(scores.Tokens.Recall)}  F1 {Pct(scores.Tokens.F1)}");
                }
            }
            return ExitCodes.Success;
        });
        return command;
    }

    private static string Pct(double value) => (100 * value).ToString("0.00", CultureInfo.InvariantCulture);
}
