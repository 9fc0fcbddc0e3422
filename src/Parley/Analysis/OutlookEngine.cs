using System.Globalization;

namespace Parley.Analysis;

/// <summary>Settings of the outlook score; every value is documented in docs/outlook.md.</summary>
public sealed record OutlookSettings
{
    /// <summary>Baseline daily hazard of talks between two sides in dispute (≈ one round of talks a year).</summary>
    public double BaseHazardPerDay { get; init; } = 1.0 / 365;
    /// <summary>An event's weight halves every this many days before the as-of date.</summary>
    public double HalfLifeDays { get; init; } = 45;
    /// <summary>Events older than this are not read.</summary>
    public int LookbackDays { get; init; } = 365;
    /// <summary>Extra reports of the same event add weight with diminishing returns: × (1 + log2(reports)) at most ×2.</summary>
    public double MaxReportFactor { get; init; } = 2;
}

/// <summary>One event behind a component, with what it contributed and why.</summary>
public sealed record OutlookEvidence(
    DateOnly Date, string Source, string Target, string Cameo, string Plover, string Modality,
    double Weight, double Decay, double ReportFactor, double Contribution, string Rule, string Evidence, string ArticleId);

/// <summary>One component: its capped total (a log hazard ratio) and the events behind it.</summary>
public sealed record OutlookComponentScore(
    OutlookComponent Component, double Raw, double Cap, double Contribution, string Basis, IReadOnlyList<OutlookEvidence> Events);

/// <summary>
/// "Will A and B hold talks within N days?": probability from a proportional-hazards rule,
/// p = 1 − exp(−h0 · N · exp(Σ components)), with every component and event listed.
/// </summary>
public sealed record OutlookResult(
    string A, string B, DateOnly AsOf, int Days, double BaseHazardPerDay, double BaselineProbability,
    double LogHazardRatio, double Probability, string Verdict, IReadOnlyList<OutlookComponentScore> Components,
    int EventsRead, int EventsUsed, string Explanation);

/// <summary>Scores the negotiation outlook of a dyad from a list of events.</summary>
public static class OutlookEngine
{
    public static OutlookResult Score(IEnumerable<OutlookEvent> events, string a, string b, DateOnly asOf, int days, OutlookSettings? settings = null)
    {
        if (days < 1) throw new ArgumentOutOfRangeException(nameof(days), "the horizon must be at least one day");
        if (string.Equals(a, b, StringComparison.OrdinalIgnoreCase)) throw new ArgumentException("the two sides must differ");
        var s = settings ?? new OutlookSettings();
        var read = 0;
        var evidence = new Dictionary<OutlookComponent, List<OutlookEvidence>>();
        foreach (var e in events)
        {
            read++;
            var age = asOf.DayNumber - e.Date.DayNumber;
            if (age < 0 || age > s.LookbackDays) continue; // time-aware: nothing after the as-of date
            if (OutlookRules.Classify(e, a, b) is not var (component, weight, rule)) continue;
            var decay = Math.Pow(0.5, age / s.HalfLifeDays);
            var reports = Math.Min(s.MaxReportFactor, 1 + Math.Log2(Math.Max(1, e.Reports)));
            if (!evidence.TryGetValue(component, out var list)) evidence[component] = list = [];
            list.Add(new OutlookEvidence(e.Date, e.SourceLabel, e.TargetLabel, e.Cameo, e.Plover, e.Modality,
                weight, decay, reports, weight * decay * reports, rule, e.Evidence, e.ArticleId));
        }

        var components = OutlookRules.Components.Select(rule =>
        {
            var list = evidence.GetValueOrDefault(rule.Component) ?? [];
            var raw = list.Sum(x => x.Contribution);
            var capped = rule.Cap >= 0 ? Math.Min(raw, rule.Cap) : Math.Max(raw, rule.Cap);
            return new OutlookComponentScore(rule.Component, raw, rule.Cap, capped, rule.Basis,
                list.OrderByDescending(x => Math.Abs(x.Contribution)).ToList());
        }).ToList();

        var logRatio = components.Sum(c => c.Contribution);
        var baseline = 1 - Math.Exp(-s.BaseHazardPerDay * days);
        var probability = 1 - Math.Exp(-s.BaseHazardPerDay * days * Math.Exp(logRatio));
        var verdict = probability switch
        {
            >= 0.6 => "talks likely",
            >= 0.3 => "talks possible",
            _ => "talks unlikely",
        };
        var used = components.Sum(c => c.Events.Count);
        return new OutlookResult(a, b, asOf, days, s.BaseHazardPerDay, baseline, logRatio, probability, verdict, components,
            read, used, Explain(a, b, days, baseline, probability, logRatio, components, used));
    }

    private static string Explain(string a, string b, int days, double baseline, double probability, double logRatio,
        IReadOnlyList<OutlookComponentScore> components, int used)
    {
        var inv = CultureInfo.InvariantCulture;
        if (used == 0)
            return string.Format(inv, "No stored event bears on talks between {0} and {1}; the outlook is the baseline {2:P0} within {3} days.", a, b, baseline, days);
        var parts = components.Where(c => c.Events.Count > 0)
            .OrderByDescending(c => Math.Abs(c.Contribution))
            .Select(c => string.Format(inv, "{0} {1:+0.00;-0.00} from {2} event{3}{4}", Name(c.Component), c.Contribution, c.Events.Count,
                c.Events.Count == 1 ? "" : "s", c.Raw != c.Contribution ? " (capped)" : ""));
        return string.Format(inv, "Baseline {0:P0} within {1} days; {2}; total log hazard ratio {3:+0.00;-0.00} gives {4:P0}.",
            baseline, days, string.Join(", ", parts), logRatio, probability);
    }

    public static string Name(OutlookComponent c) => c switch
    {
        OutlookComponent.CooperationSignal => "cooperation signals",
        OutlookComponent.MediationOffer => "mediation",
        OutlookComponent.Coercion => "coercion",
        OutlookComponent.TrustBreach => "trust breaches",
        OutlookComponent.Precondition => "preconditions",
        _ => "refusals to talk",
    };
}
