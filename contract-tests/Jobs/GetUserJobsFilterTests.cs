using BuenaMock.ContractTests.Infrastructure;
using BuenaMock.ContractTests.Rules;
using FluentAssertions;

namespace BuenaMock.ContractTests.Jobs;

/// <summary>
/// GET /users/jobs filters, alone and combined: every filtered answer equals the unfiltered list filtered by the
/// contract's rule (ids and order), with statistics of its own jobs. Values are taken from the unfiltered list.
/// </summary>
public sealed class GetUserJobsFilterTests(TargetFixture target) : ContractTest(target)
{
    private const string UnknownValue = "no-such-value-contract-test";

    [Fact]
    public async Task GetUserJobs_EachPresentStatus_ReturnsExactlyJobsWithThatStatus()
    {
        var all = await GetMainJobsAsync();
        RequireJobs(all, "a status to filter by comes from the list");

        foreach (var status in all.Jobs.Select(j => j.Status).OfType<string>().Distinct())
        {
            await ShouldFilterAsync(all, new JobFilter(Status: status));
        }
    }

    [Fact]
    public async Task GetUserJobs_EachPresentType_ReturnsExactlyJobsOfThatType()
    {
        var all = await GetMainJobsAsync();
        RequireJobs(all, "a type to filter by comes from the list");

        foreach (var type in all.Jobs.Select(j => j.Type).OfType<string>().Distinct())
        {
            await ShouldFilterAsync(all, new JobFilter(Type: type));
        }
    }

    [Fact]
    public async Task GetUserJobs_StatusAndTypeCombined_ReturnsJobsMatchingBoth()
    {
        var all = await GetMainJobsAsync();
        RequireJobs(all, "values to filter by come from the list");
        var statuses = all.Jobs.Select(j => j.Status).OfType<string>().Distinct().ToList();
        var types = all.Jobs.Select(j => j.Type).OfType<string>().Distinct().ToList();

        foreach (var status in statuses)
        {
            foreach (var type in types)
            {
                await ShouldFilterAsync(all, new JobFilter(Status: status, Type: type));
            }
        }
    }

    [Fact]
    public async Task GetUserJobs_JobsOwnCreatedAtAsBothBounds_IncludesThatJob()
    {
        var all = await GetMainJobsAsync();
        RequireJobs(all, "a createdAt to filter by comes from the list");

        foreach (var job in Spread(all.Jobs, 5))
        {
            var second = JobFilter.Seconds(job.CreatedAtSeconds!.Value);
            var payload = await ShouldFilterAsync(all, new JobFilter(StartDate: second, EndDate: second));
            payload.Ids.Should().Contain(job.Id, "dates are inclusive: startDate = endDate = the job's createdAt selects that job{0}", payload.Response.Describe());
        }
    }

    [Fact]
    public async Task GetUserJobs_StartDateOnly_ReturnsJobsCreatedAtOrAfterIt()
    {
        var all = await GetMainJobsAsync();
        RequireJobs(all, "a date to filter by comes from the list");

        foreach (var job in Spread(all.Jobs, 3))
        {
            await ShouldFilterAsync(all, new JobFilter(StartDate: JobFilter.Seconds(job.CreatedAtSeconds!.Value)));
        }
    }

    [Fact]
    public async Task GetUserJobs_EndDateOnly_ReturnsJobsCreatedAtOrBeforeIt()
    {
        var all = await GetMainJobsAsync();
        RequireJobs(all, "a date to filter by comes from the list");

        foreach (var job in Spread(all.Jobs, 3))
        {
            await ShouldFilterAsync(all, new JobFilter(EndDate: JobFilter.Seconds(job.CreatedAtSeconds!.Value)));
        }
    }

    [Fact]
    public async Task GetUserJobs_DateSplitAtAnyInstant_LosesAndDuplicatesNoJob()
    {
        var all = await GetMainJobsAsync();
        RequireJobs(all, "the split instants come from the list");

        foreach (var job in Spread(all.Jobs, 3))
        {
            var t = job.CreatedAtSeconds!.Value;
            var before = await ShouldFilterAsync(all, new JobFilter(EndDate: JobFilter.Seconds(t)));
            var after = await ShouldFilterAsync(all, new JobFilter(StartDate: JobFilter.Seconds(t + 1)));

            before.Ids.Intersect(after.Ids).Should().BeEmpty("endDate={0} and startDate={1} share no job{2}{3}", t, t + 1, before.Response.Describe(), after.Response.Describe());
            before.Ids.Concat(after.Ids).Should().BeEquivalentTo(all.Ids, "endDate={0} and startDate={1} together hold every job of the unfiltered list{2}{3}", t, t + 1, before.Response.Describe(), after.Response.Describe());
        }
    }

    [Fact]
    public async Task GetUserJobs_AllFiltersCombined_ReturnsJobsMatchingAll()
    {
        var all = await GetMainJobsAsync();
        RequireJobs(all, "values to filter by come from the list");
        var ordered = all.Jobs.Where(j => j.CreatedAtSeconds is not null).OrderBy(j => j.CreatedAtSeconds).ToList();
        var start = ordered[ordered.Count / 4].CreatedAtSeconds!.Value;
        var end = ordered[ordered.Count * 3 / 4].CreatedAtSeconds!.Value;

        foreach (var job in Spread(all.Jobs, 4))
        {
            await ShouldFilterAsync(all, new JobFilter(job.Status, job.Type, JobFilter.Seconds(start), JobFilter.Seconds(end)));
        }
    }

    [Theory]
    [InlineData("status")]
    [InlineData("type")]
    public async Task GetUserJobs_UnknownFilterValue_ReturnsNoJobsAndZeroStatistics(string parameter)
    {
        var all = await GetMainJobsAsync();
        var value = UnknownValue;
        all.Jobs.Select(j => parameter == "status" ? j.Status : j.Type).Should().NotContain(value, "the probe value must be unknown to the data");
        var filter = parameter == "status" ? new JobFilter(Status: value) : new JobFilter(Type: value);

        var payload = await ShouldFilterAsync(all, filter);

        payload.Jobs.Should().BeEmpty("an unknown {0} selects nothing{1}", parameter, payload.Response.Describe());
        payload.Statistics.SuccessRate.Should().Be(0, "with no finished job successRate is 0{0}", payload.Response.Describe());
    }

    /// <summary>Sends the filter, checks the response and that it equals the unfiltered list filtered by the same rule.</summary>
    private async Task<JobsPayload> ShouldFilterAsync(JobsPayload all, JobFilter filter)
    {
        var payload = await GetJobsAsync(RequireKey(KeyRole.Main), filter);
        payload.ShouldEqualFiltered(all, filter).ShouldHaveStatisticsOfItsJobs();
        payload.UserId.Should().Be(all.UserId, "a filter does not change the user{0}", payload.Response.Describe());
        return payload;
    }

    /// <summary>Up to <paramref name="count"/> jobs with a createdAt, spread over the list (first, last and between).</summary>
    private static IEnumerable<JobRecord> Spread(IReadOnlyList<JobRecord> jobs, int count)
    {
        var dated = jobs.Where(j => j.CreatedAtSeconds is not null).ToList();
        if (dated.Count == 0)
        {
            Assert.Skip("No job has a readable createdAt (the schema test says why).");
        }

        return Enumerable.Range(0, count)
            .Select(i => dated[count == 1 ? 0 : i * (dated.Count - 1) / (count - 1)])
            .DistinctBy(j => j.Id);
    }
}
