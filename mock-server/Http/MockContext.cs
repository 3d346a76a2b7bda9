using BuenaMock.Auth;
using BuenaMock.Faults;
using BuenaMock.Jobs;
using BuenaMock.Journal;
using BuenaMock.Options;
using BuenaMock.RateLimiting;
using BuenaMock.Simulation;
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

    /// <summary>The moving parts (clock control, arrivals, reset); null for a context built without them.</summary>
    public Simulator? Simulator { get; init; }

    /// <summary><see cref="Now"/>, after every job due to arrive by then has arrived: what reads of the store use.</summary>
    public DateTimeOffset SyncNow() => Simulator?.SyncNow() ?? Now;

    /// <summary>Per-key rate limits (off unless a policy is set).</summary>
    public RateLimiter RateLimits { get; init; } = new(null);

    /// <summary>Latency and error rates of the API routes, replaceable at run time.</summary>
    public FaultSettings Faults { get; init; } = new(FaultConfiguration.None, seed: 0);

    /// <summary>The most recent requests, keys redacted.</summary>
    public RequestJournal Journal { get; init; } = new();

    /// <summary>Real time, for what a client measures with its own watch (added latency, durations); never the virtual clock.</summary>
    public TimeProvider RealTime { get; init; } = TimeProvider.System;

    /// <summary>The server's "now", in whole seconds as the API reports time.</summary>
    public DateTimeOffset Now => DateTimeOffset.FromUnixTimeSeconds(Clock.GetUtcNow().ToUnixTimeSeconds());

    /// <summary>A request id unique within this server's lifetime, e.g. <c>req_000042</c>.</summary>
    public string NextRequestId() => $"req_{Interlocked.Increment(ref _requestCount):D6}";
}
