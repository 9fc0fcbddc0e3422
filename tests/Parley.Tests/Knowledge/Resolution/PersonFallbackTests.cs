using static Parley.Tests.Knowledge.ResolutionHarness;

namespace Parley.Tests.Knowledge.Resolution;

/// <summary>
/// People the knowledge base knows but who hold no office on the article's date, names that fit
/// several people, and people who hold a second seat ex officio.
/// </summary>
public sealed class PersonFallbackTests
{
    [Fact]
    public void SomeoneBeforeTheirFirstOfficeStillBelongsToTheirCountry()
    {
        // Moshe Katsav became President of Israel in August 2000.
        var katsav = Mention(Analyze("Israeli President Moshe Katsav refused to meet the envoy.", "2000-01-01"), "Israeli President Moshe Katsav");
        Assert.Equal("person/moshe-katsav", katsav.EntityId);
        Assert.Equal("ISR", katsav.Country);
        Assert.Equal("ISR", katsav.Code);
    }

    [Fact]
    public void AFutureOfficeHolderIsNotTheBearerOfABareSurname()
    {
        // Jafar Hassan became Jordan's prime minister in 2024; "King Hassan" in 2000 is someone else.
        var doc = Analyze("Jordan sent an envoy. King Hassan of Morocco received him.", "2000-01-01");
        Assert.DoesNotContain(doc.Mentions, m => m.EntityId == "person/jafar-hassan");
    }

    [Fact]
    public void ASurnameRunningOnIntoAnUnknownNameStaysUnresolved()
    {
        var doc = Analyze("Foreign Minister Choe Min Gyu said talks were pointless.", "2025-08-14");
        Assert.DoesNotContain(doc.Mentions, m => m.EntityId == "person/choe-yong-rim");
        // A known foreign minister written without the hyphen is found under the same surname.
        var known = Mention(Analyze("Foreign Minister Choe Son Hui said talks were pointless.", "2025-08-14"), "Foreign Minister Choe Son Hui");
        Assert.Equal(("person/choe-son-hui", "PRKGOV"), (known.EntityId, known.Code));
    }

    [Fact]
    public void ATitledPersonTheKnowledgeBaseDoesNotKnowIsCodedByTheTitle()
    {
        // Ben Bella was president in the 1960s, before the knowledge base's history begins.
        var mention = Mention(Analyze("Students demanded the resignation of Algerian President Ahmed Ben Bella.", "2000-01-01"), "Algerian President Ahmed Ben Bella");
        Assert.Null(mention.EntityId);
        Assert.Equal(("DZAGOV", "DZA", "Ahmed Ben Bella"), (mention.Code, mention.Country, mention.Name));
        Assert.Contains("not in the knowledge base", mention.Note);
    }

    [Fact]
    public void ABareTitleBeforeAnUnknownNameGivesTheRoleButNoCountry()
    {
        var mention = Mention(Analyze("Vice-President Peter Mwangi declined to resign.", "2005-01-01"), "Vice-President Peter Mwangi");
        Assert.Equal("---GOV", mention.Code);
        Assert.Null(mention.Country);
    }

    [Fact]
    public void ABareTitleInAnArticleThatNamesOneCountryIsThatCountrys()
    {
        var mention = Mention(Analyze("Vice-President Peter Mwangi declined to resign despite pressure from the Kenyan parliament.", "2005-01-01"), "Vice-President Peter Mwangi");
        Assert.Equal(("KENGOV", "KEN"), (mention.Code, mention.Country));
    }

    [Fact]
    public void ATitleManyHoldGivesAnUnknownNameItsRoleAndTheCountryBeforeIt()
    {
        var judge = Mention(Analyze("Chilean Judge Alejandro Rivera opened an inquiry.", "2005-01-01"), "Chilean Judge Alejandro Rivera");
        Assert.Equal(("CHLJUD", "CHL", "Alejandro Rivera"), (judge.Code, judge.Country, judge.Name));
        var general = Mention(Analyze("Gen. Amos Kariuki led the troops.", "2005-01-01"), "Gen. Amos Kariuki");
        Assert.Equal("---MIL", general.Code);
        // A body's name after the title is no person.
        Assert.DoesNotContain(Analyze("General Motors Company closed a plant in Kenya.", "2005-01-01").Mentions, m => m.Text.StartsWith("General", StringComparison.Ordinal));
    }

    [Fact]
    public void AFormerTitledPersonTheKnowledgeBaseDoesNotKnowSpeaksAsElite()
    {
        var mention = Mention(Analyze("Supporters of former Algerian President Ahmed Ben Bella blocked roads.", "2000-01-01"), "Algerian President Ahmed Ben Bella");
        Assert.Equal("DZAELI", mention.Code);
    }

    [Fact]
    public void ASurnameBeforeAnUnknownNameWordIsAGivenName()
    {
        // "Joseph" is also the surname of a Haitian prime minister.
        var doc = Analyze("Joseph Kamau, a member of the Kenyan parliament, started a hunger strike.", "2005-01-01");
        Assert.DoesNotContain(doc.Mentions, m => m.Country == "HTI");
    }

    [Fact]
    public void AnExOfficioSeatDoesNotNameItsHolder()
    {
        // The French president is also Co-Prince of Andorra.
        var sarkozy = Mention(Analyze("Sarkozy heads to Beijing on Friday.", "2008-08-06"), "Sarkozy");
        Assert.Equal("FRAGOV", sarkozy.Code);
    }
}
