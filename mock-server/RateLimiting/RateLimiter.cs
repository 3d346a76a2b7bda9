namespace BuenaMock.RateLimiting;

/// <summary>
/// Counts requests per key in fixed minute, hour and day windows of the virtual clock (aligned to
/// unix time). A request over any limit is refused and not counted; keys never share a budget. The
/// policy can be replaced at run time (which forgets every count) and put back to the start-up one
/// (<see cref="RestoreOptions"/>); null turns limiting off.
/// </summary>
internal sealed class RateLimiter(RateLimitPolicy? policy)
{
    private readonly RateLimitPolicy? _fromOptions = policy;
    private static readonly (string Name, long Seconds)[] Windows = [("minute", 60), ("hour", 3_600), ("day", 86_400)];

    private readonly Dictionary<string, Counters> _counters = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private RateLimitPolicy? _policy = policy;

    /// <summary>The limits in force; null when limiting is off.</summary>
    public RateLimitPolicy? Policy
    {
        get
        {
            lock (_lock)
            {
                return _policy;
            }
        }
    }

    public bool Enabled => Policy is not null;

    /// <summary>Puts <paramref name="next"/> in force (null: off) and forgets every count.</summary>
    public void Replace(RateLimitPolicy? next)
    {
        lock (_lock)
        {
            _policy = next;
            _counters.Clear();
        }
    }

    /// <summary>
    /// Counts one request by <paramref name="key"/> at <paramref name="now"/>. Returns null when limiting
    /// is off; else whether it is allowed, and the window to report: the exhausted one when refused (the
    /// latest to reset), else the one closest to its limit.
    /// </summary>
    public (bool Allowed, RateLimitWindow Window)? Hit(string key, DateTimeOffset now) => Count(key, now, record: true);

    /// <summary>Where <paramref name="key"/> stands at <paramref name="now"/>, without counting a request; null when off.</summary>
    public RateLimitWindow? Peek(string key, DateTimeOffset now) => Count(key, now, record: false)?.Window;

    /// <summary>Puts the policy the server started with (its options) back in force and forgets every count.</summary>
    public void RestoreOptions() => Replace(_fromOptions);

    private (bool Allowed, RateLimitWindow Window)? Count(string key, DateTimeOffset now, bool record)
    {
        ArgumentNullException.ThrowIfNull(key);
        var unix = now.ToUnixTimeSeconds();
        lock (_lock)
        {
            if (_policy is not { } policy)
            {
                return null;
            }

            int[] limits = [policy.PerMinute, policy.PerHour, policy.PerDay];
            if (!_counters.TryGetValue(key, out var counters))
            {
                counters = new Counters();
                if (record)
                {
                    _counters[key] = counters;
                }
            }

            for (var i = 0; i < Windows.Length; i++)
            {
                var start = unix - (unix % Windows[i].Seconds);
                if (counters.Starts[i] != start)
                {
                    counters.Starts[i] = start;
                    counters.Counts[i] = 0;
                }
            }

            var exhausted = -1;
            for (var i = 0; i < Windows.Length; i++)
            {
                if (counters.Counts[i] >= limits[i])
                {
                    exhausted = i;
                }
            }

            if (exhausted >= 0)
            {
                return (false, Describe(exhausted, limits, counters));
            }

            var closest = 0;
            for (var i = 0; i < Windows.Length; i++)
            {
                if (record)
                {
                    counters.Counts[i]++;
                }

                if (Left(i, limits, counters) < Left(closest, limits, counters))
                {
                    closest = i;
                }
            }

            return (true, Describe(closest, limits, counters));
        }
    }

    private static double Left(int i, int[] limits, Counters counters) => (double)(limits[i] - counters.Counts[i]) / limits[i];

    private static RateLimitWindow Describe(int i, int[] limits, Counters counters) =>
        new(Windows[i].Name, limits[i], (int)Math.Max(0, limits[i] - counters.Counts[i]), counters.Starts[i] + Windows[i].Seconds);

    /// <summary>One key's count and window start per window (minute, hour, day).</summary>
    private sealed class Counters
    {
        public long[] Counts { get; } = new long[Windows.Length];

        public long[] Starts { get; } = new long[Windows.Length];
    }
}
