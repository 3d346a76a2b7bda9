namespace BuenaMock.BrowserTests.Support;

/// <summary>
/// Where the Debian Chromium is, and whether its absence skips the tests (a plain <c>dotnet test</c>) or
/// fails them (<c>BUENAMOCK_BROWSER_REQUIRED=1</c>, as CI runs them once it has installed Chromium).
/// Playwright is never asked to download a browser: it launches this executable.
/// </summary>
internal static class Chromium
{
    public const string PathVariable = "BUENAMOCK_CHROMIUM";
    public const string RequiredVariable = "BUENAMOCK_BROWSER_REQUIRED";

    private static readonly string[] Candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

    /// <summary>Flags for a headless run in a container: no sandbox, no GPU, nothing fetched from the network.</summary>
    public static readonly string[] Arguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
    ];

    /// <summary>The executable to launch (<c>$BUENAMOCK_CHROMIUM</c> when set, else the Debian paths), or null when it is not there.</summary>
    public static string? Find() =>
        Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } configured
            ? (File.Exists(configured) ? configured : null)
            : Array.Find(Candidates, File.Exists);

    public static bool Required => Environment.GetEnvironmentVariable(RequiredVariable) == "1";

    public static string MissingReason =>
        $"Chromium was not found ({string.Join(", ", Candidates)}, or ${PathVariable}); install it with `apt-get install -y chromium`";
}
