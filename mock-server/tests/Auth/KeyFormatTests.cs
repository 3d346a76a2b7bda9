using BuenaMock.Auth;

namespace BuenaMock.Tests.Auth;

public class KeyFormatTests
{
    [Theory]
    [InlineData("bna_1111111111111111111111111111111111111111111111111111111111111111")]
    [InlineData("bna_0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")]
    public void IsUserKey_BnaAnd64LowercaseHex_True(string key)
    {
        KeyFormat.IsUserKey(key).Should().BeTrue();
    }

    [Theory]
    [InlineData("bna_111111111111111111111111111111111111111111111111111111111111111")]
    [InlineData("bna_11111111111111111111111111111111111111111111111111111111111111111")]
    [InlineData("bna_0123456789ABCDEF0123456789abcdef0123456789abcdef0123456789abcdef")]
    [InlineData("bna_0123456789abcdeg0123456789abcdef0123456789abcdef0123456789abcdef")]
    [InlineData("BNA_1111111111111111111111111111111111111111111111111111111111111111")]
    [InlineData("1111111111111111111111111111111111111111111111111111111111111111")]
    [InlineData("abc12345-xyz789def456ghi123jkl")]
    [InlineData("")]
    public void IsUserKey_AnythingElse_False(string key)
    {
        KeyFormat.IsUserKey(key).Should().BeFalse();
    }

    [Fact]
    public void IsGlobalKey_TheDocumentedExample_True()
    {
        KeyFormat.IsGlobalKey("abc12345-xyz789def456ghi123jkl").Should().BeTrue();
    }

    [Theory]
    [InlineData("abc12345xyz789def456ghi123jkl")]
    [InlineData("abc12345-xyz789def456ghi123jk")]
    [InlineData("ABC12345-xyz789def456ghi123jkl")]
    [InlineData("bna_1111111111111111111111111111111111111111111111111111111111111111")]
    public void IsGlobalKey_AnythingElse_False(string key)
    {
        KeyFormat.IsGlobalKey(key).Should().BeFalse();
    }
}
