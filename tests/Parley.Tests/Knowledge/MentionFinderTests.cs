using Parley.Knowledge;
using static Parley.Tests.Knowledge.ResolutionHarness;

namespace Parley.Tests.Knowledge;

public sealed class MentionFinderTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void TitledNameResolvesToTheOfficeAsOfTheDate(bool whitespaceTokens)
    {
        var doc = Analyze("President Raisi met President Putin's envoy.", "2023-05-01", whitespaceTokens);
        var raisi = Mention(doc, "President Raisi");
        Assert.Equal("person/ebrahim-raisi", raisi.EntityId);
        Assert.Equal("IRNGOV", raisi.Code);
        Assert.Equal("President of Iran", raisi.Office);
        Assert.Equal("IRN", raisi.Country);
        var putin = Mention(doc, "President Putin");
        Assert.Equal("RUSGOV", putin.Code);
    }

    [Fact]
    public void FormerOfficeHolderResolvesToTheEliteCode()
    {
        var doc = Analyze("Raisi was remembered in Tehran.", "2025-03-01");
        var raisi = Mention(doc, "Raisi");
        Assert.Equal("person/ebrahim-raisi", raisi.EntityId);
        Assert.Equal("IRNELI", raisi.Code);
        Assert.True(raisi.IsFormer);
        Assert.Null(raisi.Office);
    }

    [Theory]
    [InlineData("2024-06-15", "person/mohammad-mokhber")]
    [InlineData("2025-03-01", "person/masoud-pezeshkian")]
    [InlineData("2023-01-10", "person/ebrahim-raisi")]
    public void CountryPossessiveTitleResolvesToTheHolderOnTheDate(string date, string holder)
    {
        var doc = Analyze("Iran's president said talks were over.", date);
        var mention = Mention(doc, "Iran's president");
        Assert.Equal(holder, mention.EntityId);
        Assert.Equal("IRNGOV", mention.Code);
        Assert.Equal("office/IRN/president", mention.OfficeId);
    }

    [Fact]
    public void DemonymTitleResolvesToTheHolder()
    {
        var doc = Analyze("The Iranian president spoke to the American president by phone.", "2025-03-01");
        Assert.Equal("person/masoud-pezeshkian", Mention(doc, "Iranian president").EntityId);
        Assert.Equal("person/donald-trump", Mention(doc, "American president").EntityId);
        Assert.Equal("USAGOV", Mention(doc, "American president").Code);
    }

    [Fact]
    public void YearStraddlingAHandOverLeavesTheHolderOpen()
    {
        var mention = Mention(Analyze("Iran's president said talks were over.", "2024"), "Iran's president");
        Assert.Null(mention.EntityId);
        Assert.Equal("IRNGOV", mention.Code);
        Assert.Contains("spans a change", mention.Note);
    }

    [Theory]
    [InlineData("Iranian officials rejected the offer.", "Iranian officials", "IRNGOV")]
    [InlineData("Iran's leaders rejected the offer.", "Iran's leaders", "IRNGOV")]
    [InlineData("Iran’s leaders rejected the offer.", "Iran’s leaders", "IRNGOV")]
    [InlineData("Israeli troops crossed the border.", "Israeli troops", "ISRMIL")]
    [InlineData("Russia's foreign ministry objected.", "Russia's foreign ministry", "RUSGOV")]
    [InlineData("Tehran rejected the offer.", "Tehran", "IRNGOV")]
    [InlineData("Washington imposed sanctions.", "Washington", "USAGOV")]
    [InlineData("The White House declined to comment.", "The White House", "USAGOV")]
    [InlineData("The Kremlin denied it.", "The Kremlin", "RUSGOV")]
    [InlineData("The Pentagon sent more ships.", "The Pentagon", "USAMIL")]
    [InlineData("Sanctions by the U.S. hurt trade.", "the U.S.", "USA")]
    [InlineData("U.S. sanctions hurt trade.", "U.S.", "USA")]
    [InlineData("Sanctions hurt the United States too.", "the United States", "USA")]
    [InlineData("Israel Katz spoke.", "Israel Katz", "ISRMIL")] // defense minister in 2025
    [InlineData("The IAEA inspected the site.", "The IAEA", "IGOUNOIAE")]
    [InlineData("The U.N. nuclear watchdog inspected the site.", "The U.N. nuclear watchdog", "IGOUNOIAE")]
    [InlineData("NATO allies met.", "NATO", "IGOWSTNAT")]
    [InlineData("Hezbollah fired rockets.", "Hezbollah", "LBNREBHEZ")]
    [InlineData("The Houthis attacked a ship.", "The Houthis", "YEMREBHTH")]
    [InlineData("Ansar Allah attacked a ship.", "Ansar Allah", "YEMREBHTH")]
    [InlineData("The Quds Force trained them.", "The Quds Force", "IRNMIL")]
    public void CountriesSectorsMetonymsOrganizationsAndGroups(string sentence, string text, string code)
    {
        var mention = Mention(Analyze(sentence, "2025-03-01"), text);
        Assert.Equal(code, mention.Code);
    }

    [Fact]
    public void MetonymIsMarked()
    {
        var doc = Analyze("Tehran rejected the offer.", "2025-03-01");
        Assert.True(Mention(doc, "Tehran").IsMetonym);
        Assert.Equal("IRN", Mention(doc, "Tehran").Country);
    }

    [Fact]
    public void DatelineCapitalIsAPlace()
    {
        var m = Mention(Analyze("TEHRAN - Officials met on Monday.", "2025-03-01"), "TEHRAN");
        Assert.False(m.IsMetonym);
        Assert.Equal("IRN", m.Code);
    }

    [Fact]
    public void LowerCaseUsIsNotTheUnitedStates()
    {
        var doc = Analyze("They told us to wait.", "2025-03-01");
        Assert.DoesNotContain(doc.Mentions, m => m.Text.Equals("us", StringComparison.Ordinal));
    }

    [Fact]
    public void AmbiguousMetonymNeedsContext()
    {
        var alone = Mention(Analyze("Talks resumed in Vienna on Monday.", "2025-03-01"), "Vienna");
        Assert.Null(alone.EntityId);
        Assert.Contains("may stand for", alone.Note);

        var withIaea = Analyze("The IAEA reported progress. Vienna wants more access.", "2025-03-01");
        Assert.Equal("org/iaea", Mention(withIaea, "Vienna").EntityId);
    }

    [Fact]
    public void A_capital_that_also_hosts_a_regional_body_stands_for_its_government()
    {
        // ASEAN's seat: "Jakarta" alone is Indonesia's government, as "Washington" is despite the IMF.
        Assert.Equal("country/IDN", Mention(Analyze("Jakarta expelled two Malaysian diplomats on Monday.", "2025-03-01"), "Jakarta").EntityId);
    }

    [Theory]
    [InlineData("Jordan Peterson gave a lecture.", "Jordan")]
    [InlineData("Chad Smith played drums.", "Chad")]
    [InlineData("She grew up in Atlanta, Georgia.", "Georgia")]
    public void CountryNamesThatAreGivenNamesOrStatesAreLeftUnresolved(string sentence, string text)
    {
        var mention = Mention(Analyze(sentence, "2025-03-01"), text);
        Assert.Null(mention.EntityId);
        Assert.NotNull(mention.Note);
    }

    [Theory]
    [InlineData("Jordan closed its border.", "Jordan", "JOR")]
    [InlineData("Chad and Niger signed a deal.", "Chad", "TCD")]
    [InlineData("Georgia protested to Moscow.", "Georgia", "GEO")]
    [InlineData("Kenya Sugar Board officials met on Monday.", "Kenya", "KEN")]
    [InlineData("Jordan Valley Authority engineers met on Monday.", "Jordan", "JOR")]
    public void TheSameNamesAsCountriesResolve(string sentence, string text, string code) =>
        Assert.Equal(code, Mention(Analyze(sentence, "2025-03-01"), text).Code);

    [Fact]
    public void SurnameAfterTheFullNameFollowsIt()
    {
        var doc = Analyze("Ali Larijani arrived. Later Larijani met reporters.", "2006-01-01");
        Assert.All(doc.Mentions.Where(m => m.Text.Contains("Larijani")), m => Assert.Equal("person/ali-larijani", m.EntityId));
        Assert.Equal("IRNGOV", Mention(doc, "Larijani").Code);
    }

    [Fact]
    public void SurnameOfSomeoneIrrelevantToTheArticleStaysOpen()
    {
        var doc = Analyze("North Korea tested a missile. Kim watched the launch.", "2025-08-14");
        Assert.NotEqual("person/jim-yong-kim", Mention(doc, "Kim").EntityId);
    }

    [Fact]
    public void CommonWordSurnamesNeedATitle()
    {
        var doc = Analyze("In May the deal collapsed. Prime Minister May resigned.", "2019-05-24");
        Assert.DoesNotContain(doc.Mentions, m => m.Text == "May");
        Assert.Equal("person/theresa-may", Mention(doc, "Prime Minister May").EntityId);
    }

    [Fact]
    public void SurnamesThatAreCommonGivenNamesNeedATitleOrTheFullName()
    {
        var alone = Analyze("Stephen wrote the song when he was sixteen.", "2009-06-01");
        Assert.DoesNotContain(alone.Mentions, m => m.Text == "Stephen");
        var named = Analyze("Nauru's President Marcus Stephen flew to Fiji. Stephen met officials there.", "2009-06-01");
        Assert.Equal("person/marcus-stephen", Mention(named, "Stephen").EntityId);
    }

    [Theory]
    [InlineData("Paris Agreement", "the Paris Agreement will slow climate change, the minister said.")]
    [InlineData("Minsk Group", "The Minsk Group met again without result.")]
    [InlineData("Kigali Amendment", "Delegates praised the Kigali Amendment on Friday.")]
    public void ACapitalThatNamesAnAgreementOrForumIsNoActor(string name, string sentence)
    {
        var doc = Analyze(sentence, "2016-06-01");
        Assert.DoesNotContain(doc.Mentions, m => m.Text.Contains(name.Split(' ')[0], StringComparison.Ordinal));
        var actor = Analyze("Paris criticized the decision.", "2016-06-01");
        Assert.Equal("FRAGOV", Mention(actor, "Paris").Code);
    }

    [Fact]
    public void TitleHonorificAndNameMakeOneMention()
    {
        var doc = Analyze("Iran's Supreme Leader Ayatollah Ali Khamenei spoke.", "2025-03-01");
        var m = Mention(doc, "Iran's Supreme Leader Ayatollah Ali Khamenei");
        Assert.Equal("person/ali-khamenei", m.EntityId);
        Assert.Equal("Supreme Leader of Iran", m.Office);
    }

    [Fact]
    public void TheSupremeLeaderAloneResolvesThroughTheOffice()
    {
        var m = Mention(Analyze("Iran rejected the plan. The Supreme Leader gave a speech.", "2025-03-01"), "Supreme Leader");
        Assert.Equal("person/ali-khamenei", m.EntityId);
        Assert.True(m.ViaOffice);
        var speaker = Analyze("Iran rejected the plan. The speaker thanked the audience.", "2025-03-01");
        Assert.DoesNotContain(speaker.Mentions, x => x.EntityId == "person/mohammad-bagher-ghalibaf");
        var withoutContext = Analyze("The Supreme Leader gave a speech.", "2025-03-01");
        Assert.DoesNotContain(withoutContext.Mentions, x => x.EntityId == "person/ali-khamenei");
    }

    [Fact]
    public void PossessiveNameAndHyphenatedName()
    {
        var doc = Analyze("Khamenei's aides praised Amir-Abdollahian.", "2022-01-01");
        Assert.Equal("person/ali-khamenei", Mention(doc, "Khamenei").EntityId);
        Assert.Equal("person/hossein-amir-abdollahian", Mention(doc, "Amir-Abdollahian").EntityId);
    }

    [Fact]
    public void OrganizationHeadTitleWithName()
    {
        var m = Mention(Analyze("IAEA chief Rafael Grossi visited Tehran.", "2024-04-01"), "IAEA chief Rafael Grossi");
        Assert.Equal("person/rafael-grossi", m.EntityId);
        Assert.Equal("IGOUNOIAE", m.Code);
    }

    [Fact]
    public void MentionOffsetsAndTokensPointAtTheText()
    {
        var doc = Analyze("Yesterday Iranian officials met Sergey Lavrov.", "2025-03-01");
        foreach (var m in doc.Mentions)
        {
            Assert.Equal(m.Text, doc.Text[m.Span.Start..m.Span.End]);
            Assert.Equal(m.Span.Start, doc.Tokens[m.FirstToken].Start);
            Assert.Equal(m.Span.End, doc.Tokens[m.FirstToken + m.TokenCount - 1].End);
        }
    }

    [Fact]
    public void NoDateResolvesAsOfToday()
    {
        var m = Mention(Analyze("Iran's president spoke.", null), "Iran's president");
        Assert.Equal("office/IRN/president", m.OfficeId);
    }

    [Fact]
    public void A_country_named_in_a_body_of_water_is_no_mention_of_the_country()
    {
        var doc = Analyze("Iran seized a tanker in the Gulf of Oman and Japan tracked ships in the Sea of Japan.", "2024-05-01");
        Assert.DoesNotContain(doc.Mentions, m => m.Text == "Oman");
        Assert.Single(doc.Mentions, m => m.Text == "Japan");
    }
}
