using Parley.Analysis;

namespace Parley.Tests.Analysis;

/// <summary>The outlook on events constructed by hand.</summary>
public class OutlookEngineTests
{
    private static readonly DateOnly AsOf = new(2025, 6, 1);

    private static OutlookEvent Ev(int daysBefore, string source, string target, string cameo, string modality = "asserted", string text = "", int reports = 1) =>
        new(AsOf.AddDays(-daysBefore), source, source.Length >= 3 ? source[..3] : source, target, target.Length >= 3 ? target[..3] : target,
            cameo, "X", 0, 1, modality, text.Length > 0 ? text : $"{source} {cameo} {target}", $"art-{daysBefore}-{cameo}") { Reports = reports };

    private static OutlookResult Score(params OutlookEvent[] events) => OutlookEngine.Score(events, "IRN", "USA", AsOf, 30);

    private static OutlookComponentScore Component(OutlookResult r, OutlookComponent c) => r.Components.Single(x => x.Component == c);

    [Fact]
    public void Without_events_the_outlook_is_the_baseline()
    {
        var r = Score();
        Assert.Equal(1 - Math.Exp(-30.0 / 365), r.Probability, 12);
        Assert.Equal(r.BaselineProbability, r.Probability);
        Assert.Equal(0, r.LogHazardRatio);
        Assert.Equal("talks unlikely", r.Verdict);
        Assert.Equal(6, r.Components.Count);
        Assert.Contains("No stored event", r.Explanation);
    }

    [Fact]
    public void A_fresh_intent_to_negotiate_raises_the_score_and_is_listed()
    {
        var r = Score(Ev(0, "IRNGOV", "USAGOV", "036"));
        var c = Component(r, OutlookComponent.CooperationSignal);
        var e = Assert.Single(c.Events);
        Assert.Equal(0.8, e.Contribution, 12); // weight 0.8, no decay, one report
        Assert.Equal("IRNGOV", e.Source);
        Assert.Equal("art-0-036", e.ArticleId);
        Assert.Equal(1 - Math.Exp(-30.0 / 365 * Math.Exp(0.8)), r.Probability, 12);
    }

    [Fact]
    public void Weight_halves_after_the_half_life_and_repeated_reports_add_with_diminishing_returns()
    {
        var r = Score(Ev(45, "USA", "IRN", "036", reports: 2));
        var e = Component(r, OutlookComponent.CooperationSignal).Events.Single();
        Assert.Equal(0.5, e.Decay, 12);
        Assert.Equal(2, e.ReportFactor, 12);
        Assert.Equal(0.8, e.Contribution, 12);
    }

    [Fact]
    public void Events_after_the_as_of_date_or_before_the_lookback_are_not_read()
    {
        var r = Score(Ev(-3, "IRN", "USA", "036"), Ev(400, "IRN", "USA", "036"));
        Assert.Equal(0, r.EventsUsed);
        Assert.Equal(2, r.EventsRead);
    }

    [Fact]
    public void Third_party_mediation_offers_count_as_mediation()
    {
        var r = Score(Ev(2, "OMNGOV", "IRNGOV", "039"), Ev(2, "QAT", "USA", "045"), Ev(2, "OMN", "FRA", "039"));
        var c = Component(r, OutlookComponent.MediationOffer);
        Assert.Equal(2, c.Events.Count); // the offer to France is not about this dyad
        Assert.True(r.LogHazardRatio > 0);
    }

    [Fact]
    public void Public_refusals_to_talk_and_coercion_lower_the_score()
    {
        var refusal = Score(Ev(1, "IRNGOV", "USAGOV", "036", modality: "refused", text: "Iran will not negotiate under pressure"));
        Assert.Single(Component(refusal, OutlookComponent.RefusalToTalk).Events);
        Assert.True(refusal.Probability < refusal.BaselineProbability);

        var rejection = Score(Ev(1, "IRN", "USA", "125"));
        Assert.Single(Component(rejection, OutlookComponent.RefusalToTalk).Events);

        var coercion = Score(Ev(0, "USA", "IRN", "163"), Ev(0, "USA", "IRN", "138", modality: "threatened"), Ev(0, "ISR", "IRN", "190"));
        var c = Component(coercion, OutlookComponent.Coercion);
        Assert.Equal(3, c.Events.Count);
        Assert.Equal(-0.4 - 0.3 - 0.15, c.Contribution, 9);
    }

    [Fact]
    public void Trust_breaches_and_preconditions_are_their_own_components()
    {
        var r = Score(
            Ev(5, "USA", "IRN", "166", text: "The United States withdrew from the nuclear agreement"),
            Ev(5, "IRN", "USA", "1662"),
            Ev(3, "IRN", "USA", "101", text: "Iran demanded guarantees and sanctions relief before any talks"),
            Ev(3, "IRN", "USA", "036", modality: "conditional"));
        Assert.Equal(2, Component(r, OutlookComponent.TrustBreach).Events.Count);
        Assert.Equal(2, Component(r, OutlookComponent.Precondition).Events.Count);
        Assert.Empty(Component(r, OutlookComponent.CooperationSignal).Events);
    }

    [Fact]
    public void Hypothetical_events_are_ignored_and_refused_threats_are_not_coercion()
    {
        var r = Score(Ev(1, "USA", "IRN", "036", modality: "hypothetical"), Ev(1, "USA", "IRN", "138", modality: "refused"));
        Assert.Equal(0, r.EventsUsed);
    }

    [Fact]
    public void A_component_is_capped()
    {
        var many = Enumerable.Range(0, 10).Select(i => Ev(i, "IRN", "USA", "046")).ToArray();
        var c = Component(Score(many), OutlookComponent.CooperationSignal);
        Assert.True(c.Raw > 3);
        Assert.Equal(3, c.Contribution);
        Assert.Equal(10, c.Events.Count);
    }

    [Fact]
    public void Sustained_engagement_makes_talks_likely_and_the_horizon_matters()
    {
        var events = new[] { Ev(1, "IRN", "USA", "036"), Ev(2, "USA", "IRN", "046"), Ev(3, "OMN", "IRN", "045"), Ev(4, "USA", "IRN", "036") };
        var month = OutlookEngine.Score(events, "IRN", "USA", AsOf, 30);
        var quarter = OutlookEngine.Score(events, "IRN", "USA", AsOf, 90);
        Assert.True(quarter.Probability > month.Probability);
        Assert.Equal("talks likely", quarter.Verdict);
    }

    [Fact]
    public void Sides_match_codes_by_country_prefix_but_not_other_countries()
    {
        Assert.True(OutlookEvent.Is("IRNGOV", null, "IRN"));
        Assert.True(OutlookEvent.Is(null, "IRN", "irn"));
        Assert.False(OutlookEvent.Is("IRQGOV", "IRQ", "IRN"));
    }
}
