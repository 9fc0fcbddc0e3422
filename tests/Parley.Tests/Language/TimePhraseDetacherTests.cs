using Parley.Language;

namespace Parley.Tests.Language;

public sealed class TimePhraseDetacherTests
{
    private static IReadOnlyList<TimePhraseDetacher.TimePhrase> Find(string tagged)
    {
        // "word/UPOS/XPOS" triples separated by spaces
        var parts = tagged.Split(' ').Select(t => t.Split('/')).ToList();
        return TimePhraseDetacher.Find(parts.Select(p => p[0]).ToList(), parts.Select(p => p[1]).ToList(), parts.Select(p => p[2]).ToList());
    }

    [Fact]
    public void APhraseBetweenSubjectAndVerbIsFoundWithItsVerb()
    {
        var phrase = Assert.Single(Find("Yeltsin/PROPN/NNP on/ADP/IN Saturday/PROPN/NNP hosted/VERB/VBD Hashimoto/PROPN/NNP"));
        Assert.Equal((1, 3, 3), (phrase.Start, phrase.End, phrase.Verb));
    }

    [Fact]
    public void APhraseAfterAReportingVerbBeforeThatIsFound()
    {
        var phrase = Assert.Single(Find("Iran/PROPN/NNP said/VERB/VBD today/NOUN/NN that/SCONJ/IN talks/NOUN/NNS failed/VERB/VBD"));
        Assert.Equal((2, 3, 1), (phrase.Start, phrase.End, phrase.Verb));
    }

    [Fact]
    public void OtherTimeWordsStayInThePlaceTheParserGivesThem()
    {
        Assert.Empty(Find("They/PRON/PRP met/VERB/VBD on/ADP/IN Saturday/PROPN/NNP ./PUNCT/."));
        Assert.Empty(Find("Saturday/PROPN/NNP 's/PART/POS talks/NOUN/NNS failed/VERB/VBD"));
    }

    [Fact]
    public void TheRestIsParsedAloneAndThePhraseHangsFromTheVerbsHead()
    {
        // "Iran on Monday was hit": the auxiliary points at "hit", so the phrase does too.
        var phrases = new List<TimePhraseDetacher.TimePhrase> { new(1, 3, 3) };
        int[]? parsedPositions = null;
        var (heads, relations) = TimePhraseDetacher.ParseWithout(["Iran", "on", "Monday", "was", "hit"], phrases, kept =>
        {
            parsedPositions = kept;
            return ([2, 2, -1], ["nsubj:pass", "aux:pass", "root"]); // Iran, was, hit
        });
        Assert.Equal([0, 3, 4], parsedPositions!);
        Assert.Equal([4, 2, 4, 4, -1], heads);
        Assert.Equal(["nsubj:pass", "case", "obl", "aux:pass", "root"], relations);
    }

    [Fact]
    public void A_dateline_here_goes_with_the_time_phrase()
    {
        var phrase = Assert.Single(Find("Mubarak/PROPN/NNP said/VERB/VBD here/ADV/RB Wednesday/PROPN/NNP that/SCONJ/IN talks/NOUN/NNS failed/VERB/VBD"));
        Assert.Equal((2, 4, 1), (phrase.Start, phrase.End, phrase.Verb));
    }

    [Fact]
    public void A_phrase_between_a_verb_and_its_infinitive_or_preposition_is_found()
    {
        var toInfinitive = Assert.Single(Find("Parliament/NOUN/NN threatened/VERB/VBD on/ADP/IN Monday/PROPN/NNP to/PART/TO break/VERB/VB ties/NOUN/NNS"));
        Assert.Equal((2, 4, 1), (toInfinitive.Start, toInfinitive.End, toInfinitive.Verb));
        var preposition = Assert.Single(Find("Crowds/NOUN/NNS were/AUX/VBD converging/VERB/VBG Thursday/PROPN/NNP for/ADP/IN a/DET/DT rally/NOUN/NN"));
        Assert.Equal((3, 4, 2), (preposition.Start, preposition.End, preposition.Verb));
    }
}
