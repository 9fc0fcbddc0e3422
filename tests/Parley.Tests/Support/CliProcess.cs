using System.Diagnostics;

namespace Parley.Tests.Support;

/// <summary>Runs the real `parley` program (the built Parley.Cli.dll) as a child process.</summary>
public static class CliProcess
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    private static readonly string CliDll = Path.Combine(AppContext.BaseDirectory, "Parley.Cli.dll");

    /// <summary>A store in the temp folder for tests that do not name one.</summary>
    private static readonly string DefaultStore =
        Path.Combine(Path.GetTempPath(), $"parley-test-default-{Environment.ProcessId}.db");

    public static Result Run(params string[] args) => RunWithInput(null, args);

    public static Result RunWithInput(string? stdin, params string[] args) =>
        RunIn(RepoPaths.Root, stdin, null, args);

    public static Result RunIn(string workingDirectory, string? stdin, IDictionary<string, string>? environment, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        info.ArgumentList.Add(CliDll);
        foreach (var a in args) info.ArgumentList.Add(a);
        info.Environment["PARLEY_HOME"] = RepoPaths.Root;
        info.Environment["NO_COLOR"] = "1";
        // Never write into the user's own store: commands that store by default get a throw-away one.
        info.Environment["PARLEY_DB"] = DefaultStore;
        if (environment != null) foreach (var (k, v) in environment) info.Environment[k] = v;
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin != null) process.StandardInput.Write(stdin);
        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("parley " + string.Join(' ', args) + " did not finish in 5 minutes");
        }
        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }
}
