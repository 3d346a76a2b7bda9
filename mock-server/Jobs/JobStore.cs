namespace BuenaMock.Jobs;

/// <summary>
/// The server's users and jobs. Reads take an immutable snapshot and see the jobs as they are at
/// the instant asked for, so a reader always sees whole jobs and statistics consistent with them;
/// writes are serialised and publish a new snapshot.
/// </summary>
internal sealed class JobStore
{
    private readonly Lock _writeLock = new();
    private volatile Snapshot _current;
    private volatile View? _view;

    public JobStore(DataSet data)
    {
        ArgumentNullException.ThrowIfNull(data);
        _current = Snapshot.Create(data.Users, data.Timelines.Select(t => new JobRecord(t)), version: 1);
    }

    /// <summary>Grows by one with every change; cached answers are keyed by it.</summary>
    public long Version => _current.Version;

    public IReadOnlyList<User> Users => _current.Users;

    public bool TryGetUser(string userId, out User user) => _current.UsersById.TryGetValue(userId, out user!);

    /// <summary>The user's jobs at <paramref name="now"/>, newest first (ties by id); empty for an unknown user.</summary>
    public IReadOnlyList<Job> JobsOf(string userId, DateTimeOffset now) => ViewAt(now).JobsOf(userId);

    /// <summary>Every user's jobs at <paramref name="now"/>, newest first (ties by id).</summary>
    public IReadOnlyList<Job> AllJobs(DateTimeOffset now) => ViewAt(now).All();

    public Job? Find(string jobId, DateTimeOffset now) =>
        _current.ById.TryGetValue(jobId, out var record) ? record.At(now) : null;

    /// <summary>The stored records (timelines and edits), newest first: what a state file saves.</summary>
    public IReadOnlyList<JobRecord> Records => _current.All;

    /// <summary>Sets the message of a job; returns the job as it is now, or null when there is no such job.</summary>
    public Job? EditMessage(string jobId, string message, DateTimeOffset now)
    {
        lock (_writeLock)
        {
            var snapshot = _current;
            if (!snapshot.ById.TryGetValue(jobId, out var record))
            {
                return null;
            }

            var updated = record.WithMessage(message, now);
            _current = snapshot.Replace(updated);
            return updated.At(now);
        }
    }

    /// <summary>Adds a job (created through the control API); returns it as it is at <paramref name="now"/>.</summary>
    public Job Add(JobTimeline timeline, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        AddRange([timeline]);
        return Find(timeline.Id, now)!;
    }

    /// <summary>Adds jobs in one change (jobs that arrived on their own).</summary>
    public void AddRange(IReadOnlyCollection<JobTimeline> timelines)
    {
        ArgumentNullException.ThrowIfNull(timelines);
        if (timelines.Count == 0)
        {
            return;
        }

        lock (_writeLock)
        {
            var snapshot = _current;
            _current = Snapshot.Create(snapshot.Users, snapshot.All.Concat(timelines.Select(t => new JobRecord(t))), snapshot.Version + 1);
        }
    }

    /// <summary>Whether a job with this id exists.</summary>
    public bool Contains(string jobId) => _current.ById.ContainsKey(jobId);

    /// <summary>Replaces users and jobs with freshly generated ones (reset).</summary>
    public void Load(DataSet data)
    {
        ArgumentNullException.ThrowIfNull(data);
        Load(data.Users, data.Timelines.Select(t => new JobRecord(t)));
    }

    /// <summary>Replaces users and jobs (reset, state loading).</summary>
    public void Load(IReadOnlyList<User> users, IEnumerable<JobRecord> records)
    {
        lock (_writeLock)
        {
            _current = Snapshot.Create(users, records, _current.Version + 1);
        }
    }

    /// <summary>Newest <c>createdAt</c> first; equal instants ordered by id so the order is stable.</summary>
    public static int NewestFirst(JobRecord a, JobRecord b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var byTime = b.CreatedAt.CompareTo(a.CreatedAt);
        return byTime != 0 ? byTime : string.CompareOrdinal(a.Id, b.Id);
    }

    // The jobs as they are at one second of one snapshot, built per user on first use.
    private View ViewAt(DateTimeOffset now)
    {
        var snapshot = _current;
        var second = now.ToUnixTimeSeconds();
        var view = _view;
        if (view is null || view.Snapshot != snapshot || view.Second != second)
        {
            view = new View(snapshot, second, DateTimeOffset.FromUnixTimeSeconds(second));
            _view = view;
        }

        return view;
    }

    private sealed class View(Snapshot snapshot, long second, DateTimeOffset now)
    {
        private readonly Dictionary<string, Job[]> _byUser = new(StringComparer.Ordinal);
        private Job[]? _all;

        public Snapshot Snapshot { get; } = snapshot;

        public long Second { get; } = second;

        public Job[] JobsOf(string userId)
        {
            lock (_byUser)
            {
                if (!_byUser.TryGetValue(userId, out var jobs))
                {
                    jobs = Snapshot.ByUser.TryGetValue(userId, out var records) ? Materialize(records) : [];
                    _byUser[userId] = jobs;
                }

                return jobs;
            }
        }

        public Job[] All() => _all ??= Materialize(Snapshot.All);

        private Job[] Materialize(JobRecord[] records)
        {
            var jobs = new Job[records.Length];
            for (var i = 0; i < records.Length; i++)
            {
                jobs[i] = records[i].At(now);
            }

            return jobs;
        }
    }

    private sealed class Snapshot
    {
        public required long Version { get; init; }
        public required IReadOnlyList<User> Users { get; init; }
        public required Dictionary<string, User> UsersById { get; init; }
        public required Dictionary<string, JobRecord[]> ByUser { get; init; }
        public required Dictionary<string, JobRecord> ById { get; init; }
        public required JobRecord[] All { get; init; }

        public static Snapshot Create(IReadOnlyList<User> users, IEnumerable<JobRecord> records, long version)
        {
            var all = records.ToArray();
            Array.Sort(all, NewestFirst);
            var byUser = all.GroupBy(r => r.UserId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
            return new Snapshot
            {
                Version = version,
                Users = users,
                UsersById = users.ToDictionary(u => u.Id, StringComparer.Ordinal),
                ByUser = users.ToDictionary(u => u.Id, u => byUser.GetValueOrDefault(u.Id) ?? [], StringComparer.Ordinal),
                ById = all.ToDictionary(j => j.Id, StringComparer.Ordinal),
                All = all,
            };
        }

        public Snapshot Replace(JobRecord updated) => new()
        {
            Version = Version + 1,
            Users = Users,
            UsersById = UsersById,
            ByUser = new Dictionary<string, JobRecord[]>(ByUser, StringComparer.Ordinal)
            {
                [updated.UserId] = ReplaceIn(ByUser[updated.UserId], updated),
            },
            ById = new Dictionary<string, JobRecord>(ById, StringComparer.Ordinal) { [updated.Id] = updated },
            All = ReplaceIn(All, updated),
        };

        private static JobRecord[] ReplaceIn(JobRecord[] records, JobRecord updated)
        {
            var copy = (JobRecord[])records.Clone();
            copy[Array.FindIndex(copy, r => r.Id == updated.Id)] = updated;
            return copy;
        }
    }
}
