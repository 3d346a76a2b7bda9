using BuenaMock.Options;
using BuenaMock.Simulation;
using Xunit;

namespace BuenaMock.Testing;

/// <summary>
/// The mock of the Buena.ai jobs API in the test process, on a free port, for the lifetime of an xUnit v3
/// class, collection or assembly fixture. The clock is pinned at <see cref="DefaultClock"/> and the data seeded
/// with <see cref="DefaultSeed"/>, so every run sees the same bytes. Override <see cref="CreateOptions"/> to
/// start it otherwise; call <see cref="Reset"/> (e.g. in the test class's constructor) to give each test the
/// seeded state again.
/// </summary>
public class BuenaMockFixture : IAsyncLifetime
{
    /// <summary>The instant the clock is pinned at unless <see cref="CreateOptions"/> says otherwise.</summary>
    public static readonly DateTimeOffset DefaultClock = new(2026, 1, 15, 12, 0, 0, TimeSpan.Zero);

    /// <summary>The seed of the generated data unless <see cref="CreateOptions"/> says otherwise.</summary>
    public const int DefaultSeed = 42;

    private BuenaMockServer? _server;

    /// <summary>The running mock (its options, data, keys and clock).</summary>
    public BuenaMockServer Server => _server ?? throw new InvalidOperationException(
        "The mock is not started yet: xUnit starts it (InitializeAsync) before the first test that receives the fixture.");

    /// <summary>The API's base URL, e.g. <c>http://127.0.0.1:41235/api/v2</c>, like <c>https://api.buena.ai/api/v2</c>.</summary>
    public string BaseUrl => Server.BaseUrl;

    /// <summary>The mock's virtual clock: read "now", or <see cref="VirtualClock.Advance"/> it to move jobs on.</summary>
    public VirtualClock Clock => Server.Clock;

    // The keys below are the mock's default ones; a subclass whose CreateOptions replaces the keys sets them in its constructor.

    /// <summary>The documented user's key with users:read, jobs:read, jobs:update and linkedin:schedule.</summary>
    public string ApiKey { get; protected init; } = DefaultKeys.Full;

    /// <summary>The documented user's key with linkedin:schedule only (403 on the jobs routes).</summary>
    public string LimitedApiKey { get; protected init; } = DefaultKeys.Limited;

    /// <summary>The second user's key with users:read.</summary>
    public string OtherApiKey { get; protected init; } = DefaultKeys.Other;

    /// <summary>The global (legacy) key.</summary>
    public string GlobalApiKey { get; protected init; } = DefaultKeys.Global;

    /// <summary>A client for <see cref="BaseUrl"/> (relative paths such as <c>users/jobs</c>) sending <see cref="ApiKey"/>.</summary>
    public HttpClient CreateClient() => CreateClient(ApiKey);

    /// <summary>A client for <see cref="BaseUrl"/> sending <paramref name="apiKey"/> as <c>x-api-key</c>, or no key when null.</summary>
    public HttpClient CreateClient(string? apiKey)
    {
        var client = new HttpClient { BaseAddress = new Uri(BaseUrl + "/"), Timeout = TimeSpan.FromSeconds(30) };
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Add("x-api-key", apiKey);
        }

        return client;
    }

    /// <summary>
    /// Back to the seeded state: the clock at its start, the data generated again, edits, created jobs, key usage,
    /// faults and rate-limit counts dropped — as <c>POST /__buena/reset</c> does.
    /// </summary>
    public void Reset() => Server.Simulator.Reset();

    /// <summary>The options the mock starts with: any free port, <see cref="DefaultClock"/>, <see cref="DefaultSeed"/>.</summary>
    protected virtual BuenaMockOptions CreateOptions() => new() { Port = 0, Clock = DefaultClock, Seed = DefaultSeed };

    /// <summary>Starts the mock; bad options throw <see cref="OptionsException"/> listing every problem.</summary>
    public virtual ValueTask InitializeAsync()
    {
        _server ??= BuenaMockServer.Start(CreateOptions());
        return ValueTask.CompletedTask;
    }

    /// <summary>Stops the mock.</summary>
    public virtual async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
            _server = null;
        }

        GC.SuppressFinalize(this);
    }
}
