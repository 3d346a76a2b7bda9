using BuenaMock.Jobs;
using BuenaMock.Tests.Support;

namespace BuenaMock.Tests.Jobs;

public class JobStatisticsTests
{
    [Theory]
    [InlineData(6, 1, 85.7)]
    [InlineData(2, 1, 66.7)]
    [InlineData(1, 2, 33.3)]
    [InlineData(1, 6, 14.3)]
    [InlineData(2, 7, 22.2)]
    [InlineData(1, 7, 12.5)]
    [InlineData(5, 0, 100)]
    [InlineData(0, 3, 0)]
    public void SuccessRate_FinishedJobs_CompletedShareRoundedToOneDecimal(int completed, int failed, double expected)
    {
        var statistics = new JobStatistics(completed + failed, 0, 0, completed, failed);

        statistics.SuccessRate.Should().Be(expected);
    }

    [Fact]
    public void SuccessRate_NothingFinished_Zero()
    {
        new JobStatistics(5, 3, 2, 0, 0).SuccessRate.Should().Be(0);
    }

    [Fact]
    public void Of_MixedJobs_CountsEachStatusAndIgnoresUnfinishedInTheRate()
    {
        var jobs = TestJobs.WithStatuses(
            JobStatuses.Completed, JobStatuses.Completed, JobStatuses.Completed, JobStatuses.Completed,
            JobStatuses.Completed, JobStatuses.Completed, JobStatuses.Failed,
            JobStatuses.Pending, JobStatuses.Pending, JobStatuses.Running);

        var statistics = JobStatistics.Of(jobs);

        statistics.Should().Be(new JobStatistics(Total: 10, Pending: 2, Running: 1, Completed: 6, Failed: 1));
        statistics.SuccessRate.Should().Be(85.7);
    }

    [Fact]
    public void Of_NoJobs_AllZero()
    {
        var statistics = JobStatistics.Of([]);

        statistics.Should().Be(new JobStatistics(0, 0, 0, 0, 0));
        statistics.SuccessRate.Should().Be(0);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(42)]
    [InlineData(2024)]
    public void Of_GeneratedJobs_CountsAddUpToTotal(int seed)
    {
        var jobs = DataSet.Generate(seed, TestClock.Now, userCount: 3, jobsPerUser: 60).Jobs;

        var statistics = JobStatistics.Of(jobs);

        statistics.Total.Should().Be(180);
        (statistics.Pending + statistics.Running + statistics.Completed + statistics.Failed).Should().Be(statistics.Total);
        statistics.SuccessRate.Should().Be(Math.Round(statistics.Completed * 100.0 / (statistics.Completed + statistics.Failed), 1));
    }
}
