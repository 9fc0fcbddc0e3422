using System.Text;
using Parley.Text;

namespace Parley.Tests.Text;

public class TextDecoderTests
{
    private const string Sample = "Iran's foreign minister said talks would resume in Muscat.";

    [Fact]
    public void ReadsPlainUtf8() => Assert.Equal(Sample, TextDecoder.Decode(Encoding.UTF8.GetBytes(Sample), "a.txt").Text);

    [Fact]
    public void StripsUtf8ByteOrderMark()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("Déclaration")).ToArray();
        Assert.Equal("Déclaration", TextDecoder.Decode(bytes, "a.txt").Text);
    }

    [Theory]
    [InlineData(false, true)]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public void ReadsUtf16WithAndWithoutByteOrderMark(bool bigEndian, bool withBom)
    {
        var encoding = new UnicodeEncoding(bigEndian, withBom);
        var bytes = (withBom ? encoding.GetPreamble() : []).Concat(encoding.GetBytes(Sample)).ToArray();
        var decoded = TextDecoder.Decode(bytes, "a.txt");
        Assert.Equal(Sample, decoded.Text);
        Assert.StartsWith("utf-16", decoded.Encoding);
    }

    [Fact]
    public void FallsBackToLatin1WithAWarning()
    {
        var bytes = Encoding.Latin1.GetBytes("Caf\u00e9 talks in Gen\u00e8ve");
        var decoded = TextDecoder.Decode(bytes, "a.txt");
        Assert.Equal("Caf\u00e9 talks in Gen\u00e8ve", decoded.Text);
        Assert.NotNull(decoded.Warning);
    }

    [Fact]
    public void RefusesBinaryWithNulBytes()
    {
        var error = Assert.Throws<ParleyInputException>(() => TextDecoder.Decode([0x7F, 0x45, 0x4C, 0x46, 0, 0, 0, 1, 2, 3, 0, 0], "x.bin"));
        Assert.Contains("binary", error.Message);
        Assert.Contains("x.bin", error.Message);
    }

    [Fact]
    public void RefusesMostlyControlCharacters()
    {
        var bytes = Enumerable.Range(0, 200).Select(i => (byte)(i % 2 == 0 ? 0x01 : 0x41)).ToArray();
        Assert.Throws<ParleyInputException>(() => TextDecoder.Decode(bytes, "x.bin"));
    }

    [Fact]
    public void RefusesEmptyInput() => Assert.Throws<ParleyInputException>(() => TextDecoder.Decode([], "empty.txt"));
}
