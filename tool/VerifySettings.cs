namespace BuenaMock.Tool;

/// <summary>One verification: the target, the suite's environment variables, and where the reports go (absolute paths).</summary>
internal sealed record VerifySettings(Uri BaseUrl, IReadOnlyDictionary<string, string> Variables, string? ReportPath, string? JUnitPath)
{
    /// <summary>The in-process runner's arguments: no logo, no colours into a file or pipe, and xunit's own JUnit writer when asked.</summary>
    public IReadOnlyList<string> RunnerArguments(bool outputRedirected) =>
    [
        "-noLogo",
        .. outputRedirected ? (string[])["-noColor"] : [],
        .. JUnitPath is null ? (string[])[] : ["-result-junit", JUnitPath],
    ];
}
