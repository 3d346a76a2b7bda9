using BuenaMock.Options;
using BuenaMock.Tests.Support;

namespace BuenaMock.Tests.Cors;

/// <summary><c>--cors</c> and <c>--cors-origins</c> from every source, and the problems they report.</summary>
public class CorsOptionsTests
{
    private static readonly Dictionary<string, string?> NoEnvironment = [];

    [Fact]
    public void Load_NothingGiven_CorsOnForAnyOrigin()
    {
        var options = OptionsLoader.Load([], NoEnvironment).Options!;

        options.Cors.Should().BeTrue();
        options.CorsOrigins.Should().BeEmpty();
    }

    [Theory]
    [InlineData("off", false)]
    [InlineData("false", false)]
    [InlineData("on", true)]
    public void Load_CorsOnTheCommandLine_Applied(string value, bool expected)
    {
        var result = OptionsLoader.Load(["--cors", value], NoEnvironment);

        result.Problems.Should().BeEmpty();
        result.Options!.Cors.Should().Be(expected);
    }

    [Fact]
    public void Load_CorsFromTheEnvironmentAndOriginsFromTheFile_Applied()
    {
        using var config = new TempConfigFile("""{ "corsOrigins": "http://localhost:3000, https://app.example/" }""");

        var result = OptionsLoader.Load(["--config", config.Path], new Dictionary<string, string?> { ["BUENAMOCK_CORS"] = "off" });

        result.Problems.Should().BeEmpty();
        result.Options!.Cors.Should().BeFalse();
        result.Options.CorsOrigins.Should().Equal("http://localhost:3000", "https://app.example");
    }

    [Fact]
    public void Load_CorsOriginsRepeated_EachOriginNormalized()
    {
        var result = OptionsLoader.Load(["--cors-origins", "http://localhost:3000/", "--cors-origins", "HTTPS://App.Example:443"], NoEnvironment);

        result.Problems.Should().BeEmpty();
        result.Options!.CorsOrigins.Should().Equal("http://localhost:3000", "https://app.example");
    }

    [Fact]
    public void Load_BadCorsValues_EveryProblemNamed()
    {
        var result = OptionsLoader.Load(["--cors", "maybe", "--cors-origins", "localhost:3000/app"], NoEnvironment);

        result.Options.Should().BeNull();
        result.Problems.Should().Equal(
            "--cors maybe: not true or false",
            "--cors-origins localhost:3000/app: \"localhost:3000/app\" is not an origin (scheme, host and optional port, e.g. http://localhost:3000)");
    }
}
