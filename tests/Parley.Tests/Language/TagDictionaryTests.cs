using Parley.Language;
using Parley.Language.Models;

namespace Parley.Tests.Language;

public sealed class TagDictionaryTests
{
    private static readonly (string Word, int Tag)[] Tokens =
    [
        ("run", 1), ("Run", 2), ("run", 1),  // frequent and ambiguous
        ("the", 3), ("The", 3), ("the", 3),  // frequent, one tag
        ("Iran", 4),                         // too rare to have a class
    ];

    [Fact]
    public void FrequentWordsGetTheirTagSetsAndRareWordsNone()
    {
        var dictionary = TagDictionary.Build(Tokens);
        Assert.Equal(2, dictionary.Count);
        var run = dictionary.ClassOf(FeatureHash.Of("run"));
        var the = dictionary.ClassOf(FeatureHash.Of("the"));
        Assert.NotEqual(TagDictionary.Unknown, run);
        Assert.NotEqual(run, the);
        Assert.Equal(TagDictionary.Unknown, dictionary.ClassOf(FeatureHash.Of("iran")));
    }

    [Fact]
    public void SurvivesSerialization()
    {
        var dictionary = TagDictionary.Build(Tokens);
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true)) dictionary.Write(writer);
        stream.Position = 0;
        var loaded = TagDictionary.Read(new BinaryReader(stream));
        Assert.Equal(dictionary.ClassOf(FeatureHash.Of("run")), loaded.ClassOf(FeatureHash.Of("run")));
        Assert.Equal(dictionary.Count, loaded.Count);
    }
}
