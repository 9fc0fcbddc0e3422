using Parley.Text;

namespace Parley.Ingest;

/// <summary>
/// One article waiting to be read. Reading (decoding, HTML extraction, JSON parsing) is deferred
/// to the parallel workers; it throws <see cref="ParleyInputException"/> for bad input.
/// </summary>
public sealed record IngestItem(string Origin, long Bytes, Func<RawArticle> Read);
