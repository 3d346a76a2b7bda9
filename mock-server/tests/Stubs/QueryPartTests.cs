using BuenaMock.Stubs;

namespace BuenaMock.Tests.Stubs;

public class QueryPartTests
{
    [Fact]
    public void Split_RepeatedNames_EveryPartInOrder()
    {
        QueryPart.Split("?status=failed&type=x&status=completed").Select(p => (p.Name, p.Value))
            .Should().Equal(("status", "failed"), ("type", "x"), ("status", "completed"));
    }

    [Theory]
    [InlineData("a=", "a", "", "")]
    [InlineData("a", "a", null, null)]
    [InlineData("=x", "x", "", "")]
    [InlineData("a==b", "a", "b", "b")]
    [InlineData("q=caf%C3%A9+bar%26", "q", "caf%C3%A9+bar%26", "café bar&")]
    [InlineData("a%20b=1", "a%20b", "1", "1")]
    public void Split_OnePart_NameAsSentValueDecoded(string query, string name, string? rawValue, string? value)
    {
        var part = QueryPart.Split(query).Should().ContainSingle().Subject;

        part.Should().Be(new QueryPart(query, name, rawValue));
        part.Value.Should().Be(value);
    }

    [Theory]
    [InlineData("=")]
    [InlineData("==")]
    public void Split_OnlyEqualsSigns_APartWithNoName(string query)
    {
        QueryPart.Split(query).Should().Equal(new QueryPart(query, null, null));
    }

    [Theory]
    [InlineData("")]
    [InlineData("?")]
    [InlineData("&&")]
    public void Split_NoPart_Nothing(string query)
    {
        QueryPart.Split(query).Should().BeEmpty();
    }

    [Fact]
    public void Split_EmptyParts_Skipped()
    {
        QueryPart.Split("a=1&&b=2&").Select(p => p.Text).Should().Equal("a=1", "b=2");
    }
}
