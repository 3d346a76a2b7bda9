using BuenaMock.Faults;
using BuenaMock.Http;
using BuenaMock.RateLimiting;

namespace BuenaMock.Options;

/// <summary>
/// Everything a server is started with. Each property is also a command-line option, an
/// environment variable (<c>BUENAMOCK_</c> + upper snake case) and a config-file field (camel case).
/// </summary>
public sealed class BuenaMockOptions
{
    /// <summary>
    /// Where <see cref="OptionsLoader"/> found each value (config field → source), so a problem found only at
    /// start (a port in use, a corrupt state file) names the option as the user gave it; empty when set in code.
    /// </summary>
    internal IReadOnlyDictionary<string, OptionSource> Origins { get; set; } = new Dictionary<string, OptionSource>();

    /// <summary>A problem with <paramref name="field"/>'s value, named after where that value came from.</summary>
    internal OptionProblem Problem(string field, string? value, string message) =>
        new(field, value, message, OriginOf(field));

    /// <summary>Where the setting <paramref name="setting"/> (<c>port</c>, <c>keys</c>) was given; <see cref="OptionSource.Given"/> when not recorded.</summary>
    internal OptionSource OriginOf(string setting) => Origins.GetValueOrDefault(setting, OptionSource.Given);

    /// <summary>Interface to listen on. Only loopback unless set otherwise.</summary>
    public string Host { get; set; } = "127.0.0.1";

    /// <summary>Port to listen on; 0 picks a free one.</summary>
    public int Port { get; set; } = 5080;

    /// <summary>Seed of the generated data: same seed and clock, same bytes.</summary>
    public int Seed { get; set; } = 42;

    /// <summary>Pins "now" to this instant; null follows the real clock.</summary>
    public DateTimeOffset? Clock { get; set; }

    /// <summary>How many users to generate (the first is the API page's user).</summary>
    public int Users { get; set; } = 3;

    /// <summary>How many jobs each user gets.</summary>
    public int JobsPerUser { get; set; } = 60;

    /// <summary>Simulated seconds per real second; 0 freezes the clock. Null: 0 when <see cref="Clock"/> is set, else 1.</summary>
    public double? TimeScale { get; set; }

    /// <summary>New jobs arriving on their own per simulated hour, spread evenly (0 = none).</summary>
    public double ArrivalsPerHour { get; set; }

    /// <summary>A JSON file the state is loaded from at start and saved to on shutdown and on request.</summary>
    public string? StatePath { get; set; }

    /// <summary>Per-key rate limits; null (the default) turns them off.</summary>
    public RateLimitPolicy? RateLimits { get; set; }

    /// <summary>Latency added to every API request.</summary>
    public LatencyRange? Latency { get; set; }

    /// <summary>Latency per route name (see <see cref="RouteNames"/>), instead of <see cref="Latency"/>.</summary>
    public IDictionary<string, LatencyRange> RouteLatency { get; set; } = new Dictionary<string, LatencyRange>(StringComparer.Ordinal);

    /// <summary>Fraction of API requests (0 to 1) answered with a fault chosen from <see cref="ErrorKinds"/>.</summary>
    public double ErrorRate { get; set; }

    /// <summary>Which faults <see cref="ErrorRate"/> chooses from: 500, 503, empty, malformed, reset.</summary>
    public IList<string> ErrorKinds { get; set; } = ["500", "503"];

    /// <summary>Upstream base URL every API request is forwarded to (record mode).</summary>
    public Uri? Proxy { get; set; }

    /// <summary>With <see cref="Proxy"/>: the folder each exchange is written to, as a WireMock mapping file.</summary>
    public string? RecordDirectory { get; set; }

    /// <summary>Serve the mappings in this folder (a recording) with the generated API off: what no mapping matches is a 404.</summary>
    public string? ReplayDirectory { get; set; }

    /// <summary>A folder of WireMock.Net mapping files (<c>*.json</c>, bodies in <c>__files/</c>) served as stubs over the generated API.</summary>
    public string? MappingsDirectory { get; set; }

    /// <summary>With <see cref="MappingsDirectory"/> (or <see cref="ReplayDirectory"/>): reload the stubs when a file changes.</summary>
    public bool WatchMappings { get; set; }

    /// <summary>When set, every control endpoint needs <c>Authorization: Bearer</c> this token.</summary>
    public string? AdminToken { get; set; }

    /// <summary>False removes the <c>/__buena</c> control endpoints.</summary>
    public bool ControlEnabled { get; set; } = true;

    /// <summary>Serves WireMock's admin API for stubs at <c>/__admin</c> (mappings, reset, scenarios).</summary>
    public bool WireMockAdmin { get; set; }

    /// <summary>Answers CORS preflights and lets browser pages on other origins read the answers (on by default, as in Prism).</summary>
    public bool Cors { get; set; } = true;

    /// <summary>The origins CORS allows (e.g. <c>http://localhost:3000</c>); empty allows any origin.</summary>
    public IList<string> CorsOrigins { get; set; } = [];

    /// <summary>Serves HTTPS instead of HTTP, with <see cref="HttpsCertificatePath"/> or a development certificate generated at start.</summary>
    public bool Https { get; set; }

    /// <summary>A PKCS#12 (<c>.pfx</c>) certificate to serve HTTPS with; implies <see cref="Https"/>.</summary>
    public string? HttpsCertificatePath { get; set; }

    /// <summary>The password of <see cref="HttpsCertificatePath"/>.</summary>
    public string? HttpsCertificatePassword { get; set; }

    /// <summary>Ids for the generated users, in order; the rest are generated. Config file only.</summary>
    public IList<string> UserIds { get; set; } = [];

    /// <summary>The keys the server accepts. Config file only; replaces the defaults when given.</summary>
    public IList<ApiKeyOptions> Keys { get; set; } = DefaultKeys.Create();
}
