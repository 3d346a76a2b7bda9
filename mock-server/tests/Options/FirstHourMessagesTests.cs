using BuenaMock.Options;
using BuenaMock.Tests.Support;

namespace BuenaMock.Tests.Options;

/// <summary>The messages a new user meets first: a problem names the environment variable it came from, help lists the keys and the control API, a bad state file is described in words.</summary>
public class FirstHourMessagesTests
{
    [Fact]
    public void Load_PortOutOfRangeFromTheEnvironment_NamesTheVariable()
    {
        // Regression: BUENAMOCK_PORT=99999 was reported as "--port 99999", an option the user never typed.
        var result = OptionsLoader.Load([], new Dictionary<string, string?> { ["BUENAMOCK_PORT"] = "99999" });

        result.Problems.Should().Equal("BUENAMOCK_PORT=99999: not a port number (0 to 65535)");
    }

    [Fact]
    public void Load_CommandLineOverridesTheEnvironment_NamesTheOption()
    {
        var result = OptionsLoader.Load(["--port", "70000"], new Dictionary<string, string?> { ["BUENAMOCK_PORT"] = "99999" });

        result.Problems.Should().Equal("--port 70000: not a port number (0 to 65535)");
    }

    [Fact]
    public void Load_Help_TheKeysAndWhereTheControlApiIsDescribed()
    {
        var help = OptionsLoader.Load(["--help"], new Dictionary<string, string?>()).HelpText!;

        help.Should().ContainAll(DefaultKeys.Full, DefaultKeys.Limited, DefaultKeys.Other, DefaultKeys.Global);
        help.Should().Contain("/__buena/docs").And.Contain("schemas/openapi.yaml");
    }

    [Theory]
    [InlineData("no-control")]
    [InlineData("https")]
    [InlineData("watch-mappings")]
    [InlineData("wiremock-admin")]
    public void Load_Help_FlagsShownWithoutAValue(string flag)
    {
        var help = OptionsLoader.Load(["--help"], new Dictionary<string, string?>()).HelpText!;

        help.Should().Contain($"  --{flag}  ").And.NotContain($"<{flag}>");
        help.Should().Contain("--port <port>", "options that take a value still say so");
    }

    [Fact]
    public void Start_StateFileOfTheWrongShape_SaysWhereInWords()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "state.json");
        File.WriteAllText(path, """{"jobs": 5}""");

        var start = () => MockHttp.Start(configure: o => o.StatePath = path);

        var problem = start.Should().Throw<OptionsException>().Which.Problems.Should().ContainSingle().Subject;
        problem.Should().Be($"--state {path}: not a readable state file (the value at $.jobs (line 1, column 11) is not of the kind a state file holds there)");
        problem.Should().NotContain("System.");
    }

    [Fact]
    public void Start_StateFileThatIsNotJson_SaysWhere()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "state.json");
        File.WriteAllText(path, "{\"jobs\": [tru");

        var start = () => MockHttp.Start(configure: o => o.StatePath = path);

        start.Should().Throw<OptionsException>().Which.Problems.Should().Equal(
            $"--state {path}: not a readable state file (not valid JSON at line 1, column 14)");
    }
}
