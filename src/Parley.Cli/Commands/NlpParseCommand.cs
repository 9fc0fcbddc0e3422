using System.CommandLine;
using System.Text;
using Parley.Language;

namespace Parley.Cli.Commands;

/// <summary>`parley nlp parse --input X.conllu --output Y.conllu`: fills UPOS, XPOS, LEMMA, HEAD and DEPREL on gold tokenization.</summary>
internal static class NlpParseCommand
{
    public static Command Build()
    {
        var input = new Option<string>("--input") { Description = "CoNLL-U file whose words are annotated (- for standard input).", Required = true };
        var output = new Option<string?>("--output") { Description = "CoNLL-U file to write (default: standard output)." };
        var command = new Command("parse", "Tag, lemmatize and parse the words of a CoNLL-U file.") { input, output };
        command.SetAction(parseResult =>
        {
            var path = parseResult.GetValue(input)!;
            List<ConlluSentence> sentences;
            if (path == "-") sentences = Conllu.Read(Console.In, "stdin");
            else { NlpFiles.RequireFile(path); sentences = Conllu.ReadFile(path); }
            var models = NlpModels.Require();
            foreach (var sentence in sentences)
            {
                var forms = sentence.Words.Select(w => w.Form).ToArray();
                var analysis = models.Analyze(forms);
                for (var i = 0; i < forms.Length; i++)
                {
                    var w = sentence.Words[i];
                    w.Upos = analysis.Upos[i];
                    w.Xpos = analysis.Xpos[i];
                    w.Lemma = analysis.Lemmas[i];
                    w.Head = analysis.Heads[i] + 1;
                    w.DepRel = analysis.DepRels[i];
                    w.Deps = "_";
                }
            }
            var target = parseResult.GetValue(output);
            if (target == null) { Conllu.Write(Console.Out, sentences); return ExitCodes.Success; }
            using var writer = new StreamWriter(target, false, new UTF8Encoding(false));
            Conllu.Write(writer, sentences);
            return ExitCodes.Success;
        });
        return command;
    }
}

/// <summary>Loads the trained models for a command, with a clear error when they are absent.</summary>
internal static class NlpModels
{
    public static LanguageModels Require()
    {
        var paths = ResourcePaths.Default;
        return LanguageModels.TryLoad(paths)
            ?? throw new ParleyInputException(LanguageModels.PathIn(paths), "no trained language model; run `parley nlp train` first");
    }
}
