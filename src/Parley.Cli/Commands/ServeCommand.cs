using System.CommandLine;
using Microsoft.Extensions.Hosting;
using Parley.Knowledge;
using Parley.Storage;
using Parley.Web;

namespace Parley.Cli.Commands;

/// <summary>`parley serve`: the JSON API and dashboard over a store, on loopback unless told otherwise.</summary>
public sealed class ServeCommand : ICliCommand
{
    public Command Build()
    {
        var db = CommonOptions.Database();
        var urls = new Option<string>("--urls")
        {
            Description = $"Where to listen, separated by ';' (default {WebOptions.DefaultUrls}; port 0 picks a free port)",
            DefaultValueFactory = _ => WebOptions.DefaultUrls,
        };
        var allowWrites = new Option<bool>("--allow-writes")
        {
            Description = $"Accept POST /api/analyze (beyond loopback only with a token in ${WebOptions.TokenVariable})",
        };
        var command = new Command("serve", "Serve the JSON API (OpenAPI at /openapi/v1.json) and the dashboard") { db, urls, allowWrites };
        command.SetAction(parse =>
        {
            var token = Environment.GetEnvironmentVariable(WebOptions.TokenVariable);
            var options = new WebOptions
            {
                Urls = parse.GetValue(urls)!,
                AllowWrites = parse.GetValue(allowWrites),
                WriteToken = string.IsNullOrEmpty(token) ? null : token,
            };
            if (WebHost.Problem(options) is { } problem) throw new UsageException(problem);
            using var store = StoreFactory.Open(parse.GetValue(db));
            var services = Services(store, options.AllowWrites);
            var app = WebHost.Build(options, services);
            try
            {
                app.Start();
            }
            catch (IOException e)
            {
                throw new UsageException($"--urls {options.Urls}: cannot listen ({e.Message})");
            }
            Console.Out.WriteLine($"parley: serving {store.Location} at {string.Join(", ", app.Urls)}" +
                                  (options.AllowWrites ? " (writes allowed)" : " (read-only)") + "; Ctrl+C stops");
            app.WaitForShutdown();
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>
    /// Writes need the whole pipeline, so it loads up front; a read-only server needs only the
    /// knowledge base, and serves without it (saying so) where the resources are missing.
    /// </summary>
    private static ParleyServices Services(IStore store, bool allowWrites)
    {
        if (allowWrites)
        {
            var pipeline = Pipeline.Load();
            return new ParleyServices(store, store, () => pipeline, new KnowledgeBaseLookup(pipeline.KnowledgeBase));
        }
        try
        {
            return new ParleyServices(store, store, knowledge: new KnowledgeBaseLookup(KnowledgeBase.Load(ResourcePaths.Default)));
        }
        catch (DirectoryNotFoundException e)
        {
            Console.Error.WriteLine($"parley: knowledge-base lookups are off: {e.Message}");
            return new ParleyServices(store, store);
        }
    }
}
