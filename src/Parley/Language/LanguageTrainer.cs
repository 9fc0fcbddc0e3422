using System.Diagnostics;
using System.Globalization;

namespace Parley.Language;

/// <summary>Training settings; the defaults are the ones the shipped models were trained with.</summary>
public sealed record TrainingOptions
{
    public int Seed { get; init; } = 1;
    public int TaggerEpochs { get; init; } = 10;
    /// <summary>Greedy parser epochs (dynamic oracle); any beam epochs follow them.</summary>
    public int ParserEpochs { get; init; } = 15;
    /// <summary>
    /// Parser beam width: 1 (greedy) by default; above 1, <see cref="BeamEpochs"/> global epochs
    /// follow the greedy ones and the parser decodes with the beam. Off by default: beam 3 gained
    /// 0.4 UAS on EWT dev but parses at under half the greedy speed, below the speed target.
    /// </summary>
    public int BeamWidth { get; init; } = 1;
    public int BeamEpochs { get; init; }
    /// <summary>Folds for jackknifing: the parser trains on tags predicted by taggers that never saw the sentence.</summary>
    public int Folds { get; init; } = 5;
    /// <summary>Averaged weights below this magnitude are dropped from the saved models (size against accuracy).</summary>
    public float Prune { get; init; } = 0.05f;
    /// <summary>Stop after the tagger (for tuning it); the result then has no usable parser.</summary>
    public bool TaggerOnly { get; init; }
    /// <summary>For tuning the parser: a file keeping the jackknifed tags between runs with the same tagger settings (read when present, else written).</summary>
    public string? JackknifeCache { get; init; }
}

/// <summary>
/// Trains all the language models from a treebank, deterministically for a given seed:
/// the final tagger, jackknifed tagging of the training set, the lemmatizer, then the labeled
/// parser (on the jackknifed tags); the development set is only reported on.
/// </summary>
public static class LanguageTrainer
{
    /// <summary>Retrains only the lemmatizer (it depends on no other model) and keeps the rest of an existing model set.</summary>
    public static LanguageModels RetrainLemmatizer(LanguageModels existing, IReadOnlyList<ConlluSentence> train, Action<string> log)
    {
        var lemmatizer = Lemmatizer.Train(train);
        log($"lemmatizer: {lemmatizer.WordCount} stored words, {lemmatizer.RuleCount} suffix rules");
        return new LanguageModels(existing.Tagger, lemmatizer, existing.Parser, existing.Description);
    }

