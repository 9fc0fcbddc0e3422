namespace Parley.Tests.Support;

/// <summary>A fact that needs ../shared: skipped with a message where it is absent (a user's fresh clone).</summary>
public sealed class SharedFactAttribute : FactAttribute
{
    public SharedFactAttribute()
    {
        if (RepoPaths.Shared is null) Skip = "../shared is absent beside the repository; this test reads its data.";
    }
}

/// <summary>A theory that needs ../shared; see <see cref="SharedFactAttribute"/>.</summary>
public sealed class SharedTheoryAttribute : TheoryAttribute
{
    public SharedTheoryAttribute()
    {
        if (RepoPaths.Shared is null) Skip = "../shared is absent beside the repository; this test reads its data.";
    }
}
