using BuenaMock.Jobs;

namespace BuenaMock.Simulation;

/// <summary>
/// Jobs that arrive on their own: <c>--arrivals-per-hour N</c> creates a pending job every
/// 3600/N simulated seconds from the start, for a seeded user and type. Arrivals are created when
/// a read needs them, so the same clock moves give the same jobs.
/// </summary>
internal sealed class ArrivalSchedule
{
    /// <summary>At most this many jobs arrive in one catch-up; older due arrivals are skipped.</summary>
    public const int MaxPerCatchUp = 100_000;

    private readonly double _intervalSeconds;
    private readonly int _seed;
    private JobBuilder _builder;
    private readonly Lock _lock = new();
    private DateTimeOffset _from;
    private long _arrived;

    public ArrivalSchedule(double perHour, DateTimeOffset from, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(perHour);
        _intervalSeconds = 3600 / perHour;
        _from = from;
        _seed = seed;
        _builder = NewBuilder(seed);
    }

    /// <summary>Adds every arrival due by <paramref name="now"/> to <paramref name="store"/>.</summary>
    public void CatchUp(JobStore store, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(store);
        lock (_lock)
        {
            var due = (long)Math.Floor((now - _from).TotalSeconds / _intervalSeconds);
            if (due <= _arrived)
            {
                return;
            }

            _arrived = Math.Max(_arrived, due - MaxPerCatchUp);
            var users = store.Users;
            var added = new List<JobTimeline>();
            var ids = new HashSet<string>(StringComparer.Ordinal);
            while (_arrived < due)
            {
                _arrived++;
                var at = JobFaker.Truncate(_from.AddSeconds(_arrived * _intervalSeconds));
                var timeline = _builder.Build(_builder.Pick(users).Id, _builder.PickType(), JobStatuses.Pending, at, null, id => store.Contains(id) || ids.Contains(id));
                ids.Add(timeline.Id);
                added.Add(timeline);
            }

            store.AddRange(added);
        }
    }

    /// <summary>Starts counting again from <paramref name="from"/> (used by reset).</summary>
    public void Restart(DateTimeOffset from)
    {
        lock (_lock)
        {
            _from = from;
            _arrived = 0;
            _builder = NewBuilder(_seed);
        }
    }

    private static JobBuilder NewBuilder(int seed) => new(unchecked((seed * 31) + 7));
}
