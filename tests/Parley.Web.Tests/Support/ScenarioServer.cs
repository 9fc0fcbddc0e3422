namespace Parley.Web.Tests.Support;

/// <summary>
/// One server over the scenario store, shared by the API and browser tests (a collection fixture),
/// with writes allowed so the Analyze page and POST /api/analyze can be exercised.
/// </summary>
public sealed class ScenarioServer : IAsyncLifetime
{
    private InMemoryStore? _store;
    private RunningServer? _server;

    internal Scenario.Stored Stored { get; private set; } = null!;
    internal RunningServer Server => _server ?? throw new InvalidOperationException("not started");
    public HttpClient Client => Server.Client;
    public Uri Address => Server.Address;
    internal Pipeline Pipeline { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Pipeline = Pipeline.Load(RepoRoot.Resources);
        _store = new InMemoryStore();
        Stored = Scenario.Fill(_store, Pipeline);
        _server = await RunningServer.StartAsync(new ParleyServices(_store, _store, () => Pipeline), new WebOptions { AllowWrites = true });
    }

    public async Task DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
        _store?.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class ScenarioCollection : ICollectionFixture<ScenarioServer>
{
    public const string Name = "scenario server";
}
