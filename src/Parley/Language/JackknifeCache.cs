using System.Globalization;

namespace Parley.Language;

/// <summary>
/// Keeps the jackknifed training tags in a text file so that tuning the parser does not retrain
/// the fold taggers each run. The file names the tag classes and is tied to the settings and the
/// final tagger's feature count; a file that does not match is ignored (and overwritten).
/// </summary>
internal static class JackknifeCache
{
    public static int[][]? TryRead(string? path, Tagger tagger, TrainingOptions options, int sentences)
    {
        if (path == null || !File.Exists(path)) return null;
        using var reader = new StreamReader(path);
        if (reader.ReadLine() != KeyOf(tagger, options, sentences)) return null;
        var names = reader.ReadLine()!.Split('\t');
        var classOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var c = 0; c < tagger.Weights.Classes; c++) classOf[tagger.Weights.ClassNames[c]] = c;
        var tags = new int[sentences][];
        for (var i = 0; i < sentences; i++)
        {
            var line = reader.ReadLine()!;
            tags[i] = line.Length == 0 ? [] : line.Split(' ').Select(t => classOf[names[int.Parse(t, CultureInfo.InvariantCulture)]]).ToArray();
        }
        return tags;
    }

    public static void Write(string path, Tagger tagger, TrainingOptions options, int[][] tags)
    {
        using var writer = new StreamWriter(path);
        writer.WriteLine(KeyOf(tagger, options, tags.Length));
        writer.WriteLine(string.Join('\t', tagger.Weights.ClassNames));
        foreach (var sentence in tags) writer.WriteLine(string.Join(' ', sentence));
    }

    private static string KeyOf(Tagger tagger, TrainingOptions options, int sentences) => string.Create(CultureInfo.InvariantCulture,
        $"jackknife: seed {options.Seed}, {options.Folds} folds, {options.TaggerEpochs} epochs, prune {options.Prune}, {sentences} sentences, {tagger.Weights.FeatureCount} tagger features");
}
