using System.CommandLine;
using System.Text.Json;
using Parley.Knowledge;
using Parley.Output;

namespace Parley.Cli.Commands;

/// <summary>`parley kb find NAME`: entities matching a name or alias, with their offices and tenures.</summary>
public static class KbFindCommand
{
    public static Command Build()
    {
        var name = new Argument<string>("name") { Description = "A name, alias, acronym or demonym" };
        var format = CommonOptions.Format("text", "json");
        var command = new Command("find", "Find entities by name, with their offices and tenures") { name, format };
        command.SetAction(parse =>
        {
            var queries = new KnowledgeBaseQueries(KnowledgeBase.Load(ResourcePaths.Default));
            var found = queries.Find(parse.GetValue(name)!);
            if (parse.GetValue(format) == "json")
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(found, ContractJson.Indented));
                return ExitCodes.Success;
            }
            if (found.Count == 0) Console.Out.WriteLine("Nothing found.");
            foreach (var entity in found)
            {
                Console.Out.WriteLine($"{entity.Name} [{entity.Id}] {entity.Kind}{(entity.Code is null ? "" : ", CAMEO " + entity.Code)}{(entity.Country is null ? "" : ", " + entity.Country)}");
                foreach (var t in entity.Tenures)
                    Console.Out.WriteLine($"    {t.Office}: {t.Start} to {t.End ?? "present"}{(t.Acting ? " (acting)" : "")}");
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
