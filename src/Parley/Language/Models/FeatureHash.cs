namespace Parley.Language.Models;

/// <summary>
/// Deterministic 64-bit hashing of feature templates and their values (string.GetHashCode is
/// randomized per process, so models cannot use it). A feature is one ulong; 0 is never produced.
/// </summary>
public static class FeatureHash
{
    private const ulong Prime = 0x100000001B3UL;
    private const ulong Offset = 0xCBF29CE484222325UL;

    public static ulong Of(ReadOnlySpan<char> text)
    {
        var h = Offset;
        foreach (var c in text) { h ^= c; h *= Prime; }
        return Finish(h);
    }

    public static ulong Of(string text) => Of(text.AsSpan());

    public static ulong Feature(int template, ulong a) => NonZero(Mix(Mix((ulong)template * 0x9E3779B97F4A7C15UL) ^ a));

    public static ulong Feature(int template, ulong a, ulong b) => NonZero(Mix(Mix(Mix((ulong)template * 0x9E3779B97F4A7C15UL) ^ a) ^ b));

    public static ulong Feature(int template, ulong a, ulong b, ulong c) =>
        NonZero(Mix(Mix(Mix(Mix((ulong)template * 0x9E3779B97F4A7C15UL) ^ a) ^ b) ^ c));

    public static ulong Mix(ulong x)
    {
        x ^= x >> 31; x *= 0x7FB5D329728EA185UL;
        x ^= x >> 27; x *= 0x81DADEF4BC2DD44DUL;
        x ^= x >> 33;
        return x;
    }

    private static ulong Finish(ulong h) => Mix(h);
    private static ulong NonZero(ulong h) => h == 0 ? 1 : h;
}
