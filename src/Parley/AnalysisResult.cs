using Parley.Analysis;
using Parley.Text;

namespace Parley;

/// <summary>Everything the pipeline learned about one article.</summary>
public sealed record AnalysisResult(Article Article, Document Document, IReadOnlyList<DyadSummary> Dyads);
