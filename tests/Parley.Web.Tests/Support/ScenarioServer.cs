namespace Parley.Web.Tests.Support;

/// <summary>
/// One server over a SQLite store holding the scenario, shared by the API and browser tests (a
/// collection fixture), with writes allowed so the Analyze page and POST /api/analyze run too.
/// </summary>
public sealed class ScenarioServer : IAsyncLifetime
{
    private TestStore? _store;
    private RunningServer? _server;

    internal Scenario.Stored Stored { get; private set; } = null!;
    internal RunningServer Server => _server ?? throw new InvalidOperationException("not started");
    public HttpClient Client => Server.Client;
    public Uri Address => Server.Address;

    public async Task InitializeAsync()
    {
        var pipeline = Pipeline.Load(RepoRoot.Resources);
        _store = new TestStore();
        Stored = Scenario.Fill(_store.Store, pipeline);
        var services = new ParleyServices(_store.Store, _store.Store, () => pipeline, new KnowledgeBaseLookup(Scenario.Knowledge()));
        _server = await RunningServer.StartAsync(services, new WebOptions { AllowWrites = true });
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
