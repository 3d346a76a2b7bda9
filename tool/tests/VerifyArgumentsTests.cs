namespace BuenaMock.Tool.Tests;

public sealed class VerifyArgumentsTests
{
    private const string Target = "http://127.0.0.1:5080/api/v2";
    private static readonly string WorkingDirectory = Path.Combine(Path.GetTempPath(), "buenamock-verify");

    private static VerifyArguments.Result Parse(params string[] args) => Parse(_ => null, args);

    private static VerifyArguments.Result Parse(Func<string, string?> environment, params string[] args) =>
        VerifyArguments.Parse(args, WorkingDirectory, environment);

    [Fact]
    public void Parse_EveryOption_SetsTheSuitesVariables()
    {
        var result = Parse(Target + "/", "--key", "k1", "--limited-key", "k2", "--global-key", "k3", "--other-key", "k4", "--allow-writes", "--level", "documented");

        result.Problems.Should().BeEmpty();
        result.Settings!.Variables.Should().BeEquivalentTo(new Dictionary<string, string>
        {
            ["BUENA_BASE_URL"] = Target,
            ["BUENA_API_KEY"] = "k1",
            ["BUENA_LIMITED_API_KEY"] = "k2",
            ["BUENA_GLOBAL_API_KEY"] = "k3",
            ["BUENA_OTHER_API_KEY"] = "k4",
            ["BUENA_CONTRACT_ALLOW_WRITES"] = "1",
            ["BUENA_CONTRACT_LEVEL"] = "documented",
        });
    }

    [Fact]
    public void Parse_TargetOnly_NoWritesDocumentedLevelAndKeysLeftToTheEnvironment()
    {
        var result = Parse(Target);

        result.Settings!.Variables.Should().BeEquivalentTo(new Dictionary<string, string>
        {
            ["BUENA_BASE_URL"] = Target,
            ["BUENA_CONTRACT_ALLOW_WRITES"] = "0",
            ["BUENA_CONTRACT_LEVEL"] = "documented",
        });
        result.Settings.RunnerArguments(outputRedirected: false).Should().Equal("-noLogo");
    }

    [Fact]
    public void Parse_WritesAllowedInTheEnvironmentOnly_StillNoWrites()
    {
        var result = Parse(name => name is "BUENA_CONTRACT_ALLOW_WRITES" ? "1" : null, Target);

        result.Settings!.Variables["BUENA_CONTRACT_ALLOW_WRITES"].Should().Be("0", "only --allow-writes lets verify change data on the target");
    }

    [Fact]
    public void Parse_LevelFromTheEnvironment_UsedWhenNotGiven()
    {
        Parse(name => name is "BUENA_CONTRACT_LEVEL" ? "documented" : null, Target)
            .Settings!.Variables["BUENA_CONTRACT_LEVEL"].Should().Be("documented");
        Parse(name => name is "BUENA_CONTRACT_LEVEL" ? "documented" : null, Target, "--level", "inferred")
            .Settings!.Variables["BUENA_CONTRACT_LEVEL"].Should().Be("inferred");
    }

    [Fact]
    public void Parse_RelativeReportPaths_ResolvedAgainstTheWorkingDirectory()
    {
        var result = Parse(Target, "--report", "out/report.md", "--junit", "junit.xml");

        var report = Path.Combine(WorkingDirectory, "out", "report.md");
        var junit = Path.Combine(WorkingDirectory, "junit.xml");
        result.Settings!.ReportPath.Should().Be(report);
        result.Settings.Variables["BUENA_CONTRACT_REPORT"].Should().Be(report);
        result.Settings.JUnitPath.Should().Be(junit);
        result.Settings.RunnerArguments(outputRedirected: true).Should().Equal("-noLogo", "-noColor", "-result-junit", junit);
    }

    [Theory]
    [InlineData(new string[0], "No server to verify")]
    [InlineData(new[] { "127.0.0.1:5080/api/v2" }, "is not an absolute http or https URL")]
    [InlineData(new[] { "ftp://example.test/api/v2" }, "is not an absolute http or https URL")]
    [InlineData(new[] { "api/v2" }, "is not an absolute http or https URL")]
    [InlineData(new[] { Target, "--verbose" }, "Unrecognized command or argument '--verbose'")]
    [InlineData(new[] { Target, "--level", "strict" }, "'strict' not recognized. Must be one of: 'documented' 'inferred'")]
    [InlineData(new[] { Target, "--key" }, "--key")]
    public void Parse_UsageError_OneProblemNamingIt(string[] args, string problem)
    {
        var result = Parse(args);

        result.Settings.Should().BeNull();
        result.Problems.Should().ContainSingle().Which.Should().Contain(problem);
    }

    [Fact]
    public void Parse_Help_ListsEveryOption()
    {
        var result = Parse("--help");

        result.Settings.Should().BeNull();
        result.HelpText.Should().ContainAll("buenamock verify", "<base-url>", "--key", "--limited-key", "--global-key", "--other-key", "--allow-writes", "--level", "--report", "--junit");
    }
}
