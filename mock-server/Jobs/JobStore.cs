namespace BuenaMock.Jobs;

/// <summary>
/// The server's users and jobs. Reads take an immutable snapshot, so a reader always sees whole
/// jobs and statistics consistent with them; writes are serialised and publish a new snapshot.
/// </summary>
public sealed class JobStore
{
    private readonly Lock _writeLock = new();
    private volatile Snapshot _current;

    public JobStore(DataSet data)
    {
        _current = Snapshot.Create(data.Users, data.Jobs, version: 1);
    }

    /// <summary>Grows by one with every change; cached answers are keyed by it.</summary>
    public long Version => _current.Version;

    public IReadOnlyList<User> Users => _current.Users;

    public bool TryGetUser(string userId, out User user) => _current.UsersById.TryGetValue(userId, out user!);

    /// <summary>The user's jobs, newest first (ties by id).</summary>
    public IReadOnlyList<Job> JobsOf(string userId) =>
        _current.JobsByUser.TryGetValue(userId, out var jobs) ? jobs : [];

    /// <summary>Every user's jobs, newest first (ties by id).</summary>
    public IReadOnlyList<Job> AllJobs() => _current.All;

    public Job? Find(string jobId) => _current.JobsById.GetValueOrDefault(jobId);

    /// <summary>Replaces the message of a job; returns the updated job, or null when there is no such job.</summary>
    public Job? EditMessage(string jobId, string message)
    {
        lock (_writeLock)
        {
            var snapshot = _current;
            if (!snapshot.JobsById.TryGetValue(jobId, out var job))
            {
                return null;
            }

            var updated = job.WithMessage(message);
            _current = snapshot.Replace(updated);
            return updated;
        }
    }

    /// <summary>Replaces everything with <paramref name="data"/> (used by reset and state loading).</summary>
    public void Load(DataSet data)
    {
        lock (_writeLock)
        {
            _current = Snapshot.Create(data.Users, data.Jobs, _current.Version + 1);
        }
    }

    private sealed class Snapshot
    {
        public required long Version { get; init; }
        public required IReadOnlyList<User> Users { get; init; }
        public required Dictionary<string, User> UsersById { get; init; }
        public required Dictionary<string, Job[]> JobsByUser { get; init; }
        public required Dictionary<string, Job> JobsById { get; init; }
        public required Job[] All { get; init; }

        public static Snapshot Create(IReadOnlyList<User> users, IEnumerable<Job> jobs, long version)
        {
            var all = jobs.ToArray();
            Array.Sort(all, NewestFirst);
            return new Snapshot
            {
                Version = version,
                Users = users,
                UsersById = users.ToDictionary(u => u.Id, StringComparer.Ordinal),
                JobsByUser = users.ToDictionary(
                    u => u.Id,
                    u => all.Where(j => j.UserId == u.Id).ToArray(),
                    StringComparer.Ordinal),
                JobsById = all.ToDictionary(j => j.Id, StringComparer.Ordinal),
                All = all,
            };
        }

        public Snapshot Replace(Job updated)
        {
            var byUser = new Dictionary<string, Job[]>(JobsByUser, StringComparer.Ordinal)
            {
                [updated.UserId] = ReplaceIn(JobsByUser[updated.UserId], updated),
            };
            var byId = new Dictionary<string, Job>(JobsById, StringComparer.Ordinal) { [updated.Id] = updated };
            return new Snapshot
            {
                Version = Version + 1,
                Users = Users,
                UsersById = UsersById,
                JobsByUser = byUser,
                JobsById = byId,
                All = ReplaceIn(All, updated),
            };
        }

        private static Job[] ReplaceIn(Job[] jobs, Job updated)
        {
            var copy = (Job[])jobs.Clone();
            var index = Array.FindIndex(copy, j => j.Id == updated.Id);
            copy[index] = updated;
            return copy;
        }
    }

    /// <summary>Newest <c>createdAt</c> first; equal instants ordered by id so the order is stable.</summary>
    public static int NewestFirst(Job a, Job b)
    {
        var byTime = b.CreatedAt.CompareTo(a.CreatedAt);
        return byTime != 0 ? byTime : string.CompareOrdinal(a.Id, b.Id);
    }
}
