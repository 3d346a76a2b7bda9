using BuenaMock.Jobs;
using BuenaMock.Tests.Support;

namespace BuenaMock.Tests.Jobs;

public class JobQueryTests
{
    private static readonly Job Job = TestJobs.Make("job_1", JobStatuses.Completed, JobTypes.LinkedInAction, createdAt: 1_000);

    [Theory]
    [InlineData(1_000L, null)]
    [InlineData(null, 1_000L)]
    [InlineData(1_000L, 1_000L)]
    [InlineData(999L, 1_001L)]
    public void Matches_CreatedAtOnOrBetweenBounds_Included(long? start, long? end)
    {
        new JobQuery(start, end).Matches(Job).Should().BeTrue();
    }

    [Theory]
    [InlineData(1_001L, null)]
    [InlineData(null, 999L)]
    public void Matches_CreatedAtOneSecondOutsideABound_Excluded(long? start, long? end)
    {
        new JobQuery(start, end).Matches(Job).Should().BeFalse();
    }

    [Fact]
    public void Matches_StatusAndTypeBothMatch_Included()
    {
        new JobQuery(Status: JobStatuses.Completed, Type: JobTypes.LinkedInAction).Matches(Job).Should().BeTrue();
    }

    [Theory]
    [InlineData(JobStatuses.Failed, JobTypes.LinkedInAction, null)]
    [InlineData(JobStatuses.Completed, JobTypes.DataEnrichment, null)]
    [InlineData(JobStatuses.Completed, JobTypes.LinkedInAction, 1_001L)]
    public void Matches_OneFilterFails_Excluded(string status, string type, long? start)
    {
        new JobQuery(start, Status: status, Type: type).Matches(Job).Should().BeFalse("filters combine with AND");
    }

    [Theory]
    [InlineData("archived")]
    [InlineData("COMPLETED")]
    [InlineData("")]
    public void Matches_StatusNotExactlyTheJobs_Excluded(string status)
    {
        new JobQuery(Status: status).Matches(Job).Should().BeFalse();
    }

    [Fact]
    public void Apply_Filters_KeepsTheGivenOrder()
    {
        IReadOnlyList<Job> jobs =
        [
            TestJobs.Make("job_c", JobStatuses.Completed, createdAt: 300),
            TestJobs.Make("job_f", JobStatuses.Failed, createdAt: 200),
            TestJobs.Make("job_b", JobStatuses.Completed, createdAt: 100),
        ];

        var selected = new JobQuery(Status: JobStatuses.Completed).Apply(jobs);

        selected.Select(j => j.Id).Should().Equal("job_c", "job_b");
    }

    [Fact]
    public void Apply_NoFilter_ReturnsEveryJob()
    {
        var jobs = TestJobs.WithStatuses(JobStatuses.Pending, JobStatuses.Failed);

        JobQuery.All.Apply(jobs).Should().Equal(jobs);
        new JobQuery().Apply(jobs).Should().Equal(jobs);
    }
}
