using Parley.Language;
using Parley.Tests.Support;
using Parley.Text;

namespace Parley.Tests.Language;

/// <summary>
/// Accuracy on the held-out treebanks in ../shared. Thresholds sit a little under the figures in
/// docs/EVALUATION.md, so a regression fails the test while run-to-run noise does not.
/// </summary>
public sealed class EvaluationTests
{
    private static string Treebank(string folder, string file) => RepoPaths.SharedFile("data", "treebanks", folder, file);

    [SharedFact]
    public void PudSentenceBoundariesOnRawTextReachTheTarget()
    {
        var scores = SegmentationEvaluation.Evaluate(Conllu.ReadFile(Treebank("ud-english-pud", "en_pud-ud-test.conllu")), new Segmenter());
        Assert.True(scores.Sentences.F1 >= 0.97, $"PUD sentence F1 {scores.Sentences.F1:P2}");
        Assert.True(scores.Tokens.F1 >= 0.99, $"PUD token F1 {scores.Tokens.F1:P2}");
    }

    [SharedFact]
    public void GumTokenizationMatchesTheTreebank()
    {
        var scores = SegmentationEvaluation.Evaluate(Conllu.ReadFile(Treebank("ud-english-gum", "en_gum-ud-test.conllu")), new Segmenter());
        Assert.True(scores.Tokens.F1 >= 0.99, $"GUM token F1 {scores.Tokens.F1:P2}");
        Assert.True(scores.Sentences.F1 >= 0.90, $"GUM sentence F1 {scores.Sentences.F1:P2}");
    }

    [ModelAndSharedFact]
    public void EwtTestWithGoldTokenization()
    {
        var models = LanguageModels.Load(LanguageModels.PathIn(RepoPaths.Resources));
        var scores = ParseEvaluation.Evaluate(models, Conllu.ReadFile(Treebank("ud-english-ewt", "en_ewt-ud-test.conllu")));
        Assert.True(scores.UposAccuracy >= 0.95, $"UPOS {scores.UposAccuracy:P2}");
        Assert.True(scores.XposAccuracy >= 0.945, $"XPOS {scores.XposAccuracy:P2}");
        Assert.True(scores.LemmaAccuracy >= 0.965, $"lemma {scores.LemmaAccuracy:P2}");
        Assert.True(scores.Uas >= 0.848, $"UAS {scores.Uas:P2}");
        Assert.True(scores.Las >= 0.815, $"LAS {scores.Las:P2}");
    }

    [ModelAndSharedFact]
    public void PudTestWithGoldTokenization()
    {
        var models = LanguageModels.Load(LanguageModels.PathIn(RepoPaths.Resources));
        var scores = ParseEvaluation.Evaluate(models, Conllu.ReadFile(Treebank("ud-english-pud", "en_pud-ud-test.conllu")));
        Assert.True(scores.UposAccuracy >= 0.948, $"UPOS {scores.UposAccuracy:P2}");
        Assert.True(scores.Uas >= 0.815, $"UAS {scores.Uas:P2}");
    }
}
