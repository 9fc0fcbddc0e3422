using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Parley.Storage;
using Parley.Web.Tests.Support;

namespace Parley.Web.Tests.Cli;

/// <summary>`parley serve` run as the real program.</summary>
public sealed partial class ServeCommandTests
{
    [GeneratedRegex(@"http://127\.0\.0\.1:\d+")]
    private static partial Regex LoopbackUrl();

    private static ProcessStartInfo Parley(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = RepoRoot.Path,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Parley.Cli.dll"));
        foreach (var a in args) info.ArgumentList.Add(a);
        info.Environment["PARLEY_HOME"] = RepoRoot.Path;
        info.Environment.Remove(WebOptions.TokenVariable);
        return info;
    }

    [Fact]
    public async Task ServesTheStoreReadOnlyOnLoopback()
    {
        var folder = Directory.CreateTempSubdirectory("parley-serve-test-").FullName;
        try
        {
            var db = Path.Combine(folder, "store.db");
            using (var store = StoreFactory.Open(db)) Scenario.Fill(store, Pipeline.Load(RepoRoot.Resources));
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

            using var process = Process.Start(Parley("serve", "--db", db, "--urls", "http://127.0.0.1:0"))!;
            try
            {
                var stderr = process.StandardError.ReadToEndAsync();
                string? line;
                var seen = new StringBuilder();
                Match url = Match.Empty;
                var deadline = DateTime.UtcNow.AddMinutes(2);
                while (DateTime.UtcNow < deadline && (line = await process.StandardOutput.ReadLineAsync()) is not null)
                {
                    seen.AppendLine(line);
                    if ((url = LoopbackUrl().Match(line)).Success) break;
                }
                Assert.True(url.Success, $"no loopback URL announced: {seen}{(process.HasExited ? await stderr : "")}");
                Assert.Contains("read-only", seen.ToString());

                using var client = new HttpClient { BaseAddress = new Uri(url.Value) };
                var stats = await client.GetJson("/api/stats");
                Assert.Equal(Scenario.SeriesMonths + 2, stats.GetProperty("articles").GetInt64());
                var dashboard = await client.GetStringAsync("/");
                Assert.Contains("<title>Parley", dashboard);
                using var write = await client.PostAsync("/api/analyze",
                    new StringContent("{\"text\":\"Atlantis and Borduria met.\"}", Encoding.UTF8, "application/json"));
                Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
            }
            finally
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
        }
        finally
        {
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }

    [Fact]
    public void WritesBeyondLoopbackWithoutATokenAreAUsageError()
    {
        using var process = Process.Start(Parley("serve", "--db", Path.Combine(Path.GetTempPath(), "never-opened.db"),
            "--urls", "http://0.0.0.0:0", "--allow-writes"))!;
        var stderr = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(1)));
        Assert.Equal(2, process.ExitCode);
        Assert.Contains(WebOptions.TokenVariable, stderr);
    }

    [Fact]
    public void HelpNamesTheOptions()
    {
        using var process = Process.Start(Parley("serve", "--help"))!;
        var stdout = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(1)));
        Assert.Equal(0, process.ExitCode);
        foreach (var option in new[] { "--db", "--urls", "--allow-writes" }) Assert.Contains(option, stdout);
    }
}
