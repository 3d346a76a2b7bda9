using BuenaMock.Jobs;
using BuenaMock.Tests.Support;

namespace BuenaMock.Tests.Jobs;

public sealed class JobTimelineTests
{
    private static readonly DateTimeOffset Created = TestClock.Now;

    private static JobTimeline Enrichment(string outcome = JobStatuses.Completed, int failurePoint = 0) => new()
    {
        Id = "job_0000000001",
        UserId = TestJobs.UserA,
        Type = JobTypes.DataEnrichment,
        CreatedAt = Created,
        StartAt = Created.AddSeconds(60),
        EndAt = Created.AddSeconds(160),
        Outcome = outcome,
        FailurePoint = failurePoint,
        FailureMessage = "Enrichment request timeout after 30 seconds",
        Metadata = new JobMetadata { BatchSize = 50 },
    };

    private static JobTimeline LinkedIn() => new()
    {
        Id = "job_0000000002",
        UserId = TestJobs.UserA,
        Type = JobTypes.LinkedInAction,
        CreatedAt = Created,
        StartAt = Created.AddMilliseconds(75_000),
        EndAt = Created.AddSeconds(135),
        Outcome = JobStatuses.Completed,
        Metadata = new JobMetadata { ActionType = "sendConnectionRequest", ProfileUrl = "https://linkedin.com/in/johndoe", Delay = 75_000 },
    };

    [Fact]
    public void At_LinkedInAction_WaitsItsDelayThenRunsThenCompletes()
    {
        var timeline = LinkedIn();

        var waiting = timeline.At(Created.AddSeconds(74));
        var running = timeline.At(Created.AddSeconds(75));
        var done = timeline.At(Created.AddSeconds(135));

        waiting.Status.Should().Be(JobStatuses.Pending);
        waiting.Progress.Should().Be(0);
        waiting.Message.Should().Be("sendConnectionRequest action scheduled successfully with delay of 75000 ms.");
        running.Status.Should().Be(JobStatuses.Running);
        running.Message.Should().Be("Sending connection request");
        done.Status.Should().Be(JobStatuses.Completed);
        done.Progress.Should().Be(100);
        done.CompletedAt.Should().Be(Created.AddSeconds(135));
        done.Message.Should().Be("Connection request sent successfully");
    }

    [Fact]
    public void At_EveryInstant_ProgressAndProcessedNeverGoDown()
    {
        var timeline = Enrichment();
        var previous = timeline.At(Created);

        for (var second = 1; second <= 200; second++)
        {
            var job = timeline.At(Created.AddSeconds(second));
            job.Progress.Should().BeGreaterThanOrEqualTo(previous.Progress, "at +{0}s", second);
            job.Metadata.Processed!.Value.Should().BeGreaterThanOrEqualTo(previous.Metadata.Processed!.Value, "at +{0}s", second);
            job.Metadata.Processed!.Value.Should().BeLessThanOrEqualTo(50);
            (job.CompletedAt is null).Should().Be(JobStatuses.IsActive(job.Status), "at +{0}s", second);
            previous = job;
        }

        previous.Status.Should().Be(JobStatuses.Completed);
        previous.Metadata.Processed.Should().Be(50);
    }

    [Fact]
    public void At_RunningEnrichment_ProgressFollowsProcessed()
    {
        var job = Enrichment().At(Created.AddSeconds(110));

        job.Status.Should().Be(JobStatuses.Running);
        job.Metadata.Processed.Should().Be(25);
        job.Progress.Should().Be(50);
        job.Message.Should().Be("Processing lead enrichment batch");
    }

    [Fact]
    public void At_FailingJob_StopsAtItsFailurePointWithItsMessage()
    {
        var job = Enrichment(JobStatuses.Failed, failurePoint: 20).At(Created.AddSeconds(500));

        job.Status.Should().Be(JobStatuses.Failed);
        job.Metadata.Processed.Should().Be(20);
        job.Progress.Should().Be(40);
        job.Message.Should().Be("Enrichment request timeout after 30 seconds");
        job.CompletedAt.Should().Be(Created.AddSeconds(160));
    }

    [Fact]
    public void At_EditedRecord_MessageHoldsUntilTheStateChanges()
    {
        var record = new JobRecord(LinkedIn()).WithMessage("Held by support", Created.AddSeconds(80));

        record.At(Created.AddSeconds(100)).Message.Should().Be("Held by support");
        record.At(Created.AddSeconds(135)).Message.Should().Be("Connection request sent successfully");
    }
}
