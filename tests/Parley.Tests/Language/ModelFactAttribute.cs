using Parley.Language;
using Parley.Tests.Support;

namespace Parley.Tests.Language;

/// <summary>A fact that needs the trained language model in models/; skipped with a message where it is absent.</summary>
public sealed class ModelFactAttribute : FactAttribute
{
    public ModelFactAttribute()
    {
        if (!File.Exists(LanguageModels.PathIn(RepoPaths.Resources)))
            Skip = $"models/{LanguageModels.FileName} is absent; train it with `parley nlp train` (docs/language.md).";
    }
}

/// <summary>A fact that needs both the trained model and ../shared (the treebanks).</summary>
public sealed class ModelAndSharedFactAttribute : FactAttribute
{
    public ModelAndSharedFactAttribute()
    {
        if (RepoPaths.Shared is null) Skip = "../shared is absent beside the repository; this test reads its treebanks.";
        else if (!File.Exists(LanguageModels.PathIn(RepoPaths.Resources)))
            Skip = $"models/{LanguageModels.FileName} is absent; train it with `parley nlp train` (docs/language.md).";
    }
}
