using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using BuenaMock.Options;

namespace BuenaMock.Mutants;

/// <summary>The counts of one suite run, read from its Markdown report.</summary>
public sealed record SuiteCounts(int DocumentedPassed, int DocumentedFailed, int InferredPassed, int InferredFailed, int Deviations, int Skipped)
{
    public int Failed => DocumentedFailed + InferredFailed;

    public override string ToString()
        => $"documented {DocumentedPassed} passed/{DocumentedFailed} failed, inferred {InferredPassed} passed/{InferredFailed} failed/{Deviations} deviations, {Skipped} skipped";
}

/// <summary>Runs the built contract suite (its own xunit runner, one process) against a base URL at a level.</summary>
public sealed partial class SuiteRun(string suiteAssembly, string resultsFolder, int iterations)
{
    public async Task<SuiteCounts?> RunAsync(string name, string baseUrl, string level)
    {
        var report = Path.Combine(resultsFolder, $"{name}.{level}.md");
        File.Delete(report);
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(suiteAssembly);
        start.ArgumentList.Add("-noLogo");
        // The offline self-tests say nothing about the target.
        start.ArgumentList.Add("-nonamespace");
        start.ArgumentList.Add("BuenaMock.ContractTests.SelfTests");
        start.Environment["BUENA_BASE_URL"] = baseUrl;
        start.Environment["BUENA_API_KEY"] = DefaultKeys.Full;
        start.Environment["BUENA_LIMITED_API_KEY"] = DefaultKeys.Limited;
        start.Environment["BUENA_OTHER_API_KEY"] = DefaultKeys.Other;
        start.Environment["BUENA_GLOBAL_API_KEY"] = DefaultKeys.Global;
        start.Environment["BUENA_CONTRACT_ALLOW_WRITES"] = "1";
        start.Environment["BUENA_CONTRACT_LEVEL"] = level;
        start.Environment["BUENA_CONTRACT_REPORT"] = report;
        start.Environment["BUENA_CONTRACT_ITERATIONS"] = iterations.ToString(CultureInfo.InvariantCulture);
        start.Environment.Remove("BUENA_CONTRACT_JUNIT");
        start.Environment.Remove("GITHUB_STEP_SUMMARY");

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet could not be started.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        await File.WriteAllTextAsync(Path.Combine(resultsFolder, $"{name}.{level}.log"), await output + await errors);
        return File.Exists(report) ? Parse(await File.ReadAllTextAsync(report)) : null;
    }

    private static SuiteCounts? Parse(string markdown)
    {
        var match = Counts().Match(markdown);
        int At(int group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);
        return match.Success ? new SuiteCounts(At(1), At(2), At(3), At(4), At(5), At(6)) : null;
    }

    [GeneratedRegex(@"Counts: documented-passed=(\d+) documented-failed=(\d+) inferred-passed=(\d+) inferred-failed=(\d+) deviations=(\d+) skipped=(\d+)")]
    private static partial Regex Counts();
}
