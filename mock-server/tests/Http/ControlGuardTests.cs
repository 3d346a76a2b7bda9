using BuenaMock.Http;

namespace BuenaMock.Tests.Http;

public class ControlGuardTests
{
    [Theory]
    [InlineData("s3cret-token", "s3cret-token", true)]
    [InlineData("s3cret-token", "s3cret-tokeN", false)]
    [InlineData("s3cret-token", "s3cret-token-longer", false)]
    [InlineData("s3cret-token", "", false)]
    [InlineData("jeton-été-2026", "jeton-été-2026", true)]
    public void TokensEqual_ComparesWholeTokens(string expected, string given, bool equal)
    {
        ControlGuard.TokensEqual(given, expected).Should().Be(equal);
    }

    [Theory]
    [InlineData(null, null, true)]
    [InlineData("Bearer anything", null, true)]
    [InlineData("Bearer s3cret-token", "s3cret-token", true)]
    [InlineData("bearer  s3cret-token ", "s3cret-token", true)]
    [InlineData("Basic s3cret-token", "s3cret-token", false)]
    [InlineData("s3cret-token", "s3cret-token", false)]
    [InlineData(null, "s3cret-token", false)]
    public void Authorized_NeedsTheBearerTokenOnlyWhenOneIsSet(string? header, string? token, bool authorized)
    {
        ControlGuard.Authorized(header, token).Should().Be(authorized);
    }
}
