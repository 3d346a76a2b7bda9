using Bogus;

namespace BuenaMock.Jobs;

/// <summary>
/// Generates realistic job timelines for one user from a seed and a reference "now". At that
/// instant the first four jobs are pending, running, failed and completed; the first tenth (at least
/// three) were created in the last 24 hours, the rest over the last 30 days. Rules run in declaration
/// order and new rules go last, so existing seeds keep their data.
/// </summary>
internal sealed class JobFaker : Faker<JobTimeline>
{
    private const string HexDigits = "0123456789abcdef";
    private static readonly TimeSpan History = TimeSpan.FromDays(30);
    private static readonly TimeSpan RecentWindow = TimeSpan.FromHours(24);
    internal static readonly int[] BatchSizes = [10, 25, 50, 100, 200];

    private readonly DateTimeOffset _now;
    private readonly int _recentCount;

    // The state the job being generated must be in at "now", and its start and end: chosen by the
    // Outcome and CreatedAt rules, read by the rules after them.
    private string _status = JobStatuses.Pending;
    private DateTimeOffset _startAt;
    private DateTimeOffset _endAt;

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
        RuleFor(j => j.Metadata, (f, j) => j.Type == JobTypes.LinkedInAction ? LinkedInMetadata(f) : EnrichmentMetadata(f));
        RuleFor(j => j.Outcome, f =>
        {
            _status = f.IndexFaker < JobStatuses.All.Count
                ? JobStatuses.All[f.IndexFaker]
                : f.Random.WeightedRandom(
                    [JobStatuses.Completed, JobStatuses.Failed, JobStatuses.Running, JobStatuses.Pending],
                    [0.72f, 0.10f, 0.10f, 0.08f]);
            return JobStatuses.IsActive(_status)
                ? f.Random.WeightedRandom([JobStatuses.Completed, JobStatuses.Failed], [0.85f, 0.15f])
                : _status;
        });
        RuleFor(j => j.FailurePoint, (f, j) => j.Type == JobTypes.LinkedInAction
            ? f.Random.Int(0, 90)
            : f.Random.Int(0, j.Metadata.BatchSize!.Value - 1));
        RuleFor(j => j.FailureMessage, (f, j) => FailureMessage(f, j.Type));
        RuleFor(j => j.CreatedAt, (f, j) => Schedule(f, j));
        RuleFor(j => j.StartAt, _ => _startAt);
        RuleFor(j => j.EndAt, _ => _endAt);
    }

    /// <summary>Drops sub-second precision: the API reports whole seconds.</summary>
    public static DateTimeOffset Truncate(DateTimeOffset instant) =>
        DateTimeOffset.FromUnixTimeSeconds(instant.ToUnixTimeSeconds());

    internal static JobMetadata LinkedInMetadata(Faker f)
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

    internal static JobMetadata EnrichmentMetadata(Faker f) => new() { BatchSize = f.PickRandom(BatchSizes) };

    internal static string FailureMessage(Faker f, string type)
    {
        var linkedIn = type == JobTypes.LinkedInAction;
        return f.PickRandom<string>(f.Random.Bool()
            ? (linkedIn ? JobWords.RetryableLinkedInFailures : JobWords.RetryableEnrichmentFailures)
            : (linkedIn ? JobWords.PermanentLinkedInFailures : JobWords.PermanentEnrichmentFailures));
    }

    /// <summary>
    /// Chooses created, start and end so that the job is in <see cref="_status"/> at "now": a LinkedIn
    /// action waits its delay before it runs; an enrichment batch waits in a queue, then takes one to
    /// four seconds a lead.
    /// </summary>
    private DateTimeOffset Schedule(Faker f, JobTimeline job)
    {
        var linkedIn = job.Type == JobTypes.LinkedInAction;
        var wait = linkedIn ? job.Metadata.Delay!.Value / 1000 : f.Random.Int(5, 600);
        var run = linkedIn ? f.Random.Int(5, 120) : job.Metadata.BatchSize!.Value * f.Random.Int(1, 4);
        if (job.Outcome == JobStatuses.Failed)
        {
            run = Math.Max(1, run * Math.Max(1, job.FailurePoint) / (linkedIn ? 100 : job.Metadata.BatchSize!.Value));
        }

        DateTimeOffset created;
        switch (_status)
        {
            case JobStatuses.Pending:
                created = _now.AddSeconds(-f.Random.Int(0, wait - 1));
                _startAt = created.AddSeconds(wait);
                break;
            case JobStatuses.Running:
                _startAt = _now.AddSeconds(-f.Random.Int(0, run - 1));
                created = _startAt.AddSeconds(-wait);
                break;
            default:
                var window = f.IndexFaker < _recentCount ? RecentWindow : History;
                var latestCreated = _now.AddSeconds(-(wait + run));
                created = latestCreated.AddSeconds(-f.Random.Long(0, (long)window.TotalSeconds - wait - run));
                _startAt = created.AddSeconds(wait);
                break;
        }

        _endAt = _startAt.AddSeconds(run);
        return created;
    }
}
