using System.Collections.Concurrent;
using BuenaMock.ContractTests.Verdicts;
using BuenaMock.Options;

namespace BuenaMock.ContractTests.Infrastructure;

/// <summary>
/// The target of the run, set up once for the whole assembly: the configuration, one HTTP client, the schemas,
/// and — without <c>BUENA_BASE_URL</c> — the mock started in-process on a free port with a pinned clock,
/// disposed when the run ends.
/// </summary>
public sealed class TargetFixture : IAsyncLifetime
{
    /// <summary>The pinned "now" of the in-process mock (the instant of the page's 403 example).</summary>
    public static readonly DateTimeOffset PinnedClock = new(2024, 1, 20, 15, 30, 0, TimeSpan.Zero);

    private readonly ConcurrentDictionary<KeyRole, Lazy<Task<string?>>> _userIds = new();
    private readonly ConcurrentDictionary<KeyRole, Lazy<Task<IReadOnlyList<string>?>>> _permissions = new();
    private BuenaMockServer? _mock;
    private HttpClient? _http;
    private ContractClient? _client;
    private SchemaCatalog? _schemas;

    public TargetConfiguration Configuration { get; } = TargetConfiguration.FromEnvironment();

    public ContractClient Client => _client ?? throw new InvalidOperationException("The target fixture is not initialised.");

    public SchemaCatalog Schemas => _schemas ?? throw new InvalidOperationException("The target fixture is not initialised.");

    /// <summary>The outcomes of the run's tests, written as reports when the run ends.</summary>
    public RunResults Results { get; private set; } = new("(not started)", ContractLevel.Documented, DateTimeOffset.MinValue);

    public async ValueTask InitializeAsync()
    {
        _schemas = await SchemaCatalog.LoadAsync(SchemaCatalog.DefaultDirectory, Configuration.Strict);
        Uri baseUrl;
        if (Configuration.ExternalBaseUrl is { } external)
        {
            baseUrl = external;
        }
        else
        {
            _mock = BuenaMockServer.Start(new BuenaMockOptions { Port = 0, Clock = PinnedClock });
            baseUrl = new Uri(_mock.BaseUrl);
        }

        _http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        _client = new ContractClient(_http, baseUrl);
        RuleGate.Install();
        RuleGate.Level = Configuration.Level;
        Results = new RunResults(Configuration.IsInProcess ? $"in-process mock at {baseUrl}" : baseUrl.ToString(), Configuration.Level, TimeProvider.System.GetUtcNow());
    }

    public async ValueTask DisposeAsync()
    {
        WriteReports();
        _http?.Dispose();
        if (_mock is not null)
        {
            await _mock.DisposeAsync();
        }
    }

    /// <summary>Writes the Markdown report (also appended to GITHUB_STEP_SUMMARY when set) and the JUnit file, when asked for.</summary>
    private void WriteReports()
    {
        if (Configuration.ReportPath is { } report)
        {
            var markdown = MarkdownReport.Render(Results);
            ReportPath.Write(report, markdown);
            if (Environment.GetEnvironmentVariable("GITHUB_STEP_SUMMARY") is { Length: > 0 } summary)
            {
                File.AppendAllText(summary, markdown);
            }
        }

        if (Configuration.JUnitPath is { } junit)
        {
            ReportPath.Write(junit, JUnitReport.Render(Results));
        }
    }

    /// <summary>
    /// The user a key belongs to, as the target reports it: <c>user.id</c> of GET /health with that key, else the
    /// <c>userId</c> of its GET /users/jobs; null when the key is not configured or the target says neither.
    /// </summary>
    public Task<string?> UserIdOfAsync(KeyRole role)
        => _userIds.GetOrAdd(role, r => new Lazy<Task<string?>>(() => FindUserIdAsync(r))).Value;

    /// <summary>The permissions of a key as GET /health reports them (<c>apiKey.permissions</c>); null when unknown.</summary>
    public Task<IReadOnlyList<string>?> PermissionsOfAsync(KeyRole role)
        => _permissions.GetOrAdd(role, r => new Lazy<Task<IReadOnlyList<string>?>>(() => FindPermissionsAsync(r))).Value;

    private async Task<IReadOnlyList<string>?> FindPermissionsAsync(KeyRole role)
    {
        if (Configuration.KeyOf(role) is not { } key)
        {
            return null;
        }

        var health = await Client.GetAsync("health", key);
        return health.StatusCode == 200 && health.Json?["apiKey"]?["permissions"] is System.Text.Json.Nodes.JsonArray
            ? JsonRead.Strings(health.Json["apiKey"]!["permissions"])
            : null;
    }

    private async Task<string?> FindUserIdAsync(KeyRole role)
    {
        if (Configuration.KeyOf(role) is not { } key)
        {
            return null;
        }

        var health = await Client.GetAsync("health", key);
        if (health.StatusCode == 200 && JsonRead.Text(health.Json?["user"]?["id"]) is { } id)
        {
            return id;
        }

        var jobs = await Client.GetAsync("users/jobs", key);
        return jobs.StatusCode == 200 ? JsonRead.Text(jobs.Json?["userId"]) : null;
    }
}
