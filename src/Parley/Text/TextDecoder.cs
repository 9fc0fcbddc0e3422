using System.Text;

namespace Parley.Text;

/// <summary>
/// Turns bytes into text: a byte-order mark wins; else strict UTF-8; else UTF-16 recognised by its
/// pattern of zero bytes; else Latin-1 with a warning. Binary content is refused, never decoded.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public sealed record Decoded(string Text, string Encoding, string? Warning);

    public static Decoded Decode(ReadOnlySpan<byte> bytes, string sourceName)
    {
        if (bytes.Length == 0) throw new ParleyInputException(sourceName, "the file is empty");

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return Utf8(bytes[3..], sourceName, "utf-8 (BOM)");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
            return Checked(new UTF32Encoding(false, true, true), bytes[4..], sourceName, "utf-32le (BOM)");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return Checked(new UnicodeEncoding(false, false, true), bytes[2..], sourceName, "utf-16le (BOM)");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return Checked(new UnicodeEncoding(true, false, true), bytes[2..], sourceName, "utf-16be (BOM)");

        if (LooksLikeUtf16(bytes, out var bigEndian))
            return Checked(new UnicodeEncoding(bigEndian, false, true), bytes, sourceName, bigEndian ? "utf-16be" : "utf-16le");

        if (bytes.IndexOf((byte)0) >= 0)
            throw new ParleyInputException(sourceName, "binary content (NUL bytes), not text");

        try
        {
            return Utf8(bytes, sourceName, "utf-8");
        }
        catch (ParleyInputException) { throw; }
        catch (DecoderFallbackException)
        {
            var latin1 = Encoding.Latin1.GetString(bytes);
            RefuseIfBinary(latin1, sourceName);
            return new Decoded(latin1, "latin-1", "not valid UTF-8; read as Latin-1");
        }
    }

    private static Decoded Utf8(ReadOnlySpan<byte> bytes, string sourceName, string name) =>
        Checked(StrictUtf8, bytes, sourceName, name);

    private static Decoded Checked(Encoding encoding, ReadOnlySpan<byte> bytes, string sourceName, string name)
    {
        string text;
        try { text = encoding.GetString(bytes); }
        catch (DecoderFallbackException) when (encoding is not UTF8Encoding)
        {
            throw new ParleyInputException(sourceName, $"invalid {name} text");
        }
        if (text.Length == 0 || string.IsNullOrWhiteSpace(text)) throw new ParleyInputException(sourceName, "the file has no text");
        RefuseIfBinary(text, sourceName);
        return new Decoded(text, name, null);
    }

    /// <summary>UTF-16 without a BOM shows as zero bytes in every other position for Latin-script text.</summary>
    private static bool LooksLikeUtf16(ReadOnlySpan<byte> bytes, out bool bigEndian)
    {
        bigEndian = false;
        var sample = bytes[..(Math.Min(bytes.Length, 4096) & ~1)];
        if (sample.Length < 4) return false;
        int zerosEven = 0, zerosOdd = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            if (sample[i] == 0) zerosEven++;
            if (sample[i + 1] == 0) zerosOdd++;
        }
        var pairs = sample.Length / 2;
        if (zerosOdd > pairs * 0.4 && zerosEven < pairs * 0.05) return true;
        if (zerosEven > pairs * 0.4 && zerosOdd < pairs * 0.05) { bigEndian = true; return true; }
        return false;
    }

    /// <summary>Text that is mostly control characters is binary that happened to decode.</summary>
    private static void RefuseIfBinary(string text, string sourceName)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, 8192));
        var control = 0;
        foreach (var c in sample)
        {
            if (c == '\0') throw new ParleyInputException(sourceName, "binary content (NUL characters), not text");
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f')) control++;
        }
        if (control > sample.Length / 10) throw new ParleyInputException(sourceName, "binary content (mostly control characters), not text");
    }
}
