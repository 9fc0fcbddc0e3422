using Parley.Storage;

namespace Parley.Web;

/// <summary>
/// An office holder on a date, in the shape `parley kb holders` prints, plus whether the date
/// falls certainly inside the tenure ("held") or may straddle a hand-over ("straddles").
/// </summary>
public sealed record HolderJson(string Name, string Office, string Role, string Start, string? End, string EntityId, string Status);

/// <summary>A tenure of an office: who held it and when.</summary>
public sealed record TenureJson(string Office, IReadOnlyList<string> Roles, string Holder, string HolderEntityId, string Start, string? End, bool Acting);

/// <summary>
/// The knowledge-base questions the web API asks. Kept narrow so the host depends on answers,
/// not on how the knowledge base stores them.
/// </summary>
public interface IKnowledgeLookup
{
    /// <summary>Holders of a country's (ISO3) or an organization's offices on a date; null if the owner is unknown.</summary>
    IReadOnlyList<HolderJson>? Holders(string? country, string? organization, Time.PartialDate on);
    /// <summary>
    /// Tenures behind an actor: a person's own, or the recent holders of a country's or an
    /// organization's offices; empty when the knowledge base does not know the actor.
    /// </summary>
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
        Summaries = new Api.StoreSummaryCache(reader, store);
        _pipeline = pipeline is null ? null : new Lazy<Pipeline>(pipeline, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    private readonly Lazy<Pipeline>? _pipeline;

    public IStoreReader Reader { get; }
    public IArticleStore Store { get; }
    public IKnowledgeLookup? Knowledge { get; }
    /// <summary>Whole-store summaries, rebuilt when the store changes.</summary>
    public Api.StoreSummaryCache Summaries { get; }

    /// <summary>The pipeline, loaded on first use (analysis is the only thing that needs it).</summary>
    public Pipeline? Pipeline => _pipeline?.Value;
    public bool CanAnalyze => _pipeline is not null;
}
