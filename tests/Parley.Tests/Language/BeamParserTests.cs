using Parley.Language;
using Parley.Language.Models;
using Parley.Tests.Support;

namespace Parley.Tests.Language;

public sealed class BeamParserTests
{
    // Tags: 0 determiner, 1 noun, 2 verb, 3 adjective. Heads are word indexes, -1 the root.
    private static readonly (int[] Tags, int[] Heads, string[] Relations)[] Patterns =
    [
        ([0, 1, 2, 0, 1], [1, 2, -1, 4, 2], ["det", "nsubj", "root", "det", "obj"]),
        ([1, 2, 0, 3, 1], [1, -1, 4, 4, 1], ["nsubj", "root", "det", "amod", "obj"]),
        ([0, 3, 1, 2], [2, 2, 3, -1], ["det", "amod", "nsubj", "root"]),
    ];

    private static List<DependencyParser.Example> Examples()
    {
        var examples = new List<DependencyParser.Example>();
        for (var copy = 0; copy < 20; copy++)
            foreach (var (tags, heads, relations) in Patterns)
            {
                var words = tags.Select((tag, i) => FeatureHash.Of($"w{tag}-{(copy + i) % 4}")).ToArray();
                examples.Add(new DependencyParser.Example(words, tags, heads, relations));
            }
        return examples;
    }

    [Fact]
    public void GlobalTrainingLearnsTreesAndDecodesWithItsBeam()
    {
        var examples = Examples();
        var parser = DependencyParser.Train(examples, epochs: 2, seed: 1, prune: 0, beamWidth: 3, beamEpochs: 3);
        Assert.Equal(3, parser.BeamWidth);
        foreach (var example in examples.Take(Patterns.Length))
        {
            var result = parser.Parse(example.Words, example.Tags, example.Words.Length);
            Assert.Equal(example.GoldHeads, result.Heads);
            Assert.Equal(example.GoldRelations, result.Relations);
        }
    }

    [Fact]
    public void TheModelFileKeepsTheBeamWidth()
    {
        const string Treebank = """
            1	The	the	DET	DT	_	2	det	_	_
            2	dog	dog	NOUN	NN	_	3	nsubj	_	_
            3	barks	bark	VERB	VBZ	_	0	root	_	_

            1	A	a	DET	DT	_	2	det	_	_
            2	cat	cat	NOUN	NN	_	3	nsubj	_	_
            3	sleeps	sleep	VERB	VBZ	_	0	root	_	_

            """;
        var train = Conllu.Read(new StringReader(Treebank));
        var options = new TrainingOptions { TaggerEpochs = 1, ParserEpochs = 1, Folds = 2, BeamWidth = 2, BeamEpochs = 1 };
        var models = LanguageTrainer.Train(train, null, options, _ => { })!;
        using var folder = new TempFolder();
        var path = folder.File(LanguageModels.FileName);
        models.Save(path);
        var loaded = LanguageModels.Load(path);
        Assert.Equal(2, loaded.Parser.BeamWidth);
        Assert.Equal(3, loaded.Analyze(["The", "dog", "barks"]).Heads.Length);
    }

    [Fact]
    public void WithoutBeamEpochsTheParserStaysGreedy()
    {
        var parser = DependencyParser.Train(Examples(), epochs: 2, seed: 1, prune: 0, beamWidth: 4, beamEpochs: 0);
        Assert.Equal(1, parser.BeamWidth);
    }
}
