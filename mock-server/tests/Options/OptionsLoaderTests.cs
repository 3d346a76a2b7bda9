using BuenaMock.Options;
using BuenaMock.Tests.Support;

namespace BuenaMock.Tests.Options;

public class OptionsLoaderTests
{
    private static readonly Dictionary<string, string?> NoEnvironment = [];

    [Fact]
    public void Load_NothingGiven_Defaults()
    {
        var result = OptionsLoader.Load([], NoEnvironment);

        result.Problems.Should().BeEmpty();
        result.HelpText.Should().BeNull();
        result.Options.Should().BeEquivalentTo(new BuenaMockOptions
        {
            Host = "127.0.0.1", Port = 5080, Seed = 42, Clock = null, Users = 3, JobsPerUser = 60,
        });
        result.Options!.Keys.Select(k => k.Key).Should().Equal(DefaultKeys.Full, DefaultKeys.Limited, DefaultKeys.Other, DefaultKeys.Global);
    }

    [Fact]
    public void Load_EveryOptionOnTheCommandLine_Applied()
    {
        var result = OptionsLoader.Load(
            ["--host", "localhost", "--port", "0", "--seed", "-7", "--clock", "2026-01-15T13:00:00+01:00", "--users", "5", "--jobs-per-user", "12"],
            NoEnvironment);

        result.Problems.Should().BeEmpty();
        var options = result.Options!;
        options.Host.Should().Be("localhost");
        options.Port.Should().Be(0);
        options.Seed.Should().Be(-7);
        options.Clock.Should().Be(TestClock.Now);
        options.Users.Should().Be(5);
        options.JobsPerUser.Should().Be(12);
    }

