using System.Text;
using BuenaMock.Errors;
using BuenaMock.Jobs;
using BuenaMock.Json;
using BuenaMock.RateLimiting;

namespace BuenaMock.Tests.Json;

public class ColdJsonTests
{
    private static readonly ColdJsonMessages Messages = new("not the object", field => "wrong kind at " + field, field => "unknown " + field);

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("""{"rateLimits": "off"} trailing""")]
    [InlineData("""{"\ud800": 1}""")]
    public void Read_NotAJsonObject_TheBodyNamed(string body)
    {
        var (value, errors) = ReadRateLimits(body, Messages);

        value.Should().BeNull();
        errors.Should().Equal(new FieldError("body", "not the object"));
    }

    [Theory]
    [InlineData("""{"rateLimits": 5}""")]
    [InlineData("""{"rateLimits": {"a": 1}}""")]
    [InlineData("""{"rateLimits": "\ud800"}""")]
    public void Read_ValueOfTheWrongKind_TheFieldNamedWithItsMessage(string body)
    {
        var (value, errors) = ReadRateLimits(body, Messages);

        value.Should().BeNull();
        errors.Should().Equal(new FieldError("rateLimits", "wrong kind at rateLimits"));
    }

    [Fact]
    public void Read_TooDeepAtAKnownField_TheBodyNamedNotTheField()
    {
        var (value, errors) = ReadRateLimits("""{"rateLimits": [[[[[]]]]]}""", Messages);

        value.Should().BeNull();
        errors.Should().Equal(new FieldError("body", "not the object"));
    }

    [Fact]
    public void Read_UnknownFields_TheValueAndEachOnceNestedFirst()
    {
        var body = """{"zz": 1, "userId": "u", "metadata": {"delay": 5, "q": 1, "q": 2}, "zz": 3, "yy": null}""";

        var (value, errors) = ColdJson.Read(Encoding.UTF8.GetBytes(body), NewJobJsonContext.Default.NewJobInput, Messages);

        value!.UserId.Should().Be("u");
        value.Metadata!.Delay.Should().Be(5);
        errors.Should().Equal(new FieldError("metadata.q", "unknown metadata.q"), new FieldError("zz", "unknown zz"), new FieldError("yy", "unknown yy"));
    }

    [Fact]
    public void Read_KnownFieldGivenTwice_OnlyTheValueReadLookedInto()
    {
        var body = """{"metadata": {"q": 1}, "metadata": {"delay": 5}}""";

        var (value, errors) = ColdJson.Read(Encoding.UTF8.GetBytes(body), NewJobJsonContext.Default.NewJobInput, Messages);

        value!.Metadata!.Delay.Should().Be(5);
        errors.Should().BeEmpty();
    }

    [Fact]
    public void Read_NoUnknownFieldMessage_UnknownFieldsSkipped()
    {
        var (value, errors) = ReadRateLimits("""{"rateLimits": "off", "other": [1]}""", Messages with { UnknownField = null });

        value!.RateLimits.Should().Be("off");
        errors.Should().BeEmpty();
    }

    private static (RateLimitsInput? Value, IReadOnlyList<FieldError> Errors) ReadRateLimits(string body, ColdJsonMessages messages) =>
        ColdJson.Read(Encoding.UTF8.GetBytes(body), RateLimitJsonContext.Default.RateLimitsInput, messages);
}
