using System.Text.RegularExpressions;
using BuenaMock.Jobs;
using BuenaMock.Tests.Support;

namespace BuenaMock.Tests.Jobs;

public partial class JobFakerTests
{
    public static TheoryData<int> Seeds => [1, 7, 42, 2024, -5, int.MaxValue];

    [Fact]
    public void AssertConfigurationIsValid_JobFaker_EveryPropertyHasARule()
    {
        var faker = new JobFaker(DataSet.DocumentedUserId, seed: 42, TestClock.Now, jobsPerUser: 60);

        Action act = () => faker.AssertConfigurationIsValid();

        act.Should().NotThrow();
    }

    [Fact]
    public void AssertConfigurationIsValid_UserFaker_EveryPropertyHasARule()
    {
        Action act = () => new UserFaker(42).AssertConfigurationIsValid();

        act.Should().NotThrow();
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Generate_FirstFourJobs_AreOneOfEachStatus(int seed)
    {
        var jobs = new JobFaker(DataSet.DocumentedUserId, seed, TestClock.Now, jobsPerUser: 4).Generate(4).Select(t => t.At(TestClock.Now));

        jobs.Select(j => j.Status).Should().BeEquivalentTo(JobStatuses.All);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Generate_AnyJob_CompletedAtIsNullExactlyWhilePendingOrRunning(int seed)
    {
        foreach (var job in Generate(seed))
        {
            if (job.Status is JobStatuses.Pending or JobStatuses.Running)
            {
                job.CompletedAt.Should().BeNull("job {0} is {1}", job.Id, job.Status);
            }
            else
            {
                job.CompletedAt.Should().NotBeNull("job {0} is {1}", job.Id, job.Status);
                job.CompletedAt!.Value.Should().BeOnOrAfter(job.CreatedAt, "job {0} cannot end before it starts", job.Id);
                job.CompletedAt!.Value.Should().BeOnOrBefore(TestClock.Now, "job {0} cannot end in the future", job.Id);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Generate_AnyJob_CreatedWithinTheLastThirtyDaysInWholeSeconds(int seed)
    {
        foreach (var job in Generate(seed))
        {
            job.CreatedAt.Should().BeOnOrAfter(TestClock.Now.AddDays(-30), "job {0}", job.Id);
            job.CreatedAt.Should().BeOnOrBefore(TestClock.Now, "job {0}", job.Id);
            job.CreatedAt.Offset.Should().Be(TimeSpan.Zero);
            (job.CreatedAt.Ticks % TimeSpan.TicksPerSecond).Should().Be(0, "the API reports whole seconds");
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Generate_SixtyJobs_SeveralCreatedInTheLast24Hours(int seed)
    {
        var jobs = new JobFaker(DataSet.DocumentedUserId, seed, TestClock.Now, jobsPerUser: 60).Generate(60);

        var recent = jobs.Count(j => j.CreatedAt >= TestClock.Now.AddHours(-24));

        recent.Should().BeGreaterThanOrEqualTo(3, "the page's \"today's summary\" example must not be empty");
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Generate_AnyJob_ProgressMatchesStatus(int seed)
    {
        foreach (var job in Generate(seed))
        {
            job.Progress.Should().BeInRange(0, 100, "job {0}", job.Id);
            switch (job.Status)
            {
                case JobStatuses.Completed:
                    job.Progress.Should().Be(100, "completed job {0}", job.Id);
                    break;
                case JobStatuses.Pending:
                    job.Progress.Should().Be(0, "pending job {0}", job.Id);
                    break;
                default:
                    job.Progress.Should().BeLessThan(100, "{0} job {1} has not finished its work", job.Status, job.Id);
                    break;
            }
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Generate_EnrichmentJob_ProcessedAtMostBatchSizeAndNoLinkedInFields(int seed)
    {
        var enrichment = Generate(seed).Where(j => j.Type == JobTypes.DataEnrichment).ToList();

        enrichment.Should().NotBeEmpty();
        foreach (var job in enrichment)
        {
            job.Metadata.BatchSize.Should().BePositive("job {0}", job.Id);
            job.Metadata.Processed.Should().BeInRange(0, job.Metadata.BatchSize!.Value, "job {0}", job.Id);
            job.Metadata.ActionType.Should().BeNull();
            job.Metadata.ProfileUrl.Should().BeNull();
            job.Metadata.Delay.Should().BeNull();
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Generate_LinkedInJob_HasDocumentedActionTypeProfileUrlAndDelayInMilliseconds(int seed)
    {
        var linkedIn = Generate(seed).Where(j => j.Type == JobTypes.LinkedInAction).ToList();

        linkedIn.Should().NotBeEmpty();
        foreach (var job in linkedIn)
        {
            job.Metadata.ActionType.Should().BeOneOf(DocumentedActionTypes, "job {0}", job.Id);
            job.Metadata.ProfileUrl.Should().MatchRegex(@"^https://linkedin\.com/in/[a-z0-9-]+$", "job {0}", job.Id);
            // Milliseconds: the documented example is 75000 ms; a value in seconds would be below 1000.
            job.Metadata.Delay.Should().BeInRange(1_000, 3_600_000, "job {0}", job.Id);
            job.Metadata.BatchSize.Should().BeNull();
            job.Metadata.Processed.Should().BeNull();
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Generate_RunningLinkedInJob_CreatedAtLeastItsDelayAgo(int seed)
    {
        var running = Generate(seed).Where(j => j.Type == JobTypes.LinkedInAction && j.Status == JobStatuses.Running).ToList();

        running.Should().NotBeEmpty();
        foreach (var job in running)
        {
            (TestClock.Now - job.CreatedAt).Should().BeGreaterThanOrEqualTo(
                TimeSpan.FromMilliseconds(job.Metadata.Delay!.Value), "running job {0} waited its delay first", job.Id);
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Generate_PendingLinkedInJob_StillWithinItsDelay(int seed)
    {
        var pending = Generate(seed).Where(j => j.Type == JobTypes.LinkedInAction && j.Status == JobStatuses.Pending).ToList();

        pending.Should().NotBeEmpty();
        foreach (var job in pending)
        {
            (TestClock.Now - job.CreatedAt).Should().BeLessThan(
                TimeSpan.FromMilliseconds(job.Metadata.Delay!.Value), "pending job {0} is still waiting for its delay", job.Id);
            job.Message.Should().Be($"{job.Metadata.ActionType} action scheduled successfully with delay of {job.Metadata.Delay} ms.");
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Generate_DataSet_FailuresIncludeRetryableAndPermanentMessages(int seed)
    {
        var failed = DataSet.Generate(seed, TestClock.Now, userCount: 3, jobsPerUser: 60).Jobs
            .Where(j => j.Status == JobStatuses.Failed)
            .ToList();

        failed.Should().OnlyContain(j => !string.IsNullOrWhiteSpace(j.Message));
        failed.Should().Contain(j => IsRetryable(j.Message), "the page's cleanup example retries these");
        failed.Should().Contain(j => !IsRetryable(j.Message), "some failures are permanent");
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Generate_AnyJob_IdIsJobPrefixedLowercaseHex(int seed)
    {
        Generate(seed).Should().OnlyContain(j => JobId().IsMatch(j.Id));
    }

    [Fact]
    public void Generate_BothDocumentedTypes_Appear()
    {
        Generate(42).Select(j => j.Type).Distinct().Should().BeEquivalentTo(JobTypes.All);
    }

    private static readonly string[] DocumentedActionTypes =
    [
        "sendConnectionRequest", "getAcceptedConnections", "sendMessageToFirst", "sendFirstMessage",
        "sendVoiceMessage", "getLinkedInMessages", "getSpecificConversationMessages", "accessConversationByThreadId",
    ];

    // Three users' worth of jobs, so that every kind of job (e.g. a running LinkedIn action) is present for every seed.
    private static List<Job> Generate(int seed) =>
        Enumerable.Range(0, 3)
            .SelectMany(u => new JobFaker(DataSet.DocumentedUserId, unchecked(seed + u), TestClock.Now, jobsPerUser: 60).Generate(60))
            .Select(t => t.At(TestClock.Now))
            .ToList();

    private static bool IsRetryable(string message) =>
        message.Contains("rate limit", StringComparison.OrdinalIgnoreCase)
        || message.Contains("timeout", StringComparison.OrdinalIgnoreCase)
        || message.Contains("network", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex("^job_[0-9a-f]+$")]
    private static partial Regex JobId();
}
