using System.Globalization;
using BuenaMock.ContractTests.Verdicts;

namespace BuenaMock.ContractTests.Infrastructure;

/// <summary>
/// Which implementation the suite judges, read once from the environment. Without <c>BUENA_BASE_URL</c> the
/// suite starts the mock in-process and uses its default keys; with it, only the keys the environment gives.
/// </summary>
public sealed class TargetConfiguration
{
    /// <summary>The default CsCheck seed of the property tests (any seed CsCheck printed works too).</summary>
    public const string DefaultPropertySeed = "0000001ddrX1";

    private readonly Dictionary<KeyRole, string> _keys;

    private TargetConfiguration(Uri? externalBaseUrl, Dictionary<KeyRole, string> keys, bool allowWrites, bool strict, string propertySeed, int propertyIterations, RunOptions run)
    {
        Level = run.Level;
        ReportPath = run.ReportPath;
        JUnitPath = run.JUnitPath;
        RateLimits = run.RateLimits;
        ExternalBaseUrl = externalBaseUrl;
        _keys = keys;
        AllowWrites = allowWrites;
        Strict = strict;
        PropertySeed = propertySeed;
        PropertyIterations = propertyIterations;
    }

    /// <summary>The target's base URL (…/api/v2) when given by <c>BUENA_BASE_URL</c>; null for the in-process mock.</summary>
    public Uri? ExternalBaseUrl { get; }

    /// <summary>True when the suite runs against the mock it starts itself.</summary>
    public bool IsInProcess => ExternalBaseUrl is null;

    /// <summary>Whether PUT editJobMessage may be sent: always in-process, else only with <c>BUENA_CONTRACT_ALLOW_WRITES=1</c>.</summary>
    public bool AllowWrites { get; }

    /// <summary><c>BUENA_CONTRACT_STRICT=1</c>: schemas forbid properties they do not declare.</summary>
    public bool Strict { get; }

    /// <summary><c>BUENA_CONTRACT_SEED</c>, the CsCheck seed of the property tests.</summary>
    public string PropertySeed { get; }

    /// <summary><c>BUENA_CONTRACT_ITERATIONS</c>, the number of generated cases per property (default 60).</summary>
    public int PropertyIterations { get; }

    /// <summary><c>BUENA_CONTRACT_LEVEL</c>: which rules fail the run (default documented).</summary>
    public ContractLevel Level { get; }

    /// <summary><c>BUENA_CONTRACT_REPORT</c>, resolved: where the Markdown report goes, or null.</summary>
    public string? ReportPath { get; }

    /// <summary><c>BUENA_CONTRACT_JUNIT</c>, resolved: where the JUnit XML (with skip reasons) goes, or null.</summary>
    public string? JUnitPath { get; }

    /// <summary><c>BUENA_CONTRACT_RATE_LIMITS=1</c>: run the rule that sends 61 requests within a minute.</summary>
    public bool RateLimits { get; }

    /// <summary>The default keys of the in-process mock (see the mock's README).</summary>
    public static IReadOnlyDictionary<KeyRole, string> InProcessKeys { get; } = new Dictionary<KeyRole, string>
    {
        [KeyRole.Main] = "bna_" + new string('1', 64),
        [KeyRole.Limited] = "bna_" + new string('2', 64),
        [KeyRole.Other] = "bna_" + new string('3', 64),
        [KeyRole.Global] = "abc12345-xyz789def456ghi123jkl",
    };

