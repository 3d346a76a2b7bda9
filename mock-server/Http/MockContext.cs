using BuenaMock.Auth;
using BuenaMock.Jobs;
using BuenaMock.Options;
using Microsoft.Extensions.Logging;

namespace BuenaMock.Http;

/// <summary>What every route handler may use: the store, the keys, the clock and the log.</summary>
public sealed class MockContext
{
    private long _requestCount;

    public required BuenaMockOptions Options { get; init; }

    public required JobStore Store { get; init; }

    public required KeyRing Keys { get; init; }

    public required TimeProvider Clock { get; init; }

    public required ILogger Logger { get; init; }

    /// <summary>The server's "now", in whole seconds as the API reports time.</summary>
    public DateTimeOffset Now => DateTimeOffset.FromUnixTimeSeconds(Clock.GetUtcNow().ToUnixTimeSeconds());

    /// <summary>A request id unique within this server's lifetime, e.g. <c>req_000042</c>.</summary>
    public string NextRequestId() => $"req_{Interlocked.Increment(ref _requestCount):D6}";
}
