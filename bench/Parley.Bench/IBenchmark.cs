namespace Parley.Bench;

/// <summary>One named benchmark; prints its measurements and the baseline measured in the same run.</summary>
public interface IBenchmark
{
    string Name { get; }
    int Run(string[] args);
}
