using Parley.Language.Models;

namespace Parley.Tests.Language.Models;

public sealed class SparseWeightsTests
{
    private const int ClassCount = 40;
    private static readonly string[] Names = Enumerable.Range(0, ClassCount).Select(c => $"c{c}").ToArray();

    /// <summary>Rows of every shape: one class, a few, most (stored dense), all, and none above the threshold.</summary>
    private static readonly Dictionary<ulong, float[]> Rows = BuildRows();

    private static Dictionary<ulong, float[]> BuildRows()
    {
        var random = new Random(7);
        var rows = new Dictionary<ulong, float[]>();
        int[] nonZero = [1, 2, 3, 5, 15, 16, 17, 30, ClassCount, 0];
        for (var r = 0; r < 200; r++)
        {
            var row = new float[ClassCount];
            var count = nonZero[r % nonZero.Length];
            foreach (var c in Enumerable.Range(0, ClassCount).OrderBy(_ => random.Next()).Take(count))
                row[c] = (float)(random.NextDouble() * 20 - 10) * (random.Next(3) == 0 ? 0.001f : 1f);
            rows[FeatureHash.Feature(3, (ulong)r)] = row;
        }
        return rows;
    }

    private static SparseWeights Model()
    {
        var builder = new SparseWeights.Builder(ClassCount, Names);
        foreach (var (feature, row) in Rows) builder.Add(feature, row, 0f);
        return builder.Build();
    }

    /// <summary>The scores summed feature by feature in order (weights at the half precision of the model file once written).</summary>
    private static float[] Expected(IEnumerable<ulong> features, bool written = false)
    {
        var scores = new float[ClassCount];
        foreach (var feature in features)
        {
            if (!Rows.TryGetValue(feature, out var row)) continue;
            for (var c = 0; c < ClassCount; c++) scores[c] += written ? (float)(Half)row[c] : row[c];
        }
        return scores;
    }

    private static ulong[] Features(int seed, int count)
    {
        var random = new Random(seed);
        var known = Rows.Keys.ToArray();
        // Known features (some twice) mixed with features the model has never seen.
        return Enumerable.Range(0, count)
            .Select(_ => random.Next(4) == 0 ? FeatureHash.Feature(9, (ulong)random.Next()) : known[random.Next(known.Length)])
            .ToArray();
    }

    [Theory]
    [InlineData(1, 5)]
    [InlineData(2, 64)]
    [InlineData(3, 150)] // more than one chunk of prefetched lookups
    public void ScoresEqualTheRowsSummedInFeatureOrderWhetherRowsAreSparseOrDense(int seed, int count)
    {
        var features = Features(seed, count);
        var scores = new float[ClassCount];
        Model().Score(features, scores);
        Assert.Equal(Expected(features), scores);
    }

    [Fact]
    public void AModelReadBackScoresWithTheWeightsAtHalfPrecision()
    {
        var model = Model();
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true)) model.Write(writer);
        stream.Position = 0;
        var loaded = SparseWeights.Read(new BinaryReader(stream));
        var features = Features(4, 120);
        var scores = new float[ClassCount];
        loaded.Score(features, scores);
        Assert.Equal(Expected(features, written: true), scores);
        Assert.Equal(model.EntryCount, loaded.EntryCount);
    }

    [Fact]
    public void AFeatureWithoutWeightsAddsNothing()
    {
        var scores = Enumerable.Repeat(5f, ClassCount).ToArray();
        Model().Score([FeatureHash.Feature(9, 12345)], scores);
        Assert.All(scores, s => Assert.Equal(0f, s));
    }
}
