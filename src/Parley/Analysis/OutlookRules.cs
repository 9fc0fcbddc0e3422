namespace Parley.Analysis;

/// <summary>The components of the outlook score, each a family of events with one rationale.</summary>
public enum OutlookComponent
{
    /// <summary>The two sides signal willingness to talk, consult, meet, settle or sign.</summary>
    CooperationSignal,
    /// <summary>A third party offers or conducts mediation, or a side accepts it.</summary>
    MediationOffer,
    /// <summary>Threats, sanctions, force postures and force between the two sides.</summary>
    Coercion,
    /// <summary>Broken commitments: halted talks or mediation, expelled inspectors, broken relations, withdrawal from agreements, defiance of norms.</summary>
    TrustBreach,
    /// <summary>Demands that must be met before talks (guarantees, sanctions relief), or offers to talk only on conditions.</summary>
    Precondition,
    /// <summary>Public refusals to talk (notably "not under pressure"), rejected meetings, mediation or plans.</summary>
    RefusalToTalk,
}

/// <summary>
/// How an event is sorted into a component and what it weighs. Weights are log hazard ratios
/// (illustrative judgements documented in docs/outlook.md); each component's total is capped so no
/// single flood of reports decides the score.
/// </summary>
public static class OutlookRules
{
    public sealed record ComponentRule(OutlookComponent Component, double Cap, string Basis);

    public static IReadOnlyList<ComponentRule> Components { get; } =
    [
        new(OutlookComponent.CooperationSignal, +3.0, "Stated intent to negotiate and consultations reveal that both sides see a bargain worth exploring; they are the most direct precursor of talks."),
        new(OutlookComponent.MediationOffer, +1.5, "A mediator lowers the cost of the first move and can monitor commitments, easing the commitment problem."),
        new(OutlookComponent.Coercion, -2.0, "Talking while coerced signals weakness; leaders facing audience costs and protecting a reputation for resolve avoid it in the short run."),
        new(OutlookComponent.TrustBreach, -2.5, "Broken commitments make any new promise less credible (the commitment problem), so talks look less worth having."),
        new(OutlookComponent.Precondition, -1.0, "Preconditions raise the price of sitting down; they show engagement but usually delay talks until someone concedes."),
        new(OutlookComponent.RefusalToTalk, -2.5, "A public commitment not to talk engages audience costs: reversing it soon is costly, so talks become less likely in the near term."),
    ];

    public static ComponentRule RuleFor(OutlookComponent component) => Components.Single(c => c.Component == component);

