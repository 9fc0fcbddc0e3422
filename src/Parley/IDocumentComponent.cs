using Parley.Text;

namespace Parley;

/// <summary>
/// One stage of the pipeline. A component reads the layers written before it and writes its own
/// (declared in <see cref="Assigns"/>); components never call each other.
/// </summary>
public interface IDocumentComponent
{
    /// <summary>Short name used in logs and benchmarks.</summary>
    string Name { get; }

    /// <summary>The layer(s) this component writes, e.g. "tokens", "sentences", "mentions".</summary>
    IReadOnlyList<string> Assigns { get; }

    void Process(Document document);
}
