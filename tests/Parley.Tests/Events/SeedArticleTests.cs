using Parley.Events;
using Parley.Tests.Support;
using Parley.Time;

namespace Parley.Tests.Events;

/// <summary>
/// The headline article, coded with hand-resolved actors (the test name table) so the coder's
/// own rules are checked independently of the knowledge base.
/// </summary>
public class SeedArticleTests
{
    private static Parley.Text.Document Seed() =>
        CoderFixture.Code(File.ReadAllText(RepoPaths.SharedFile("seed", "000_8fb3591262c4a075.txt")), PartialDate.OfYear(2025));

    [SharedFact]
    public void The_seed_gives_the_required_events()
    {
        var events = Seed().Events;
        Assert.Contains(events, e => e.Root == "12" && e.Source?.Country == "IRN" && e.Target?.Country == "USA");
        Assert.Contains(events, e => e.Root == "16" && e.Source?.Country == "USA" && e.Target?.Country == "IRN");
        Assert.Contains(events, e => e.Source?.Country == "USA" && e.Date?.ToString() == "2018" && e.Historical && e.Root == "12");
        Assert.Contains(events, e => e.Root is "18" or "19" && e.Source?.Country == "USA" && e.Date?.ToString() == "2020-01" && e.Historical);
        Assert.Contains(events, e => e.Root == "13" && e.Source?.Country == "USA" && e.Modality is Modality.Conditional or Modality.Threatened);
        Assert.Contains(events, e => e.Root is "03" or "04" && e.Source?.Country == "RUS");
        Assert.Contains(events, e => e.Root == "10" && e.Source?.Country == "IRN");
    }

    [SharedFact]
    public void The_seed_quote_is_attributed_to_pezeshkian_and_disputed()
    {
        var quote = Assert.Single(Seed().Quotes, q => q.Text.StartsWith("It is unacceptable for us", StringComparison.Ordinal));
        Assert.Equal("Masoud Pezeshkian", quote.SpeakerName);
        Assert.Equal(Attribution.Disputed, quote.Attribution);
    }
}
