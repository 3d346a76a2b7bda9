using Bogus;

namespace BuenaMock.Jobs;

/// <summary>
/// Generates realistic jobs for one user from a seed and a reference "now".
/// The first four jobs cover all four statuses; the first tenth (at least three) are from the
/// last 24 hours; the rest spread over the last 30 days. Rules run in declaration order and
/// new rules go last, so existing seeds keep their data.
/// </summary>
public sealed class JobFaker : Faker<Job>
{
    private const string HexDigits = "0123456789abcdef";
    private static readonly TimeSpan History = TimeSpan.FromDays(30);
    private static readonly TimeSpan RecentWindow = TimeSpan.FromHours(24);
    private static readonly int[] BatchSizes = [10, 25, 50, 100, 200];

    private readonly DateTimeOffset _now;
    private readonly int _recentCount;

    // The run time chosen for the job being generated, shared by the CreatedAt and CompletedAt rules.
    private TimeSpan _duration;

    public JobFaker(string userId, int seed, DateTimeOffset now, int jobsPerUser)
    {
        _now = Truncate(now);
        _recentCount = Math.Max(3, jobsPerUser / 10);

        UseSeed(seed);
        UseDateTimeReference(_now.UtcDateTime);
        StrictMode(true);

        RuleFor(j => j.Id, f => "job_" + f.Random.String2(10, HexDigits));
        RuleFor(j => j.UserId, _ => userId);
        RuleFor(j => j.Type, f => f.Random.WeightedRandom([JobTypes.LinkedInAction, JobTypes.DataEnrichment], [0.6f, 0.4f]));
        RuleFor(j => j.Status, f => f.IndexFaker < JobStatuses.All.Count
            ? JobStatuses.All[f.IndexFaker]
            : f.Random.WeightedRandom(
                [JobStatuses.Completed, JobStatuses.Failed, JobStatuses.Running, JobStatuses.Pending],
                [0.72f, 0.10f, 0.10f, 0.08f]));
        RuleFor(j => j.Metadata, (f, j) => j.Type == JobTypes.LinkedInAction ? LinkedInMetadata(f) : EnrichmentMetadata(f, j.Status));
        RuleFor(j => j.CreatedAt, (f, j) => CreatedAt(f, j));
        RuleFor(j => j.CompletedAt, (_, j) => JobStatuses.IsActive(j.Status) ? null : j.CreatedAt + _duration);
        RuleFor(j => j.Progress, (f, j) => Progress(f, j));
        RuleFor(j => j.Message, (f, j) => Message(f, j));
    }

    /// <summary>Drops sub-second precision: the API reports whole seconds.</summary>
    public static DateTimeOffset Truncate(DateTimeOffset instant) =>
        DateTimeOffset.FromUnixTimeSeconds(instant.ToUnixTimeSeconds());

    private static JobMetadata LinkedInMetadata(Faker f)
    {
        var first = f.Name.FirstName().ToLowerInvariant();
        var last = f.Name.LastName().ToLowerInvariant();
        var slug = new string($"{first}{last}".Where(char.IsAsciiLetterOrDigit).ToArray());
        return new JobMetadata
        {
            ActionType = f.PickRandom<string>(JobWords.ActionTypes),
            ProfileUrl = $"https://linkedin.com/in/{slug}",
            Delay = f.Random.Int(30, 180) * 1000,
        };
    }

    private static JobMetadata EnrichmentMetadata(Faker f, string status)
    {
        var batchSize = f.PickRandom(BatchSizes);
        var processed = status switch
        {
            JobStatuses.Completed => batchSize,
            JobStatuses.Pending => 0,
            JobStatuses.Running => f.Random.Int(1, batchSize - 1),
            _ => f.Random.Int(0, batchSize - 1),
        };
        return new JobMetadata { BatchSize = batchSize, Processed = processed };
    }

    private DateTimeOffset CreatedAt(Faker f, Job job)
    {
        if (JobStatuses.IsActive(job.Status))
        {
            _duration = TimeSpan.Zero;
            // A LinkedIn action waits its delay before it runs.
            var waited = job.Type == JobTypes.LinkedInAction
                ? job.Metadata.Delay!.Value / 1000 is var delay && job.Status == JobStatuses.Pending
                    ? f.Random.Int(0, delay - 1)
                    : f.Random.Int(delay, delay + 1800)
                : f.Random.Int(0, 2 * 3600);
            return _now.AddSeconds(-waited);
        }

        _duration = TimeSpan.FromSeconds(job.Type == JobTypes.LinkedInAction
            ? job.Metadata.Delay!.Value / 1000 + f.Random.Int(5, 120)
            : job.Metadata.BatchSize!.Value * f.Random.Int(1, 4));
        var window = f.IndexFaker < _recentCount ? RecentWindow : History;
        var latestStart = _now - _duration;
        var offset = f.Random.Long(0, (long)(window - _duration).TotalSeconds);
        return Truncate(latestStart.AddSeconds(-Math.Max(0, offset)));
    }

    private static int Progress(Faker f, Job job) => job.Status switch
    {
        JobStatuses.Completed => 100,
        JobStatuses.Pending => 0,
        _ when job.Type == JobTypes.DataEnrichment => job.Metadata.Processed!.Value * 100 / job.Metadata.BatchSize!.Value,
        JobStatuses.Running => f.Random.Int(10, 90),
        _ => f.Random.Int(0, 90),
    };

    private static string Message(Faker f, Job job)
    {
        var linkedIn = job.Type == JobTypes.LinkedInAction;
        return job.Status switch
        {
            JobStatuses.Pending when linkedIn => JobWords.LinkedInPending(job.Metadata.ActionType!, job.Metadata.Delay!.Value),
            JobStatuses.Pending => JobWords.EnrichmentPending(job.Metadata.BatchSize!.Value),
            JobStatuses.Running when linkedIn => JobWords.LinkedInRunning(job.Metadata.ActionType!),
            JobStatuses.Running => JobWords.EnrichmentRunning(),
            JobStatuses.Completed when linkedIn => JobWords.LinkedInCompleted(job.Metadata.ActionType!),
            JobStatuses.Completed => JobWords.EnrichmentCompleted(job.Metadata.BatchSize!.Value),
            _ => f.PickRandom<string>(f.Random.Bool()
                ? (linkedIn ? JobWords.RetryableLinkedInFailures : JobWords.RetryableEnrichmentFailures)
                : (linkedIn ? JobWords.PermanentLinkedInFailures : JobWords.PermanentEnrichmentFailures)),
        };
    }
}
