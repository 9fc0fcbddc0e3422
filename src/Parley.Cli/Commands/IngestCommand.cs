using System.CommandLine;
using System.Text.Json;
using Parley.Ingest;
using Parley.Output;
using Parley.Storage;
using Spectre.Console;

namespace Parley.Cli.Commands;

/// <summary>`parley ingest PATH...`: many articles into the store, in parallel, idempotently.</summary>
public sealed class IngestCommand : ICliCommand
{
    public Command Build()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files, folders (searched recursively), globs, or - for JSON Lines on standard input",
            Arity = ArgumentArity.OneOrMore,
        };
        var jobs = new Option<int?>("--jobs") { Description = "Parallel analysis workers (default: the number of cores)" };
        var db = CommonOptions.Database();
        var maxBytes = new Option<long?>("--max-article-bytes") { Description = $"Largest article accepted (default {Parley.Text.ArticleReader.DefaultMaxBytes:N0})" };
        var timeout = new Option<double?>("--article-timeout") { Description = "Seconds one article may take to analyse (default 60)" };
        var format = CommonOptions.Format("text", "json");
        var cluster = new Option<string?>("--cluster") { Description = "Send the articles to a running Parley cluster (its PostgreSQL database) instead of analysing here" };
        var command = new Command("ingest", "Analyse and store many articles: .txt, .html, JSON Lines, RSS and Atom feeds")
            { paths, jobs, db, maxBytes, timeout, format, cluster };
        command.SetAction(async (parse, cancellation) =>
        {
            var options = new IngestOptions();
            if (parse.GetValue(jobs) is { } j) options = options with { Jobs = j >= 1 ? j : throw new UsageException("--jobs must be at least 1") };
            if (parse.GetValue(maxBytes) is { } m) options = options with { MaxArticleBytes = m >= 1 ? m : throw new UsageException("--max-article-bytes must be positive") };
            if (parse.GetValue(timeout) is { } t) options = options with { ArticleTimeLimit = t > 0 ? TimeSpan.FromSeconds(t) : throw new UsageException("--article-timeout must be positive") };

            var (inputs, listingFailures) = InputExpander.Expand(parse.GetValue(paths)!);
            if (parse.GetValue(cluster) is { } clusterLocation)
            {
                var (clusterSummary, clusterName) = await ClusterIngest.RunAsync(clusterLocation, inputs, listingFailures, options, cancellation);
                WriteSummary(clusterSummary, clusterName, parse.GetValue(format) == "json");
                return clusterSummary.Failed > 0 ? ExitCodes.BadInput : ExitCodes.Success;
            }
            using var store = StoreFactory.Open(parse.GetValue(db));
            var pipeline = Pipeline.Load();
            var interactive = !Console.IsErrorRedirected;
            var errors = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
            var runner = new IngestRunner(pipeline, store, options)
            {
                StandardInput = Console.In,
                OnFailure = interactive ? null : f => Console.Error.WriteLine($"parley: {f.Origin}: {f.Reason}"),
            };

            IngestSummary summary;
            if (interactive) summary = await IngestProgressView.RunWithBar(errors, runner, inputs, listingFailures, cancellation);
            else summary = await runner.RunAsync(inputs, listingFailures, IngestProgressView.PlainLines(Console.Error), cancellation);

            if (interactive)
                foreach (var f in summary.Failures) errors.MarkupLine($"[red]failed[/] {Markup.Escape(f.Origin)}: {Markup.Escape(f.Reason)}");
            WriteSummary(summary, store.Location, parse.GetValue(format) == "json");
            return summary.Failed > 0 ? ExitCodes.BadInput : ExitCodes.Success;
        });
        return command;
    }

    private static void WriteSummary(IngestSummary s, string location, bool json)
    {
        var seconds = Math.Max(s.Elapsed.TotalSeconds, 1e-3);
        if (json)
        {
            Console.Out.WriteLine(JsonSerializer.Serialize(new
            {
                @new = s.New, already_stored = s.AlreadyStored, failed = s.Failed, sentences = s.Sentences,
                event_reports = s.EventReports, seconds = Math.Round(seconds, 3),
                store = new { articles = s.StoreAfter.Articles, events = s.StoreAfter.Events, event_reports = s.StoreAfter.EventReports },
                failures = s.Failures.Select(f => new { origin = f.Origin, reason = f.Reason }),
            }, ContractJson.Options));
            return;
        }
        Console.Out.WriteLine($"ingested into {location} in {seconds:0.0} s");
        Console.Out.WriteLine($"  articles: {s.New} new, {s.AlreadyStored} already stored, {s.Failed} failed");
        Console.Out.WriteLine($"  {s.Sentences} sentences ({s.Sentences / seconds:0} per second), {s.EventReports} event reports");
        Console.Out.WriteLine($"  store now: {s.StoreAfter.Articles} articles, {s.StoreAfter.Events} events from {s.StoreAfter.EventReports} reports");
    }
}

/// <summary>Progress for `parley ingest`: a bar with rate and ETA on a terminal, plain lines otherwise.</summary>
internal static class IngestProgressView
{
    public static async Task<IngestSummary> RunWithBar(IAnsiConsole console, IngestRunner runner, IReadOnlyList<IngestInput> inputs,
        IEnumerable<IngestFailure> listingFailures, CancellationToken cancellation)
    {
        IngestSummary? summary = null;
        await console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("ingesting", maxValue: Math.Max(1, inputs.Sum(i => i.Bytes)));
                summary = await runner.RunAsync(inputs, listingFailures, p =>
                {
                    task.Value = Math.Min(p.BytesDone, task.MaxValue);
                    var rate = p.ArticlesDone / Math.Max(p.Elapsed.TotalSeconds, 1e-3);
                    task.Description = $"{p.ArticlesDone} articles ({p.New} new, {p.AlreadyStored} stored, {p.Failed} failed), {rate:0.0}/s";
                    if (!p.TotalKnown) task.IsIndeterminate = true;
                }, cancellation);
                task.Value = task.MaxValue;
            });
        return summary!;
    }

    /// <summary>A line every five seconds: counts, rate and, when the total is known, the estimated time left.</summary>
    public static Action<IngestProgress> PlainLines(TextWriter writer)
    {
        var last = TimeSpan.Zero;
        return p =>
        {
            if (p.Elapsed - last < TimeSpan.FromSeconds(5)) return;
            last = p.Elapsed;
            var seconds = Math.Max(p.Elapsed.TotalSeconds, 1e-3);
            var eta = p.TotalKnown && p.BytesDone > 0
                ? $", about {TimeSpan.FromSeconds(seconds * (p.BytesTotal - p.BytesDone) / p.BytesDone):hh\\:mm\\:ss} left"
                : "";
            lock (writer)
                writer.WriteLine($"ingest: {p.ArticlesDone} articles ({p.New} new, {p.AlreadyStored} already stored, {p.Failed} failed), " +
                                 $"{p.ArticlesDone / seconds:0.0} articles/s, {p.Sentences / seconds:0} sentences/s{eta}");
        };
    }
}
