using Bogus;

namespace BuenaMock.Jobs;

/// <summary>
/// Builds the timeline of a job that starts its life at a given instant: one created through the
/// control API (in the state asked for) or one that arrives on its own (pending). Seeded, and
/// serialised, so the same sequence of calls gives the same jobs.
/// </summary>
internal sealed class JobBuilder
{
    private const string HexDigits = "0123456789abcdef";
    private readonly Faker _faker;
    private readonly Lock _lock = new();

    public JobBuilder(int seed)
    {
        _faker = new Faker { Random = new Randomizer(seed) };
    }

    /// <summary>
    /// A job of <paramref name="type"/> for <paramref name="userId"/> that is in <paramref name="status"/>
    /// at <paramref name="now"/> (pending: created now; running: started now; completed or failed: ended now).
    /// Given metadata fields replace generated ones; <paramref name="isTaken"/> rejects ids already in use.
    /// </summary>
    public JobTimeline Build(string userId, string type, string status, DateTimeOffset now, JobMetadata? metadata, Func<string, bool> isTaken)
    {
        ArgumentNullException.ThrowIfNull(isTaken);
        lock (_lock)
        {
            var f = _faker;
            var linkedIn = type == JobTypes.LinkedInAction;
            var generated = linkedIn ? JobFaker.LinkedInMetadata(f) : JobFaker.EnrichmentMetadata(f);
            var meta = linkedIn
                ? new JobMetadata
                {
                    ActionType = metadata?.ActionType ?? generated.ActionType,
                    ProfileUrl = metadata?.ProfileUrl ?? generated.ProfileUrl,
                    Delay = metadata?.Delay ?? generated.Delay,
                }
                : new JobMetadata { BatchSize = metadata?.BatchSize ?? generated.BatchSize };

            string id;
            do
            {
                id = "job_" + f.Random.String2(10, HexDigits);
            }
            while (isTaken(id));

            var outcome = status is JobStatuses.Completed or JobStatuses.Failed
                ? status
                : f.Random.WeightedRandom([JobStatuses.Completed, JobStatuses.Failed], [0.85f, 0.15f]);
            var failurePoint = linkedIn ? f.Random.Int(0, 90) : f.Random.Int(0, Math.Max(0, meta.BatchSize!.Value - 1));
            var wait = TimeSpan.FromSeconds(linkedIn ? meta.Delay!.Value / 1000.0 : f.Random.Int(5, 600));
            var runSeconds = linkedIn ? f.Random.Int(5, 120) : Math.Max(1, meta.BatchSize!.Value * f.Random.Int(1, 4));
            if (outcome == JobStatuses.Failed)
            {
                runSeconds = Math.Max(1, runSeconds * Math.Max(1, failurePoint) / (linkedIn ? 100 : Math.Max(1, meta.BatchSize!.Value)));
            }

            var run = TimeSpan.FromSeconds(runSeconds);
            var (created, start) = status switch
            {
                JobStatuses.Running => (now - wait, now),
                JobStatuses.Completed or JobStatuses.Failed => (now - run - wait, now - run),
                _ => (now, now + wait),
            };

            return new JobTimeline
            {
                Id = id,
                UserId = userId,
                Type = type,
                CreatedAt = JobFaker.Truncate(created),
                StartAt = JobFaker.Truncate(start),
                EndAt = JobFaker.Truncate(start + run),
                Outcome = outcome,
                FailurePoint = failurePoint,
                FailureMessage = JobFaker.FailureMessage(f, type),
                Metadata = meta,
            };
        }
    }

    /// <summary>A type for a job that arrives on its own, with the generated data's mix.</summary>
    public string PickType()
    {
        lock (_lock)
        {
            return _faker.Random.WeightedRandom([JobTypes.LinkedInAction, JobTypes.DataEnrichment], [0.6f, 0.4f]);
        }
    }

    /// <summary>A user for a job that arrives on its own.</summary>
    public T Pick<T>(IReadOnlyList<T> items)
    {
        lock (_lock)
        {
            return _faker.PickRandom<T>(items);
        }
    }
}
