namespace BuenaMock.Tool.Tests;

public sealed class VerifyCommandTests
{
    [Fact]
    public async Task RunAsync_UsageError_Exit2WithOneMessageOnStandardError()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await VerifyCommand.RunAsync(["not-a-url", "--levle", "documented"], output, error);

        exit.Should().Be(VerifyCommand.UsageError);
        output.ToString().Should().BeEmpty();
        error.ToString().Should().StartWith("buenamock verify: ")
            .And.Contain("'--levle'").And.Contain("'not-a-url' is not an absolute http or https URL")
            .And.EndWith("Run 'buenamock verify --help' for usage." + Environment.NewLine);
    }

    [Fact]
    public async Task RunAsync_Help_Exit0AndUsageOnStandardOutput()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await VerifyCommand.RunAsync(["--help"], output, error);

        exit.Should().Be(VerifyCommand.Conforms);
        output.ToString().Should().Contain("Usage:").And.Contain("buenamock verify [<base-url>] [options]");
        error.ToString().Should().BeEmpty();
    }
}
