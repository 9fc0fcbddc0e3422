using Parley.Text;

namespace Parley.Tests.Text;

public sealed class LatinFoldingTests
{
    [Theory]
    [InlineData("François", "Francois")]
    [InlineData("Erdoğan", "Erdogan")]
    [InlineData("Nguyễn Xuân Phúc", "Nguyen Xuan Phuc")]
    [InlineData("Łukasz Ştefan Țurcan", "Lukasz Stefan Turcan")]
    [InlineData("Straße Æsir", "Strasse AEsir")]
    [InlineData("Lǚ", "Lu")]
    [InlineData("plain ASCII", "plain ASCII")]
    public void FoldsAccentedLatinLettersToTheirBase(string written, string folded) =>
        Assert.Equal(folded, LatinFolding.Fold(written));

    [Fact]
    public void DropsCombiningAccentsAndKeepsOtherScripts()
    {
        Assert.Equal("Jose", LatinFolding.Fold("Jose\u0301"));
        Assert.Equal("Тегеран 3×4", LatinFolding.Fold("Тегеран 3×4"));
    }
}