    /// <summary>
    /// The component and weight of one event seen from the dyad (a, b), or null if it does not bear on
    /// the outlook. `dyadic`: the event is between a and b (either direction).
    /// </summary>
    public static (OutlookComponent Component, double Weight, string Rule)? Classify(OutlookEvent e, string a, string b)
    {
        var dyadic = (e.SourceIs(a) && e.TargetIs(b)) || (e.SourceIs(b) && e.TargetIs(a));
        var thirdPartyToSide = !e.SourceIs(a) && !e.SourceIs(b) && (e.TargetIs(a) || e.TargetIs(b));
        var sideInvolved = e.SourceIs(a) || e.SourceIs(b) || e.TargetIs(a) || e.TargetIs(b);
        var code = e.Cameo.Trim();
        var root = code.Length >= 2 ? code[..2] : code;
        var modality = e.Modality.Trim().ToLowerInvariant();
        if (modality == "hypothetical") return null;

        // Mediation: offered or conducted by a third party, or accepted by a side.
        if (thirdPartyToSide && (code.StartsWith("039", StringComparison.Ordinal) || code.StartsWith("045", StringComparison.Ordinal)) && modality != "refused")
            return (OutlookComponent.MediationOffer, 0.6, $"CAMEO {code}: third party offers or conducts mediation");
        if (sideInvolved && code.StartsWith("038", StringComparison.Ordinal) && modality != "refused")
            return (OutlookComponent.MediationOffer, 0.6, $"CAMEO {code}: a side accepts mediation");

        if (!dyadic)
        {
            // A third party coercing or striking a side raises tension around the dyad, at lower weight.
            if (sideInvolved && IsForce(root) && modality is "asserted" or "reported")
                return (OutlookComponent.Coercion, -0.15, $"CAMEO {code}: force involving one side");
            return null;
        }

        // Refusals to talk: rejected meetings, mediation or settlement plans; refused intents to meet.
        if (code.StartsWith("125", StringComparison.Ordinal) || code.StartsWith("126", StringComparison.Ordinal) || code.StartsWith("127", StringComparison.Ordinal))
            return (OutlookComponent.RefusalToTalk, -0.7, $"CAMEO {code}: rejects talks, mediation or a settlement plan");
        if (modality == "refused" && (code.StartsWith("036", StringComparison.Ordinal) || root == "04" || code.StartsWith("108", StringComparison.Ordinal)))
            return (OutlookComponent.RefusalToTalk, -0.7, $"CAMEO {code} refused: public refusal to meet or negotiate");

        // Trust breaches: halted talks or mediation, expulsions and withdrawals, broken relations, defiance.
        if (code.StartsWith("164", StringComparison.Ordinal) || code.StartsWith("165", StringComparison.Ordinal)
            || code.StartsWith("166", StringComparison.Ordinal) || code.StartsWith("161", StringComparison.Ordinal)
            || code.StartsWith("128", StringComparison.Ordinal))
            return (OutlookComponent.TrustBreach, -0.6, $"CAMEO {code}: halts talks, expels or withdraws, breaks relations or defies an obligation");
        if (MentionsWithdrawalFromAgreement(e.Evidence) && (root is "16" or "12" or "08"))
            return (OutlookComponent.TrustBreach, -0.6, $"CAMEO {code}: withdrawal from an agreement");

        // Preconditions: demands, and offers to talk made conditional.
        if (root == "10" && modality != "refused")
            return (OutlookComponent.Precondition, -0.25, $"CAMEO {code}: a demand on the other side");
        if (modality == "conditional" && IsCooperation(code, root))
            return (OutlookComponent.Precondition, -0.25, $"CAMEO {code} conditional: talks offered on conditions");

        // Coercion between the sides (threatened force counts; refused threats do not).
        if (modality != "refused")
        {
            if (root == "13") return (OutlookComponent.Coercion, -0.3, $"CAMEO {code}: threat");
            if (code.StartsWith("163", StringComparison.Ordinal)) return (OutlookComponent.Coercion, -0.4, $"CAMEO {code}: sanctions or embargo");
            if (root is "15" or "17") return (OutlookComponent.Coercion, -0.4, $"CAMEO {code}: force posture or coercion");
            if (IsForce(root)) return (OutlookComponent.Coercion, -0.6, $"CAMEO {code}: use of force");
        }

        if (modality != "refused" && IsCooperation(code, root))
        {
            var weight = code.StartsWith("036", StringComparison.Ordinal) || code.StartsWith("046", StringComparison.Ordinal)
                || code.StartsWith("044", StringComparison.Ordinal) || code.StartsWith("037", StringComparison.Ordinal) ? 0.8 : 0.4;
            return (OutlookComponent.CooperationSignal, weight, $"CAMEO {code}: cooperation signal between the sides");
        }
        return null;
    }

    private static bool IsForce(string root) => root is "18" or "19" or "20";

    /// <summary>Intents (03), consultations (04), diplomatic cooperation (05), and yielding (08).</summary>
    private static bool IsCooperation(string code, string root) => root is "03" or "04" or "05" or "08";

    private static bool MentionsWithdrawalFromAgreement(string text)
    {
        var t = text.ToLowerInvariant();
        return (t.Contains("withdr", StringComparison.Ordinal) || t.Contains("pulled out", StringComparison.Ordinal) || t.Contains("abandon", StringComparison.Ordinal))
            && (t.Contains("agreement", StringComparison.Ordinal) || t.Contains("deal", StringComparison.Ordinal) || t.Contains("accord", StringComparison.Ordinal) || t.Contains("treaty", StringComparison.Ordinal));
    }
}
