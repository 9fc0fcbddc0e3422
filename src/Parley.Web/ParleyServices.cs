using Parley.Storage;

namespace Parley.Web;

/// <summary>Office holders on a date, as `parley kb holders` prints them.</summary>
public sealed record HolderJson(string Name, string Office, string Role, string? Start, string? End, string? EntityId);

/// <summary>An office an actor held, with its tenure.</summary>
public sealed record TenureJson(string Office, string Role, string? Start, string? End, string? Country);

/// <summary>
/// The knowledge-base questions the web API asks. Kept narrow so the host depends on answers,
/// not on how the knowledge base stores them.
/// </summary>
public interface IKnowledgeLookup
{
    /// <summary>Holders of a country's (ISO3) or an organization's offices on a date.</summary>
    IReadOnlyList<HolderJson> Holders(string? country, string? organization, Time.PartialDate on);
    /// <summary>Offices held by the entity an actor code, country or entity id names; empty if unknown.</summary>
    IReadOnlyList<TenureJson> Offices(string actor);
}

/// <summary>What the web host reads from and writes to. The host never opens files itself.</summary>
public sealed class ParleyServices
{
    public ParleyServices(IStoreReader reader, IArticleStore store, Func<Pipeline>? pipeline = null, IKnowledgeLookup? knowledge = null)
    {
        Reader = reader;
        Store = store;
        Knowledge = knowledge;
        _pipeline = pipeline is null ? null : new Lazy<Pipeline>(pipeline, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    private readonly Lazy<Pipeline>? _pipeline;

    public IStoreReader Reader { get; }
    public IArticleStore Store { get; }
    public IKnowledgeLookup? Knowledge { get; }

    /// <summary>The pipeline, loaded on first use (analysis is the only thing that needs it).</summary>
    public Pipeline? Pipeline => _pipeline?.Value;
    public bool CanAnalyze => _pipeline is not null;
}
