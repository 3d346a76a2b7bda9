using BuenaMock.Options;
using BuenaMock.RateLimiting;
using BuenaMock.Tests.Support;

namespace BuenaMock.Tests.Options;

/// <summary>Problems are values: the setting, its value and where it came from are data, named for the user only when reported.</summary>
public class OptionProblemTests
{
    private static readonly Dictionary<string, string?> NoEnvironment = [];

    [Theory]
    [InlineData("Given", "--jobs-per-user -1: must be between 0 and 1000000")]
    [InlineData("CommandLine", "--jobs-per-user -1: must be between 0 and 1000000")]
    [InlineData("Environment", "BUENAMOCK_JOBS_PER_USER=-1: must be between 0 and 1000000")]
    [InlineData("ConfigFile", "config jobsPerUser \"-1\": must be between 0 and 1000000")]
    public void ToString_AnOption_NamedAfterItsSource(string source, string expected)
    {
        new OptionProblem("jobsPerUser", "-1", "must be between 0 and 1000000", Enum.Parse<OptionSource>(source)).ToString().Should().Be(expected);
    }

    [Fact]
    public void ToString_ASettingWithNoOption_NamedByItsPath()
    {
        new OptionProblem("keys[2].userIndex", "-1", "must not be negative").ToString().Should().Be("keys[2].userIndex \"-1\": must not be negative");
        new OptionProblem("keys[1]", null, "a user key needs \"user\" or \"userIndex\"").Entry.Should().Be("keys[1]");
        new OptionProblem("keys[1].userIndex", "x", "not a whole number").Entry.Should().Be("keys[1]");
        OptionProblem.General("Unrecognized command or argument '--x'.").ToString().Should().Be("Unrecognized command or argument '--x'.");
    }

    [Fact]
    public void Load_ValidatorProblemOfAConfigValue_NamesTheConfigField()
    {
        // Regression: a config file's "users": 0 was reported as "--users 0", an option the user never typed.
        using var config = new TempConfigFile("""{ "users": 0, "arrivalsPerHour": -1 }""");

        OptionsLoader.Load(["--config", config.Path], NoEnvironment).Problems.Should().Equal(
            "config users \"0\": must be between 1 and 1000",
            "config arrivalsPerHour \"-1\": must be between 0 and 360000");
    }

    [Fact]
    public void Load_ConfigFileFromTheEnvironmentMissing_NamesTheVariable()
    {
        var path = Path.Combine(Path.GetTempPath(), $"buenamock-missing-{Guid.NewGuid():N}.json");

        OptionsLoader.Load([], new Dictionary<string, string?> { ["BUENAMOCK_CONFIG"] = path }).Problems
            .Should().Equal($"BUENAMOCK_CONFIG={path}: file not found");
    }

    [Fact]
    public void Load_EnvironmentValueThatFailsWhereTheCommandLineCannotBeRead_BothNamedAsGiven()
    {
        var result = OptionsLoader.Load(["--port", "abc"], new Dictionary<string, string?> { ["BUENAMOCK_PORT"] = "99999" });

        result.Problems.Should().Equal(
            "--port abc: not a port number",
            "BUENAMOCK_PORT=99999: not a port number (0 to 65535)");
    }

    [Fact]
    public void Load_UnreadableKeyEntry_ReportedOnceAndOtherEntriesStillChecked()
    {
        using var config = new TempConfigFile("""
            { "keys": [
                { "key": "bna_1111111111111111111111111111111111111111111111111111111111111111", "userIndex": "first" },
                { "key": "bna_2222222222222222222222222222222222222222222222222222222222222222" }
            ] }
            """);

        OptionsLoader.Load(["--config", config.Path], NoEnvironment).Problems.Should().Equal(
            "config keys[0].userIndex \"first\": not a whole number",
            "config keys[1]: a user key needs \"user\" or \"userIndex\"");
    }

    [Fact]
    public void Load_ConfigUserIdsProblem_NamedAsTheConfigField()
    {
        using var config = new TempConfigFile("""{ "userIds": ["65E0A32640A597F6A7F897EA"] }""");

        OptionsLoader.Load(["--config", config.Path], NoEnvironment).Problems.Should().Equal(
            "config userIds[0] \"65E0A32640A597F6A7F897EA\": not a user id (24 lowercase hex characters)");
    }

    [Fact]
    public void Validate_LoadedOptions_ProblemNamedAfterItsSource()
    {
        // The check the server runs at start names a setting as the loader does: the source is looked up in one place.
        var options = OptionsLoader.Load([], new Dictionary<string, string?> { ["BUENAMOCK_USERS"] = "2" }).Options!;
        options.Users = 0;

        OptionsValidator.Validate(options).Should().Equal("BUENAMOCK_USERS=0: must be between 1 and 1000");
    }

    [Fact]
    public void Validate_RateLimitPolicyBuiltInCode_CheckedAsTheOptionIs()
    {
        OptionsValidator.Validate(new BuenaMockOptions { RateLimits = new RateLimitPolicy(0, 10, 100) })
            .Should().Equal("--rate-limits 0,10,100: must be off, documented, or three positive whole numbers per-minute,per-hour,per-day");
    }
}
