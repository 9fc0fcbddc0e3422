using Parley.Output;
using Spectre.Console;

namespace Parley.Cli.Rendering;

/// <summary>The human-readable report of one analysis, for a terminal or a plain pipe.</summary>
public static class AnalysisReport
{
    public static void Write(IAnsiConsole console, AnalysisJson analysis, string? storeNote)
    {
        var article = analysis.Article;
        console.Write(new Rule($"[bold]{Markup.Escape(article.Title ?? "Article " + article.Id)}[/]").LeftJustified());
        console.MarkupLine($"id [grey]{article.Id}[/]   published [bold]{article.Published.Value}[/] ({article.Published.Precision}, from {article.Published.Basis})   sentences {analysis.Sentences.Count}");
        foreach (var warning in article.Warnings) console.MarkupLine($"[yellow]warning:[/] {Markup.Escape(warning)}");
        if (storeNote != null) console.MarkupLine($"[grey]{Markup.Escape(storeNote)}[/]");

        if (article.Removed.Count > 0)
        {
            console.WriteLine();
            console.MarkupLine("[bold]Removed[/]");
            foreach (var r in article.Removed)
                console.MarkupLine($"  [grey]{r.Kind,-16}[/] {Markup.Escape(Shorten(r.Text, 90))}");
        }

        WriteActors(console, analysis);
        WriteEvents(console, analysis);
        WriteQuotes(console, analysis);
        WriteClaims(console, analysis);
        WriteDyads(console, analysis);
    }

    private static void WriteActors(IAnsiConsole console, AnalysisJson analysis)
    {
        var actors = analysis.Mentions.Where(m => m.Code != null)
            .GroupBy(m => (m.Name ?? m.Text, m.Code))
            .Select(g => (g.Key.Item1, g.Key.Code, g.Count(), g.Select(m => m.Office).FirstOrDefault(o => o != null)))
            .ToList();
        if (actors.Count == 0) return;
        console.WriteLine();
        var table = new Table().Title("[bold]Actors[/]").AddColumns("actor", "code", "office", "mentions");
        foreach (var (name, code, count, office) in actors)
            table.AddRow(Markup.Escape(name), Markup.Escape(code ?? ""), Markup.Escape(office ?? ""), count.ToString());
        console.Write(table);
    }

    private static void WriteEvents(IAnsiConsole console, AnalysisJson analysis)
    {
        console.WriteLine();
        if (analysis.Events.Count == 0) { console.MarkupLine("[bold]Events[/]: none found"); return; }
        var table = new Table().Title("[bold]Events[/]").AddColumns("source", "CAMEO", "target", "modality", "date", "evidence");
        foreach (var e in analysis.Events)
        {
            var date = e.Date.Value + (e.Historical ? " (hist.)" : "");
            table.AddRow(
                Markup.Escape(e.Source?.Code ?? e.Source?.Text ?? "-"),
                Markup.Escape($"{e.Cameo} {e.CameoLabel}\n{e.Plover} {e.Goldstein:+0.0;-0.0;0}"),
                Markup.Escape(e.Target?.Code ?? e.Target?.Text ?? "-"),
                Markup.Escape(e.Modality),
                Markup.Escape(date),
                Markup.Escape(Shorten(e.Evidence.Text, 70)));
        }
        console.Write(table);
    }

    private static void WriteQuotes(IAnsiConsole console, AnalysisJson analysis)
    {
        if (analysis.Quotes.Count == 0) return;
        console.WriteLine();
        console.MarkupLine("[bold]Quotes[/]");
        foreach (var q in analysis.Quotes)
            console.MarkupLine($"  [italic]\"{Markup.Escape(Shorten(q.Text, 80))}\"[/] — {Markup.Escape(q.Speaker?.Name ?? "unattributed")} [grey]({q.Attribution})[/]");
    }

    private static void WriteClaims(IAnsiConsole console, AnalysisJson analysis)
    {
        if (analysis.Claims.Count == 0) return;
        console.WriteLine();
        var table = new Table().Title("[bold]Claims[/]").AddColumns("claim", "verdict", "holder as of", "why");
        foreach (var c in analysis.Claims)
        {
            var colour = c.Verdict switch { "supported" => "green", "outdated" or "never_held" => "red", _ => "yellow" };
            table.AddRow(Markup.Escape(Shorten(c.Text, 50)), $"[{colour}]{c.Verdict}[/]",
                Markup.Escape($"{c.HolderAsOf ?? "-"} ({c.AsOf ?? "?"})"), Markup.Escape(Shorten(c.Explanation, 60)));
        }
        console.Write(table);
    }

    private static void WriteDyads(IAnsiConsole console, AnalysisJson analysis)
    {
        if (analysis.Dyads.Count == 0) return;
        console.WriteLine();
        console.MarkupLine("[bold]Dyads[/]");
        foreach (var d in analysis.Dyads)
            console.MarkupLine($"  {d.A}–{d.B}: {d.Events} events, Goldstein sum {d.GoldsteinSum:0.0}, quad classes [[{string.Join(", ", d.QuadCounts)}]]");
    }

    private static string Shorten(string text, int max)
    {
        var flat = text.Replace('\n', ' ');
        return flat.Length <= max ? flat : flat[..(max - 1)] + "…";
    }
}
