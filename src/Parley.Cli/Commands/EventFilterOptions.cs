using System.CommandLine;
using Parley.Analysis;
using Parley.Storage;

namespace Parley.Cli.Commands;

/// <summary>The filters `parley events` offers, turned into an <see cref="EventQuery"/> and checked.</summary>
internal sealed class EventFilterOptions
{
    public Option<string?> Dyad { get; } = new("--dyad") { Description = "Two actors A,B (codes such as IRNGOV or countries such as IRN), either direction" };
    public Option<string?> Actor { get; } = new("--actor") { Description = "An actor on either side" };
    public Option<string?> Root { get; } = new("--root") { Description = "CAMEO root code (01 to 20)" };
    public Option<string?> Code { get; } = new("--code") { Description = "CAMEO event code (2 to 4 digits)" };
    public Option<string?> Plover { get; } = new("--plover") { Description = "PLOVER event type (REJECT, THREATEN, ...)" };
    public Option<string?> From { get; } = new("--from") { Description = "Earliest event date (YYYY, YYYY-MM or YYYY-MM-DD)" };
    public Option<string?> To { get; } = new("--to") { Description = "Latest event date" };
    public Option<string?> Historical { get; } = new("--historical") { Description = "yes: only events the article recalls from the past; no: only current ones" };

    public EventFilterOptions() => Historical.AcceptOnlyFromAmong("yes", "no");

    public IEnumerable<Option> All => [Dyad, Actor, Root, Code, Plover, From, To, Historical];

    public EventQuery Read(ParseResult parse, IStore store)
    {
        (string, string)? dyad = null;
        if (parse.GetValue(Dyad) is { } d)
        {
            var parts = d.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 2) throw new UsageException($"--dyad '{d}': give two actors separated by a comma, e.g. IRN,USA");
            dyad = (parts[0].ToUpperInvariant(), parts[1].ToUpperInvariant());
        }
        var query = new EventQuery
        {
            Dyad = dyad,
            Actor = parse.GetValue(Actor)?.Trim().ToUpperInvariant(),
            Root = parse.GetValue(Root)?.Trim() is { Length: 1 } one ? "0" + one : parse.GetValue(Root)?.Trim(),
            Code = parse.GetValue(Code)?.Trim(),
            Plover = parse.GetValue(Plover)?.Trim().ToUpperInvariant(),
            From = CommonOptions.ParseDate(parse.GetValue(From), "--from"),
            To = CommonOptions.ParseDate(parse.GetValue(To), "--to"),
            Historical = parse.GetValue(Historical) switch { "yes" => true, "no" => false, _ => null },
        };
        if (EventFilterCheck.Problem(query, store) is { } problem) throw new UsageException(problem);
        return query;
    }
}
