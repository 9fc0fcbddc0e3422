namespace Parley.Language;

/// <summary>Word-level accuracies with gold tokenization, punctuation included (as in the CoNLL 2018 shared task).</summary>
public sealed record ParseScores(int Words, int Upos, int Xpos, int Lemma, int Unlabeled, int Labeled, double Seconds)
{
    public double UposAccuracy => Ratio(Upos);
    public double XposAccuracy => Ratio(Xpos);
    public double LemmaAccuracy => Ratio(Lemma);
    public double Uas => Ratio(Unlabeled);
    public double Las => Ratio(Labeled);
    private double Ratio(int correct) => Words == 0 ? 0 : (double)correct / Words;
}

/// <summary>Annotates gold-tokenized sentences and scores them against the gold annotation.</summary>
public static class ParseEvaluation
{
    public static ParseScores Evaluate(LanguageModels models, IReadOnlyList<ConlluSentence> gold)
    {
        int words = 0, upos = 0, xpos = 0, lemma = 0, uas = 0, las = 0;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        foreach (var sentence in gold)
        {
            var forms = new string[sentence.Words.Count];
            for (var i = 0; i < forms.Length; i++) forms[i] = sentence.Words[i].Form;
            var analysis = models.Analyze(forms);
            for (var i = 0; i < forms.Length; i++)
            {
                var g = sentence.Words[i];
                words++;
                if (analysis.Upos[i] == g.Upos) upos++;
                if (analysis.Xpos[i] == g.Xpos) xpos++;
                if (string.Equals(analysis.Lemmas[i], g.Lemma, StringComparison.Ordinal)) lemma++;
                if (analysis.Heads[i] + 1 == g.Head)
                {
                    uas++;
                    if (analysis.DepRels[i] == g.DepRel) las++;
                }
            }
        }
        return new ParseScores(words, upos, xpos, lemma, uas, las, clock.Elapsed.TotalSeconds);
    }
}