    public static LanguageModels? Train(IReadOnlyList<ConlluSentence> train, IReadOnlyList<ConlluSentence>? dev, TrainingOptions options, Action<string> log)
    {
        var clock = Stopwatch.StartNew();
        string Elapsed() => clock.Elapsed.TotalSeconds.ToString("0", CultureInfo.InvariantCulture) + "s";

        var classOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var finalTagger = Tagger.Train(train, options.TaggerEpochs, options.Seed, options.Prune, (epoch, tagger) =>
        {
            if (dev != null && (epoch == options.TaggerEpochs - 1 || epoch % 3 == 2))
                { var (pair, upos) = TagAccuracy(tagger, dev); log($"tagger epoch {epoch + 1}: dev UPOS {Pct(upos)}, UPOS+XPOS {Pct(pair)} ({Elapsed()})"); }
        });
        for (var c = 0; c < finalTagger.Weights.Classes; c++) classOf[finalTagger.Weights.ClassNames[c]] = c;
        if (options.TaggerOnly) return null;

        var predictedTags = JackknifeCache.TryRead(options.JackknifeCache, finalTagger, options, train.Count)
            ?? Jackknife(train, options, classOf, fold => log($"jackknife fold {fold + 1}/{options.Folds} tagged ({Elapsed()})"));
        if (options.JackknifeCache != null) JackknifeCache.Write(options.JackknifeCache, finalTagger, options, predictedTags);

        var lemmatizer = Lemmatizer.Train(train);
        log($"lemmatizer: {lemmatizer.WordCount} stored words, {lemmatizer.RuleCount} suffix rules ({Elapsed()})");

        var parserExamples = new List<DependencyParser.Example>(train.Count);
        var hashes = new WordHashes();
        for (var i = 0; i < train.Count; i++)
        {
            var forms = Forms(train[i]);
            hashes.Fill(forms);
            var n = forms.Length;
            var lower = new ulong[n];
            Array.Copy(hashes.Lower, WordHashes.Padding, lower, 0, n);
            var heads = new int[n];
            var labels = new string[n];
            for (var k = 0; k < n; k++) { heads[k] = train[i].Words[k].Head - 1; labels[k] = train[i].Words[k].DepRel; }
            parserExamples.Add(new DependencyParser.Example(lower, predictedTags[i], heads, labels));
        }

        var beamEpochs = options.BeamWidth > 1 ? options.BeamEpochs : 0;
        var parser = DependencyParser.Train(parserExamples, options.ParserEpochs, options.Seed, options.Prune, (epoch, candidate) =>
        {
            if (dev == null || (epoch % 3 != 2 && epoch < options.ParserEpochs - 1)) return;
            var scores = ParseEvaluation.Evaluate(new LanguageModels(finalTagger, lemmatizer, candidate, ""), dev);
            log($"parser epoch {epoch + 1}: dev UAS {Pct(scores.Uas)} LAS {Pct(scores.Las)} ({candidate.Weights.FeatureCount} transition + {candidate.LabelWeights.FeatureCount} label features, {Elapsed()})");
        }, options.BeamWidth, beamEpochs);

        var description = string.Create(CultureInfo.InvariantCulture,
            $"UD English EWT train ({train.Count} sentences); seed {options.Seed}; tagger {options.TaggerEpochs}, parser {options.ParserEpochs} epochs{(beamEpochs > 0 ? $" + {beamEpochs} with beam {options.BeamWidth}" : "")}; {options.Folds}-fold jackknifed tags");
        return new LanguageModels(finalTagger, lemmatizer, parser, description);
    }

    /// <summary>Tags every training sentence with a tagger trained on the other folds (tags numbered as the final tagger's classes).</summary>
    private static int[][] Jackknife(IReadOnlyList<ConlluSentence> train, TrainingOptions options, Dictionary<string, int> classOf, Action<int> foldDone)
    {
        var predictedTags = new int[train.Count][];
        for (var fold = 0; fold < options.Folds; fold++)
        {
            var part = new List<ConlluSentence>();
            for (var i = 0; i < train.Count; i++) if (i % options.Folds != fold) part.Add(train[i]);
            var foldTagger = Tagger.Train(part, options.TaggerEpochs, options.Seed + fold + 1, options.Prune);
            for (var i = fold; i < train.Count; i += options.Folds)
            {
                var tags = foldTagger.Tag(Forms(train[i]));
                // Map the fold tagger's classes onto the final tagger's class numbers.
                for (var k = 0; k < tags.Length; k++) tags[k] = classOf.GetValueOrDefault(foldTagger.Weights.ClassNames[tags[k]], 0);
                predictedTags[i] = tags;
            }
            foldDone(fold);
        }
        return predictedTags;
    }

    private static string[] Forms(ConlluSentence sentence)
    {
        var forms = new string[sentence.Words.Count];
        for (var i = 0; i < forms.Length; i++) forms[i] = sentence.Words[i].Form;
        return forms;
    }

    private static (double Pair, double Upos) TagAccuracy(Tagger tagger, IReadOnlyList<ConlluSentence> gold)
    {
        int total = 0, correct = 0, upos = 0;
        foreach (var sentence in gold)
        {
            var tags = tagger.Tag(Forms(sentence));
            for (var i = 0; i < tags.Length; i++)
            {
                total++;
                if (tagger.Upos(tags[i]) != sentence.Words[i].Upos) continue;
                upos++;
                if (tagger.Xpos(tags[i]) == sentence.Words[i].Xpos) correct++;
            }
        }
        return total == 0 ? (0, 0) : ((double)correct / total, (double)upos / total);
    }

    private static string Pct(double value) => (100 * value).ToString("0.00", CultureInfo.InvariantCulture);
}
