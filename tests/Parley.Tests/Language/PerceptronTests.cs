using Parley.Language.Models;

namespace Parley.Tests.Language;

public sealed class PerceptronTests
{
    private static readonly string[] Classes = ["even", "odd"];

    private static ulong[] FeaturesOf(int n) => [FeatureHash.Feature(1, (ulong)(n % 2)), FeatureHash.Feature(2, (ulong)n)];

    [Fact]
    public void LearnsASeparableProblemAndKeepsItThroughSerialization()
    {
        var trainer = new PerceptronTrainer(2);
        Span<float> scores = stackalloc float[2];
        for (var epoch = 0; epoch < 3; epoch++)
            for (var n = 0; n < 50; n++)
            {
                var features = FeaturesOf(n);
                trainer.Score(features, scores);
                trainer.Update(features, n % 2, SparseWeights.ArgMax(scores, 2));
                trainer.Tick();
            }
        var model = trainer.Average(Classes, 0.01f);
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true)) model.Write(writer);
        stream.Position = 0;
        var loaded = SparseWeights.Read(new BinaryReader(stream));
        Assert.Equal(Classes, loaded.ClassNames);
        for (var n = 100; n < 110; n++) // unseen numbers: only the parity feature decides
        {
            loaded.Score(FeaturesOf(n), scores);
            Assert.Equal(n % 2, SparseWeights.ArgMax(scores, 2));
        }
    }

    [Fact]
    public void ManyClassModelsScoreThroughTheSparseTable()
    {
        string[] names = ["zero", "one", "two", "three", "four"];
        var trainer = new PerceptronTrainer(names.Length);
        Span<float> scores = stackalloc float[names.Length];
        ulong[] FeaturesOfFive(int n) => [FeatureHash.Feature(1, (ulong)(n % 5)), FeatureHash.Feature(2, (ulong)n)];
        for (var epoch = 0; epoch < 3; epoch++)
            for (var n = 0; n < 100; n++)
            {
                trainer.Score(FeaturesOfFive(n), scores);
                trainer.Update(FeaturesOfFive(n), n % 5, SparseWeights.ArgMax(scores, names.Length));
                trainer.Tick();
            }
        var model = trainer.Average(names, 0.01f);
        for (var n = 200; n < 210; n++)
        {
            model.Score(FeaturesOfFive(n), scores);
            Assert.Equal(n % 5, SparseWeights.ArgMax(scores, names.Length));
        }
    }

    [Fact]
    public void FeatureHashesAreStableAndNeverZero()
    {
        Assert.Equal(FeatureHash.Of("Iran"), FeatureHash.Of("Iran".AsSpan()));
        Assert.NotEqual(FeatureHash.Of("Iran"), FeatureHash.Of("iran"));
        Assert.NotEqual(FeatureHash.Feature(1, 5), FeatureHash.Feature(2, 5));
        Assert.NotEqual(0UL, FeatureHash.Feature(0, 0));
    }

    [Fact]
    public void MarginUpdatesLearnFromNarrowCorrectDecisionsAndStopAtTheMargin()
    {
        var trainer = new PerceptronTrainer(3);
        ulong[] features = [FeatureHash.Feature(1, 7), FeatureHash.Feature(2, 7)];
        Span<float> scores = stackalloc float[3];
        // All scores are 0: the truth does not lead, so one step lifts it exactly to the margin.
        trainer.Score(features, scores);
        trainer.UpdateToMargin(features, scores, 2, 4f);
        trainer.Score(features, scores);
        Assert.Equal(2f, scores[2], 3);
        Assert.Equal(-2f, scores[0], 3); // the first of the tied rivals lost the weight
        Assert.Equal(0f, scores[1], 3);
        // The truth now leads its best rival (class 1) by only 2: a narrow but correct decision still updates.
        trainer.UpdateToMargin(features, scores, 2, 4f);
        trainer.Score(features, scores);
        Assert.Equal(3f, scores[2], 3);
        Assert.Equal(-1f, scores[1], 3);
        // At the margin nothing moves.
        trainer.UpdateToMargin(features, scores, 2, 4f);
        trainer.Score(features, scores);
        Assert.Equal(3f, scores[2], 3);
        Assert.Equal(-1f, scores[1], 3);
    }
}
