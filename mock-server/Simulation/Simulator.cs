using BuenaMock.Auth;
using BuenaMock.Jobs;
using BuenaMock.Options;

namespace BuenaMock.Simulation;

/// <summary>
/// The parts of the server that move with time or can be reset: the virtual clock, jobs that arrive
/// on their own, jobs created on request, the state file. Other parts (rate limits, faults, the
/// journal) join a reset through <see cref="OnReset"/>.
/// </summary>
public sealed class Simulator
{
    private readonly BuenaMockOptions _options;
    private readonly JobStore _store;
    private readonly KeyRing _keys;
    private readonly List<Action> _onReset = [];
    private JobBuilder _builder;

    internal Simulator(BuenaMockOptions options, VirtualClock clock, JobStore store, KeyRing keys)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        Clock = clock;
        _store = store;
        _keys = keys;
        _builder = new JobBuilder(options.Seed);
        Arrivals = options.ArrivalsPerHour > 0 ? new ArrivalSchedule(options.ArrivalsPerHour, clock.GetUtcNow(), options.Seed) : null;
    }

    public VirtualClock Clock { get; }

    internal ArrivalSchedule? Arrivals { get; }

    /// <summary>
    /// The server's one "now": the virtual clock in whole seconds (as the API reports time), after every
    /// job due to arrive by then has arrived. Every answer, read and write takes its time from here.
    /// </summary>
    public DateTimeOffset Now
    {
        get
        {
            var now = JobFaker.Truncate(Clock.GetUtcNow());
            Arrivals?.CatchUp(_store, now);
            return now;
        }
    }

    /// <summary>Creates a job for <paramref name="userId"/> in <paramref name="status"/> at the clock's now.</summary>
    public Job CreateJob(string userId, string type, string status, JobMetadata? metadata)
    {
        var now = Now;
        return _store.Add(_builder.Build(userId, type, status, now, metadata, _store.Contains), now);
    }

    /// <summary>Registers a part that must return to its starting state on <see cref="Reset"/>.</summary>
    internal void OnReset(Action reset)
    {
        lock (_onReset)
        {
            _onReset.Add(reset);
        }
    }

    /// <summary>Back to the seeded state at the current options: clock, data, key usage and every registered part.</summary>
    public void Reset()
    {
        var start = Clock.Restart();
        _store.Load(DataSet.Generate(_options.Seed, start, _options.Users, _options.JobsPerUser, [.. _options.UserIds]));
        _keys.ResetUsage();
        _builder = new JobBuilder(_options.Seed);
        Arrivals?.Restart(start);
        lock (_onReset)
        {
            foreach (var reset in _onReset)
            {
                reset();
            }
        }
    }

    /// <summary>Writes the state to the <c>--state</c> file; returns its path, or null without <c>--state</c>.</summary>
    public string? SaveState()
    {
        if (_options.StatePath is not { } path)
        {
            return null;
        }

        StateFile.Save(path, StateFile.Capture(_store, Now));
        return Path.GetFullPath(path);
    }

    /// <summary>Puts a loaded state in place: its jobs and users, and the clock moved on to its instant if that is later.</summary>
    internal void Restore(StateDocument state)
    {
        ArgumentNullException.ThrowIfNull(state);
        Clock.TrySet(state.Clock);
        _store.Load(state.Users, state.Jobs.Select(j => new JobRecord(j.Timeline, j.EditedMessage, j.EditedInStatus)));
        Arrivals?.Restart(JobFaker.Truncate(Clock.GetUtcNow()));
    }
}
