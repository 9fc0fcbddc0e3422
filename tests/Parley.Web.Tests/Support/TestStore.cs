using Parley.Storage;

namespace Parley.Web.Tests.Support;

/// <summary>A real SQLite store in a fresh temporary folder, deleted on dispose.</summary>
internal sealed class TestStore : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "parley-web-test-" + Guid.NewGuid().ToString("N")[..12]);

    public TestStore()
    {
        Directory.CreateDirectory(_folder);
        Store = StoreFactory.Open(Path.Combine(_folder, "store.db"));
    }

    public IStore Store { get; }

    public void Dispose()
    {
        Store.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
