using BuenaMock.ContractTests.Infrastructure;
using Xunit.Runner.InProc.SystemConsole;

namespace BuenaMock.Tool;

/// <summary><c>buenamock verify</c>: the contract suite's own tests, run in this process against the given server.</summary>
internal static class VerifyCommand
{
    public const int Conforms = 0;
    public const int RuleFailed = 1;
    public const int UsageError = 2;

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var parsed = VerifyArguments.Parse(args, Environment.CurrentDirectory, Environment.GetEnvironmentVariable);
        if (parsed.HelpText is not null)
        {
            await output.WriteAsync(parsed.HelpText);
            return Conforms;
        }

        if (parsed.Settings is not { } settings)
        {
            await error.WriteLineAsync("buenamock verify: " + string.Join(Environment.NewLine + "  ", parsed.Problems));
            await error.WriteLineAsync("Run 'buenamock verify --help' for usage.");
            return UsageError;
        }

        // The suite reads its target from these variables (TargetConfiguration.FromEnvironment).
        foreach (var (name, value) in settings.Variables)
        {
            Environment.SetEnvironmentVariable(name, value);
        }

        await output.WriteLineAsync($"Verifying {settings.BaseUrl} at level {settings.Variables["BUENA_CONTRACT_LEVEL"]}.");
        using var runner = new ConsoleRunner([.. settings.RunnerArguments(Console.IsOutputRedirected)], typeof(TargetFixture).Assembly);
        var exit = await runner.EntryPoint(Console.In, output);
        foreach (var (label, path) in new[] { ("Report", settings.ReportPath), ("JUnit", settings.JUnitPath) })
        {
            if (path is not null)
            {
                await output.WriteLineAsync(File.Exists(path) ? $"{label}: {path}" : $"{label}: not written ({path})");
            }
        }

        await output.WriteLineAsync(exit == 0 ? "The server conforms to the contract." : "The server breaks the contract: see the failures above.");
        return exit == 0 ? Conforms : RuleFailed;
    }
}
