using BuenaMock.Jobs;

namespace BuenaMock.Tests.Support;

/// <summary>Hand-made jobs and data sets, for tests that need exact values rather than generated ones.</summary>
internal static class TestJobs
{
    public const string UserA = "aaaaaaaaaaaaaaaaaaaaaaaa";
    public const string UserB = "bbbbbbbbbbbbbbbbbbbbbbbb";

    public static Job Make(string id, string status = JobStatuses.Completed, string type = JobTypes.DataEnrichment, long createdAt = 1_700_000_000, string userId = UserA) => new()
    {
        Id = id,
        UserId = userId,
        Type = type,
        Status = status,
        CreatedAt = DateTimeOffset.FromUnixTimeSeconds(createdAt),
        CompletedAt = JobStatuses.IsActive(status) ? null : DateTimeOffset.FromUnixTimeSeconds(createdAt + 60),
        Message = $"message of {id}",
        Progress = status == JobStatuses.Completed ? 100 : 0,
        Metadata = type == JobTypes.DataEnrichment
            ? new JobMetadata { BatchSize = 10, Processed = status == JobStatuses.Completed ? 10 : 0 }
            : new JobMetadata { ActionType = "sendConnectionRequest", ProfileUrl = "https://linkedin.com/in/someone", Delay = 60_000 },
    };

    public static IReadOnlyList<Job> WithStatuses(params string[] statuses) =>
        statuses.Select((s, i) => Make($"job_{i:x4}", s)).ToList();

    public static DataSet Data(params Job[] jobs) => new()
    {
        Users = [new User { Id = UserA, Name = "User A" }, new User { Id = UserB, Name = "User B" }],
        Timelines = jobs.Select(TimelineOf).ToList(),
        GeneratedAt = TestClock.Now,
    };

    /// <summary>A timeline whose job is in <paramref name="job"/>'s state from its creation on (pending and running for a century).</summary>
    public static JobTimeline TimelineOf(Job job) => new()
    {
        Id = job.Id,
        UserId = job.UserId,
        Type = job.Type,
        CreatedAt = job.CreatedAt,
        StartAt = job.Status == JobStatuses.Pending ? job.CreatedAt.AddYears(100) : job.CreatedAt,
        EndAt = job.CompletedAt ?? job.CreatedAt.AddYears(200),
        Outcome = job.Status == JobStatuses.Failed ? JobStatuses.Failed : JobStatuses.Completed,
        FailurePoint = job.Progress,
        FailureMessage = job.Message,
        Metadata = job.Metadata,
    };
}
