namespace BuenaMock.Faults;

/// <summary>
/// The fault configuration in force, replaceable at run time, and the seeded draws made from it. One
/// <see cref="Random"/> for faults and one for latency, both seeded from the server's seed and used
/// under a lock, so the same sequence of requests meets the same faults and latencies. Replacing the
/// configuration restarts both sequences; <see cref="RestoreOptions"/> goes back to the start-up one.
/// </summary>
internal sealed class FaultSettings
{
    private readonly Lock _lock = new();
    private readonly int _seed;
    private readonly FaultConfiguration _fromOptions;
    private FaultConfiguration _current;
    private Random _faults;
    private Random _latency;

    public FaultSettings(FaultConfiguration initial, int seed)
    {
        ArgumentNullException.ThrowIfNull(initial);
        _seed = seed;
        _fromOptions = initial;
        _current = initial;
        (_faults, _latency) = NewRandoms(seed);
    }

    public FaultConfiguration Current
    {
        get
        {
            lock (_lock)
            {
                return _current;
            }
        }
    }

    /// <summary>Puts <paramref name="next"/> in force and restarts the seeded sequences.</summary>
    public void Replace(FaultConfiguration next)
    {
        ArgumentNullException.ThrowIfNull(next);
        lock (_lock)
        {
            _current = next;
            (_faults, _latency) = NewRandoms(_seed);
        }
    }

    /// <summary>Puts the configuration the server started with (its options) back in force, and restarts the seeded sequences.</summary>
    public void RestoreOptions() => Replace(_fromOptions);

    /// <summary>Draws the latency and the fault of one request to <paramref name="route"/>.</summary>
    public FaultDecision Decide(string route)
    {
        lock (_lock)
        {
            var config = _current;
            if (config.ErrorRate <= 0 && config.Latency is null && config.RouteLatency.Count == 0)
            {
                return FaultDecision.None;
            }

            var delay = config.LatencyFor(route)?.Pick(_latency) ?? 0;
            FaultKind? fault = null;
            if (config.ErrorRate > 0 && config.ErrorKinds.Count > 0 && _faults.NextDouble() < config.ErrorRate)
            {
                fault = config.ErrorKinds[_faults.Next(config.ErrorKinds.Count)];
            }

            return new FaultDecision(delay, fault);
        }
    }

    private static (Random Faults, Random Latency) NewRandoms(int seed) => (new Random(seed), new Random(unchecked((seed * 31) + 17)));
}
