using System.Reflection;
using Parley.Bench;

// Each benchmark is an IBenchmark found by reflection: `dotnet run -c Release --project bench/Parley.Bench -- NAME [options]`.
var benchmarks = Assembly.GetExecutingAssembly().GetTypes()
    .Where(t => typeof(IBenchmark).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
    .Select(t => (IBenchmark)Activator.CreateInstance(t)!)
    .ToDictionary(b => b.Name, StringComparer.OrdinalIgnoreCase);
if (args.Length == 0 || !benchmarks.TryGetValue(args[0], out var chosen))
{
    Console.Error.WriteLine("usage: Parley.Bench NAME [options]; benchmarks: " + string.Join(", ", benchmarks.Keys.Order()));
    return 2;
}
return chosen.Run(args[1..]);