    /// <summary>The environment variable that configures a key role.</summary>
    public static string VariableOf(KeyRole role) => role switch
    {
        KeyRole.Main => "BUENA_API_KEY",
        KeyRole.Limited => "BUENA_LIMITED_API_KEY",
        KeyRole.Global => "BUENA_GLOBAL_API_KEY",
        KeyRole.Other => "BUENA_OTHER_API_KEY",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    /// <summary>Reads the configuration from the process environment.</summary>
    public static TargetConfiguration FromEnvironment() => FromVariables(Environment.GetEnvironmentVariable);

    /// <summary>Reads the configuration through <paramref name="read"/> (an environment lookup).</summary>
    public static TargetConfiguration FromVariables(Func<string, string?> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        var baseUrl = NonEmpty(read("BUENA_BASE_URL"));
        var strict = IsOn(read("BUENA_CONTRACT_STRICT"));
        var seed = NonEmpty(read("BUENA_CONTRACT_SEED")) ?? DefaultPropertySeed;
        var iterations = int.TryParse(read("BUENA_CONTRACT_ITERATIONS"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 60;
        var run = new RunOptions(
            ParseLevel(read("BUENA_CONTRACT_LEVEL")),
            NonEmpty(read("BUENA_CONTRACT_REPORT")) is { } report ? Verdicts.ReportPath.Resolve(report, read) : null,
            NonEmpty(read("BUENA_CONTRACT_JUNIT")) is { } junit ? Verdicts.ReportPath.Resolve(junit, read) : null,
            IsOn(read("BUENA_CONTRACT_RATE_LIMITS")));

        if (baseUrl is null)
        {
            return new TargetConfiguration(null, new Dictionary<KeyRole, string>(InProcessKeys), allowWrites: true, strict, seed, iterations, run);
        }

        if (!Uri.TryCreate(baseUrl.TrimEnd('/'), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new InvalidOperationException($"BUENA_BASE_URL '{baseUrl}' is not an absolute http(s) URL (expected like https://api.buena.ai/api/v2).");
        }

        var keys = new Dictionary<KeyRole, string>();
        foreach (var role in Enum.GetValues<KeyRole>())
        {
            if (NonEmpty(read(VariableOf(role))) is { } key)
            {
                keys[role] = key;
            }
        }

        return new TargetConfiguration(uri, keys, IsOn(read("BUENA_CONTRACT_ALLOW_WRITES")), strict, seed, iterations, run);
    }

    /// <summary>The key of <paramref name="role"/>, or null when the environment does not give it.</summary>
    public string? KeyOf(KeyRole role) => _keys.GetValueOrDefault(role);

    /// <summary>Every configured key (used to pick an unknown key that differs from all of them).</summary>
    public IEnumerable<string> ConfiguredKeys => _keys.Values;

    /// <summary>Describes the target for the test log, keys redacted.</summary>
    public override string ToString()
    {
        var target = IsInProcess ? "in-process mock" : ExternalBaseUrl!.ToString();
        var keys = string.Join(", ", Enum.GetValues<KeyRole>().Select(r => $"{VariableOf(r)}={(KeyOf(r) is { } k ? Redaction.Key(k) : "(unset)")}"));
        return $"target {target}; {keys}; level {MarkdownReport.Name(Level)}; writes {(AllowWrites ? "allowed" : "off")}; strict {(Strict ? "on" : "off")}";
    }

    /// <summary><c>BUENA_CONTRACT_LEVEL</c>: unset or empty is documented; anything but documented or inferred is an error.</summary>
    public static ContractLevel ParseLevel(string? value) => NonEmpty(value) switch
    {
        null => ContractLevel.Documented,
        { } v when v.Equals("documented", StringComparison.OrdinalIgnoreCase) => ContractLevel.Documented,
        { } v when v.Equals("inferred", StringComparison.OrdinalIgnoreCase) => ContractLevel.Inferred,
        _ => throw new InvalidOperationException($"BUENA_CONTRACT_LEVEL '{value}' is not a level: use documented (the default: only documented rules fail the run) or inferred (every rule fails the run)."),
    };

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static bool IsOn(string? value) => NonEmpty(value) is { } v && (v == "1" || v.Equals("true", StringComparison.OrdinalIgnoreCase));

    private sealed record RunOptions(ContractLevel Level, string? ReportPath, string? JUnitPath, bool RateLimits);
}
