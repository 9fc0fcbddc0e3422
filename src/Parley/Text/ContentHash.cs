using System.Security.Cryptography;
using System.Text;

namespace Parley.Text;

/// <summary>The identity of an article's content: the first 16 bytes of SHA-256 over its UTF-8 text, in hex.</summary>
public static class ContentHash
{
    public static string Of(string text)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), hash);
        return Convert.ToHexStringLower(hash[..16]);
    }
}
