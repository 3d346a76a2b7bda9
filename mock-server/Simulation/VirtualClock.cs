namespace BuenaMock.Simulation;

/// <summary>
/// The server's notion of "now": starts at a chosen instant (or the real now) and runs at
/// <see cref="Scale"/> times real time (0 = frozen). It can be moved forward, never backwards.
/// </summary>
public sealed class VirtualClock : TimeProvider
{
    /// <summary>The earliest start the options accept.</summary>
    public static readonly DateTimeOffset Earliest = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// The clock never passes this instant: job timelines add days and years to "now", and past it the
    /// arithmetic would leave the range of <see cref="DateTimeOffset"/> (every read would fail).
    /// </summary>
    public static readonly DateTimeOffset Latest = new(9000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly TimeProvider _source;
    private readonly DateTimeOffset? _start;
    private readonly Lock _lock = new();
    private DateTimeOffset _anchor;
    private long _anchorTimestamp;

    public VirtualClock(TimeProvider source, DateTimeOffset? start, double scale)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfNegative(scale);
        _source = source;
        _start = start;
        _anchor = start ?? source.GetUtcNow();
        _anchorTimestamp = source.GetTimestamp();
        Scale = scale;
    }

    /// <summary>Simulated seconds per real second.</summary>
    public double Scale { get; }

    public override DateTimeOffset GetUtcNow()
    {
        lock (_lock)
        {
            return Current();
        }
    }

    /// <summary>Moves the clock forward by <paramref name="by"/>.</summary>
    public DateTimeOffset Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        lock (_lock)
        {
            var now = Current();
            Rebase(by >= Latest - now ? Latest : now + by);
            return _anchor;
        }
    }

    /// <summary>Sets the clock to <paramref name="instant"/>; false (and no change) if that is in the past or after <see cref="Latest"/>.</summary>
    public bool TrySet(DateTimeOffset instant)
    {
        lock (_lock)
        {
            if (instant < Current() || instant > Latest)
            {
                return false;
            }

            Rebase(instant);
            return true;
        }
    }

    /// <summary>Back to where it started: the pinned start, or the real now when none was pinned (used by reset).</summary>
    internal DateTimeOffset Restart()
    {
        lock (_lock)
        {
            Rebase(_start ?? _source.GetUtcNow());
            return _anchor;
        }
    }

    private DateTimeOffset Current()
    {
        if (Scale == 0)
        {
            return _anchor;
        }

        var ticks = _source.GetElapsedTime(_anchorTimestamp).Ticks * Scale;
        return ticks >= (Latest - _anchor).Ticks ? Latest : _anchor.AddTicks((long)ticks);
    }

    private void Rebase(DateTimeOffset instant)
    {
        _anchor = instant;
        _anchorTimestamp = _source.GetTimestamp();
    }
}
