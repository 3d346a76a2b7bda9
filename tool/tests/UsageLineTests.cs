using System.Diagnostics;

namespace BuenaMock.Tool.Tests;

/// <summary>
/// The usage line of each program's <c>--help</c> is a command the user can type: the built programs,
/// copied next to these tests, are run as a user runs them.
/// </summary>
public sealed class UsageLineTests
{
    [Fact]
    public async Task ServeHelp_UsageLineIsBuenamockServe()
    {
        var (exit, output) = await RunAsync("buenamock.dll", "serve", "--help");

        exit.Should().Be(0);
        UsageLine(output).Should().Be("buenamock serve [options]");
    }

    [Fact]
    public async Task ToolWithOptionsAndHelp_UsageLineIsBuenamock()
    {
        var (exit, output) = await RunAsync("buenamock.dll", "--port", "0", "--help");

        exit.Should().Be(0);
        UsageLine(output).Should().Be("buenamock [options]");
    }

    [Fact]
    public async Task MockServerHelp_UsageLineIsTheDotnetRunCommand()
    {
        var (exit, output) = await RunAsync("BuenaMock.MockServer.dll", "--help");

        exit.Should().Be(0);
        UsageLine(output).Should().Be("dotnet run --project mock-server -- [options]");
    }

    /// <summary>The line under <c>Usage:</c>, trimmed.</summary>
    private static string UsageLine(string help)
    {
        var lines = help.Split('\n');
        var at = Array.FindIndex(lines, l => l.TrimEnd() == "Usage:");
        at.Should().BeGreaterThanOrEqualTo(0, "the help has a usage section:\n" + help);
        return lines[at + 1].Trim();
    }

    private static async Task<(int Exit, string Output)> RunAsync(string dll, params string[] args)
    {
        var info = BuiltProgram.StartInfo(dll, args);
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        (await error).Should().BeEmpty();
        return (process.ExitCode, await output);
    }
}
