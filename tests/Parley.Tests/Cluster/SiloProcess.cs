using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Parley.Tests.Support;

namespace Parley.Tests.Cluster;

/// <summary>A `parley cluster silo` child process, with its output kept for failure messages.</summary>
public sealed class SiloProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private SiloProcess(Process process) => _process = process;

    public string Output { get { lock (_output) return _output.ToString(); } }
    public bool HasExited => _process.HasExited;

    public static SiloProcess Start(string name, string membership, string? store = null)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepoPaths.Root,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Parley.Cli.dll"));
        foreach (var a in new[] { "cluster", "silo", "--postgres", membership, "--name", name,
                     "--port", FreePort().ToString(), "--gateway-port", FreePort().ToString() })
            info.ArgumentList.Add(a);
        if (store is not null) { info.ArgumentList.Add("--db"); info.ArgumentList.Add(store); }
        info.Environment["PARLEY_HOME"] = RepoPaths.Root;
        var silo = new SiloProcess(new Process { StartInfo = info });
        silo._process.OutputDataReceived += (_, e) => silo.Take(e.Data);
        silo._process.ErrorDataReceived += (_, e) => silo.Take(e.Data);
        silo._process.Start();
        silo._process.BeginOutputReadLine();
        silo._process.BeginErrorReadLine();
        return silo;
    }

    public async Task WaitReadyAsync(TimeSpan limit)
    {
        var done = await Task.WhenAny(_ready.Task, Task.Delay(limit), _process.WaitForExitAsync());
        if (!_ready.Task.IsCompleted)
            throw new TimeoutException($"the silo did not become ready in {limit.TotalSeconds:0} s:\n{Output}");
    }

    /// <summary>Kills the process at once, as a crash would: no graceful leave.</summary>
    public void Kill()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit(10_000);
    }

    private void Take(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
        if (line.Contains(" ready on port ", StringComparison.Ordinal)) _ready.TrySetResult();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }
}
