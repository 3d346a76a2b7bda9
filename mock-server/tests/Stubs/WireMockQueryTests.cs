using BuenaMock.Stubs;

namespace BuenaMock.Tests.Stubs;

public sealed class WireMockQueryTests
{
    [Theory]
    [InlineData("?status=failed")]
    [InlineData("?status=failed&limit=2")]
    [InlineData("?a=1&a=2&b")]
    [InlineData("?a=&b=")]
    public void Clean_QueryWireMockParses_Untouched(string query) =>
        WireMockQuery.Clean(query).Should().BeNull();

    [Theory]
    [InlineData("?=", "")]
    [InlineData("?===", "")]
    [InlineData("?a=1&=", "a=1")]
    [InlineData("?a=1&==&b=2", "a=1&b=2")]
    [InlineData("?status=a&STATUS=b", "status=a")]
    [InlineData("?status=a&Status=b&status=c&x=1", "status=a&status=c&x=1")]
    public void Clean_QueryWireMockThrowsOn_OffendingPartsDropped(string query, string cleaned) =>
        WireMockQuery.Clean(query).Should().Be(cleaned);
}
