namespace BuenaMock.Simulation;

/// <summary>
/// Counts requests per key in fixed minute, hour and day windows of the virtual clock (aligned to
/// unix time). A request over any limit is refused and not counted; keys never share a budget.
/// </summary>
public sealed class RateLimiter(RateLimitPolicy policy)
{
    private static readonly (string Name, long Seconds)[] Windows = [("minute", 60), ("hour", 3_600), ("day", 86_400)];

    private readonly Dictionary<string, long[]> _counts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long[]> _windowStarts = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public RateLimitPolicy Policy { get; } = policy;

    /// <summary>
    /// Counts one request by <paramref name="key"/> at <paramref name="now"/>. Returns whether it is
    /// allowed, and the window to report: the exhausted one when refused (the latest to reset), else
    /// the one closest to its limit.
    /// </summary>
    public (bool Allowed, RateLimitWindow Window) Hit(string key, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(key);
        var unix = now.ToUnixTimeSeconds();
        int[] limits = [Policy.PerMinute, Policy.PerHour, Policy.PerDay];
        lock (_lock)
        {
            if (!_counts.TryGetValue(key, out var counts))
            {
                counts = new long[Windows.Length];
                _counts[key] = counts;
                _windowStarts[key] = new long[Windows.Length];
            }

            var starts = _windowStarts[key];
            for (var i = 0; i < Windows.Length; i++)
            {
                var start = unix - (unix % Windows[i].Seconds);
                if (starts[i] != start)
                {
                    starts[i] = start;
                    counts[i] = 0;
                }
            }

            var exhausted = -1;
            for (var i = 0; i < Windows.Length; i++)
            {
                if (counts[i] >= limits[i])
                {
                    exhausted = i;
                }
            }

            if (exhausted >= 0)
            {
                return (false, Describe(exhausted, limits, counts, starts));
            }

            var closest = 0;
            for (var i = 0; i < Windows.Length; i++)
            {
                counts[i]++;
                if ((double)(limits[i] - counts[i]) / limits[i] < (double)(limits[closest] - counts[closest]) / limits[closest])
                {
                    closest = i;
                }
            }

            return (true, Describe(closest, limits, counts, starts));
        }
    }

    /// <summary>Forgets every count (used by reset).</summary>
    public void Clear()
    {
        lock (_lock)
        {
            _counts.Clear();
            _windowStarts.Clear();
        }
    }

    private static RateLimitWindow Describe(int i, int[] limits, long[] counts, long[] starts) =>
        new(Windows[i].Name, limits[i], (int)Math.Max(0, limits[i] - counts[i]), starts[i] + Windows[i].Seconds);
}
