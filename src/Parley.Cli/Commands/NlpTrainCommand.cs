using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Parley.Language;

namespace Parley.Cli.Commands;

/// <summary>`parley nlp train --train TRAIN.conllu [--dev DEV.conllu] [--output FILE]`: trains every language model, seeded and deterministic.</summary>
internal static class NlpTrainCommand
{
    public static Command Build()
    {
        var defaults = new TrainingOptions();
        var train = new Option<string>("--train") { Description = "Training treebank (CoNLL-U), e.g. UD English EWT train.", Required = true };
        var dev = new Option<string?>("--dev") { Description = "Development treebank, only reported on during training." };
        var output = new Option<string?>("--output") { Description = $"Model file to write (default: models/{LanguageModels.FileName})." };
        var seed = new Option<int>("--seed") { Description = "Random seed (shuffling, exploration).", DefaultValueFactory = _ => defaults.Seed };
        var taggerEpochs = new Option<int>("--tagger-epochs") { DefaultValueFactory = _ => defaults.TaggerEpochs };
        var parserEpochs = new Option<int>("--parser-epochs") { DefaultValueFactory = _ => defaults.ParserEpochs };
        var beamWidth = new Option<int>("--beam") { Description = "Parser beam width; above 1, global training epochs with beam search follow the greedy ones.", DefaultValueFactory = _ => defaults.BeamWidth };
        var beamEpochs = new Option<int>("--beam-epochs") { Description = "Global (beam) parser epochs after the greedy ones (with --beam above 1).", DefaultValueFactory = _ => defaults.BeamEpochs };
        var folds = new Option<int>("--folds") { Description = "Jackknifing folds for the parser's training tags.", DefaultValueFactory = _ => defaults.Folds };
        var prune = new Option<float>("--prune") { Description = "Drop averaged weights smaller than this from the saved models.", DefaultValueFactory = _ => defaults.Prune };
        var lemmatizerOnly = new Option<bool>("--lemmatizer-only") { Description = "Retrain only the lemmatizer inside the existing model file (the other models do not depend on it)." };
        var taggerOnly = new Option<bool>("--tagger-only") { Description = "Train and report on the tagger only (for tuning); writes no model." };
        var jackknifeCache = new Option<string?>("--jackknife-cache") { Description = "For tuning the parser: keep the jackknifed training tags in this file and reuse them while the tagger settings are unchanged." };
        var command = new Command("train", "Train the tagger, lemmatizer and labeled parser (seeded, deterministic).")
        {
            train, dev, output, seed, taggerEpochs, parserEpochs, beamWidth, beamEpochs, folds, prune, taggerOnly, lemmatizerOnly, jackknifeCache,
        };
        command.SetAction(parseResult =>
        {
            var options = new TrainingOptions
            {
                Seed = parseResult.GetValue(seed),
                TaggerEpochs = Positive(parseResult.GetValue(taggerEpochs), "--tagger-epochs"),
                ParserEpochs = Positive(parseResult.GetValue(parserEpochs), "--parser-epochs"),
                BeamWidth = Positive(parseResult.GetValue(beamWidth), "--beam"),
                BeamEpochs = Math.Max(0, parseResult.GetValue(beamEpochs)),
                Folds = Math.Max(2, parseResult.GetValue(folds)),
                TaggerOnly = parseResult.GetValue(taggerOnly),
                Prune = Math.Max(0, parseResult.GetValue(prune)),
                JackknifeCache = parseResult.GetValue(jackknifeCache),
            };
            var trainPath = parseResult.GetValue(train)!;
            NlpFiles.RequireFile(trainPath);
            var devPath = parseResult.GetValue(dev);
            if (devPath != null) NlpFiles.RequireFile(devPath);
            var outputPath = parseResult.GetValue(output) ?? LanguageModels.PathIn(ResourcePaths.Default);
            var clock = Stopwatch.StartNew();
            if (parseResult.GetValue(lemmatizerOnly))
            {
                var updated = LanguageTrainer.RetrainLemmatizer(LanguageModels.Load(outputPath), Conllu.ReadFile(trainPath), m => Console.Error.WriteLine("nlp train: " + m));
                updated.Save(outputPath);
                Console.WriteLine($"rewrote {outputPath} with a retrained lemmatizer");
                return ExitCodes.Success;
            }
            var models = LanguageTrainer.Train(Conllu.ReadFile(trainPath), devPath == null ? null : Conllu.ReadFile(devPath), options,
                message => Console.Error.WriteLine("nlp train: " + message));
            if (models == null) return ExitCodes.Success;
            models.Save(outputPath);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"wrote {outputPath} ({new FileInfo(outputPath).Length / 1024.0 / 1024.0:0.0} MB) in {clock.Elapsed.TotalSeconds:0} s: {models.Description}"));
            return ExitCodes.Success;
        });
        return command;
    }

    private static int Positive(int value, string name) =>
        value > 0 ? value : throw new UsageException($"{name} must be a positive number");
}
