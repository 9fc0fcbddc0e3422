using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;

namespace Parley.Web.Tests.Support;

/// <summary>A real Kestrel server on a free loopback port, stopped on dispose.</summary>
internal sealed class RunningServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private RunningServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
        Client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
    }

    public Uri Address { get; }
    public HttpClient Client { get; }

    public static async Task<RunningServer> StartAsync(ParleyServices services, WebOptions? options = null)
    {
        options ??= new WebOptions();
        options = options with { Urls = "http://127.0.0.1:0" };
        var app = WebHost.Build(options, services);
        await app.StartAsync();
        var address = app.Urls.Single();
        return new RunningServer(app, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
