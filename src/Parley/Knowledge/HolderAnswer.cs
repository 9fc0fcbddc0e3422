using Parley.Knowledge.Model;
using Parley.Time;

namespace Parley.Knowledge;

public enum HolderStatus
{
    /// <summary>One tenure covers the whole period the date denotes.</summary>
    Held,
    /// <summary>The period spans a hand-over (or an imprecise tenure boundary): several candidates.</summary>
    Straddles,
    /// <summary>No known tenure touches the date.</summary>
    Unknown,
}

/// <summary>Who held an office at a date, with the tenures that decided it.</summary>
public sealed class HolderAnswer
{
    public required Office Office { get; init; }
    public required PartialDate Date { get; init; }
    public required HolderStatus Status { get; init; }
    /// <summary>The tenures touching the date, in order of start; one when <see cref="Status"/> is Held (or several for multi-holder offices).</summary>
    public required IReadOnlyList<Tenure> Tenures { get; init; }

    /// <summary>The single holder when the answer is certain, else null.</summary>
    public Tenure? Holder => Status == HolderStatus.Held && Tenures.Count == 1 ? Tenures[0] : null;

    /// <summary>True when the holder's open tenure was last verified before the end of the asked period.</summary>
    public bool BeyondVerified => Holder is { IsOpen: true, VerifiedThrough: { } v } && v.LastDay < Date.LastDay;

    /// <summary>A sentence naming the tenure(s) used, for explanations.</summary>
    public string Describe()
    {
        switch (Status)
        {
            case HolderStatus.Unknown:
                return $"no holder of {Office.Name} {On} is recorded";
            case HolderStatus.Held:
                var described = string.Join("; ", Tenures.Select(DescribeTenure));
                var stale = BeyondVerified ? $" (last verified in office {Holder!.VerifiedThrough})" : "";
                return $"{Office.Name} {On}: {described}{stale}";
            default:
                var lead = Date.Precision == DatePrecision.Day
                    ? $"the recorded dates do not settle who was {Office.Name} on {Date}"
                    : Tenures.Count == 1
                        ? $"{Date} is only partly covered by a known tenure of {Office.Name}"
                        : $"{Date} spans a change of {Office.Name}";
                return lead + ": " + string.Join("; ", Tenures.Select(DescribeTenure));
        }
    }

    /// <summary>"on 2025-03-01" for a day, "in 2025" for a month or year.</summary>
    private string On => (Date.Precision == DatePrecision.Day ? "on " : "in ") + Date;

    public static string DescribeTenure(Tenure t) =>
        $"{t.PersonName}{(t.Acting ? " (acting)" : "")} held it {t.Period}";
}
