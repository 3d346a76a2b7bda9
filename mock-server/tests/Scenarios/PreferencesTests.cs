using BuenaMock.Scenarios;


namespace BuenaMock.Tests.Scenarios;

public class PreferencesTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Parse_NoHeader_None(string? header)
    {
        var (preferences, errors) = Preferences.Parse(header);

        preferences.Should().Be(Preferences.None);
        errors.Should().BeEmpty();
    }

    [Theory]
    [InlineData(401)]
    [InlineData(403)]
    [InlineData(404)]
    [InlineData(429)]
    [InlineData(500)]
    [InlineData(503)]
    public void Parse_EachCode_ThatCode(int code)
    {
        var (preferences, errors) = Preferences.Parse($"code={code}");

        preferences.Code.Should().Be(code);
        errors.Should().BeEmpty();
    }

    [Fact]
    public void Parse_Combination_EveryPart()
    {
        var (preferences, errors) = Preferences.Parse("code=429, delay=200");

        preferences.Should().Be(new Preferences(Code: 429, DelayMs: 200));
        errors.Should().BeEmpty();
    }

    [Fact]
    public void Parse_ExampleAndDynamic_Flags()
    {
        Preferences.Parse("example=documented").Preferences.DocumentedExample.Should().BeTrue();
        Preferences.Parse("dynamic=false").Preferences.Static.Should().BeTrue();
        Preferences.Parse("dynamic=true").Preferences.Static.Should().BeFalse();
    }

    [Fact]
    public void Parse_QuotedValuesAndSemicolons_Accepted()
    {
        var (preferences, errors) = Preferences.Parse("code=\"503\"; delay=0");

        preferences.Should().Be(new Preferences(Code: 503, DelayMs: 0));
        errors.Should().BeEmpty();
    }

    [Theory]
    [InlineData("code=402", "code=402")]
    [InlineData("code=abc", "code=abc")]
    [InlineData("code", "code=")]
    [InlineData("delay=-5", "delay=-5")]
    [InlineData("delay=60001", "delay=60001")]
    [InlineData("delay=1.5", "delay=1.5")]
    [InlineData("example=generated", "example=generated")]
    [InlineData("dynamic=maybe", "dynamic=maybe")]
    [InlineData("colour=blue", "colour=blue")]
    public void Parse_UnknownOrMalformed_AnErrorNamingIt(string header, string named)
    {
        var (_, errors) = Preferences.Parse(header);

        errors.Should().ContainSingle().Which.Should().Match<BuenaMock.Errors.FieldError>(e => e.Field == "Prefer" && e.Message.Contains(named));
    }

    [Fact]
    public void Parse_TwoBadParts_BothNamed()
    {
        var (_, errors) = Preferences.Parse("code=999, foo=bar, delay=10");

        errors.Select(e => e.Message).Should().HaveCount(2).And.Contain(m => m.Contains("code=999")).And.Contain(m => m.Contains("foo=bar"));
    }

    [Fact]
    public void Parse_VeryLongUnknownToken_ShortenedInTheMessage()
    {
        var (_, errors) = Preferences.Parse(new string('x', 500));

        errors.Should().ContainSingle().Which.Message.Length.Should().BeLessThan(150);
    }
}