    [Fact]
    public void Load_SameOptionFromEverySource_CommandLineThenEnvironmentThenFileThenDefaults()
    {
        using var config = new TempConfigFile("""
            { "port": 1001, "seed": 1, "users": 2, "clock": "2026-01-01T00:00:00Z" }
            """);
        var environment = new Dictionary<string, string?>
        {
            ["BUENAMOCK_PORT"] = "2002",
            ["BUENAMOCK_SEED"] = "2",
        };

        var result = OptionsLoader.Load(["--config", config.Path, "--port", "3003"], environment);

        result.Problems.Should().BeEmpty();
        var options = result.Options!;
        options.Port.Should().Be(3003, "the command line beats the environment and the file");
        options.Seed.Should().Be(2, "the environment beats the file");
        options.Users.Should().Be(2, "the file beats the defaults");
        options.Clock.Should().Be(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        options.JobsPerUser.Should().Be(60, "nothing set it");
        options.Host.Should().Be("127.0.0.1", "nothing set it");
    }

    [Fact]
    public void Load_EnvironmentVariables_EveryOptionHasOne()
    {
        var environment = new Dictionary<string, string?>
        {
            ["BUENAMOCK_HOST"] = "localhost",
            ["BUENAMOCK_PORT"] = "0",
            ["BUENAMOCK_SEED"] = "9",
            ["BUENAMOCK_CLOCK"] = TestClock.NowText,
            ["BUENAMOCK_USERS"] = "4",
            ["BUENAMOCK_JOBS_PER_USER"] = "8",
        };

        var options = OptionsLoader.Load([], environment).Options!;

        options.Should().BeEquivalentTo(
            new { Host = "localhost", Port = 0, Seed = 9, Clock = (DateTimeOffset?)TestClock.Now, Users = 4, JobsPerUser = 8 });
    }

    [Fact]
    public void Load_ConfigFileFromEnvironment_UsedWhenNoConfigOption()
    {
        using var fromEnvironment = new TempConfigFile("""{ "seed": 11 }""");
        using var fromCommandLine = new TempConfigFile("""{ "seed": 22 }""");
        var environment = new Dictionary<string, string?> { ["BUENAMOCK_CONFIG"] = fromEnvironment.Path };

        OptionsLoader.Load([], environment).Options!.Seed.Should().Be(11);
        OptionsLoader.Load(["--config", fromCommandLine.Path], environment).Options!.Seed.Should().Be(22);
    }

    [Fact]
    public void Load_BadPortBadClockUnknownOption_ListsExactlyTheseProblems()
    {
        var result = OptionsLoader.Load(["--port", "abc", "--clock", "notadate", "--bogus"], NoEnvironment);

        result.Options.Should().BeNull();
        result.HelpText.Should().BeNull();
        result.Problems.Should().Equal(
            "Unrecognized command or argument '--bogus'.",
            "--port abc: not a port number",
            "--clock notadate: not an ISO-8601 instant (e.g. 2026-01-15T12:00:00Z)");
    }

    [Fact]
    public void Load_BadEnvironmentValues_ProblemsNameTheVariable()
    {
        var environment = new Dictionary<string, string?>
        {
            ["BUENAMOCK_PORT"] = "eighty",
            ["BUENAMOCK_USERS"] = "many",
        };

        var result = OptionsLoader.Load([], environment);

        result.Problems.Should().Equal(
            "BUENAMOCK_PORT=eighty: not a port number",
            "BUENAMOCK_USERS=many: not a whole number");
    }

    [Theory]
    [InlineData("2026-01-15")]
    [InlineData("2026-01-15T12:00")]
    [InlineData("2026-01-15T12:00:00.1234567Z")]
    [InlineData("2026-01-15T14:00:00+02:00")]
    public void Load_IsoInstant_Accepted(string clock)
    {
        OptionsLoader.Load(["--clock", clock], NoEnvironment).Problems.Should().BeEmpty();
    }

    [Theory]
    [InlineData("15/01/2026")]
    [InlineData("Jan 15 2026")]
    [InlineData("2026-13-45T00:00:00Z")]
    [InlineData("now")]
    public void Load_NotAnIsoInstant_Problem(string clock)
    {
        OptionsLoader.Load(["--clock", clock], NoEnvironment).Problems
            .Should().Equal($"--clock {clock}: not an ISO-8601 instant (e.g. 2026-01-15T12:00:00Z)");
    }

    [Fact]
    public void Load_ParsedValuesOutOfRange_ValidatorProblemsListed()
    {
        var result = OptionsLoader.Load(["--port", "70000", "--users", "0", "--jobs-per-user", "-1"], NoEnvironment);

        result.Problems.Should().Equal(
            "--port 70000: not a port number (0 to 65535)",
            "--users 0: must be between 1 and 1000",
            "--jobs-per-user -1: must be between 0 and 1000000");
    }

    [Fact]
    public void Load_UnparseableAndOutOfRangeValuesTogether_ListsEveryProblem()
    {
        // "one message that lists every problem": a user who fixes the port should not then meet the users problem.
        var result = OptionsLoader.Load(["--port", "abc", "--users", "0"], NoEnvironment);

        result.Problems.Should().Equal(
            "--port abc: not a port number",
            "--users 0: must be between 1 and 1000");
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("-?")]
    public void Load_Help_ReturnsHelpTextNamingEveryOption(string flag)
    {
        var result = OptionsLoader.Load([flag], NoEnvironment);

        result.Options.Should().BeNull();
        result.Problems.Should().BeEmpty();
        result.HelpText.Should().ContainAll(
            "--host", "--port", "--seed", "--clock", "--users", "--jobs-per-user", "--config",
            "BUENAMOCK_HOST", "BUENAMOCK_PORT", "BUENAMOCK_SEED", "BUENAMOCK_CLOCK", "BUENAMOCK_USERS",
            "BUENAMOCK_JOBS_PER_USER", "BUENAMOCK_CONFIG");
    }

    [Fact]
    public void Load_HelpWithBadOptions_StillHelp()
    {
        var result = OptionsLoader.Load(["--port", "abc", "--help"], NoEnvironment);

        result.HelpText.Should().Contain("--port");
        result.Options.Should().BeNull();
    }

    [Fact]
    public void Load_Version_DoesNotStartAServer()
    {
        // Regression: `--version` alone started a server on 5080 (System.CommandLine's version option is in the help,
        // but Load only short-circuits --help, and the parse reports no error for it).
        var help = OptionsLoader.Load(["--help"], NoEnvironment).HelpText!;

        var result = OptionsLoader.Load(["--version"], NoEnvironment);

        result.Options.Should().BeNull("--version is a request for information, not a server start");
        if (help.Contains("--version", StringComparison.Ordinal))
        {
            result.HelpText.Should().NotBeNullOrWhiteSpace("the help advertises --version, so it must print the version");
        }
        else
        {
            result.Problems.Should().NotBeEmpty("an option the help does not list is a problem");
        }
    }
}
