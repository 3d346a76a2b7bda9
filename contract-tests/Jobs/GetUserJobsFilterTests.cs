using BuenaMock.ContractTests.Infrastructure;
using BuenaMock.ContractTests.Rules;
using BuenaMock.ContractTests.Verdicts;
using FluentAssertions;

namespace BuenaMock.ContractTests.Jobs;

/// <summary>
/// GET /users/jobs filters, alone and combined. The documented rules: what comes back satisfies the filter, and holds
/// every job of the unfiltered list the filter surely selects; the inferred ones: exact equality, inclusive bounds,
/// statistics of the filtered jobs. Values come from the unfiltered list; a comparison between two requests looks
/// only at what cannot have moved between them (createdAt and type never change, completed and failed are final).
/// </summary>
public sealed class GetUserJobsFilterTests(TargetFixture target) : ContractTest(target)
{
    private const string UnknownValue = "no-such-value-contract-test";

    [Fact]
    [Rule(RuleCatalog.FilterStatus)]
    public async Task GetUserJobs_EachPresentStatus_ReturnsOnlyAndEverySettledJobWithThatStatus()
    {
        var all = await GetMainJobsAsync();
        RequireJobs(all, "a status to filter by comes from the list");

        foreach (var status in all.Jobs.Select(j => j.Status).OfType<string>().Distinct())
        {
            var filter = new JobFilter(Status: status);
            var payload = await SendFilterAsync(all, filter);
            payload.ShouldAllMatch(filter).ShouldInclude(all.Jobs.Where(j => j.Status == status && j.IsFinished),
                $"status={status} returns every job the unfiltered list shows as {status} (completed and failed are final)", all);
        }
    }

    [Fact]
    [Rule(RuleCatalog.FilterType)]
    public async Task GetUserJobs_EachPresentType_ReturnsOnlyAndEveryJobOfThatType()
    {
        var all = await GetMainJobsAsync();
        RequireJobs(all, "a type to filter by comes from the list");

        foreach (var type in all.Jobs.Select(j => j.Type).OfType<string>().Distinct())
        {
            var filter = new JobFilter(Type: type);
            var payload = await SendFilterAsync(all, filter);
            payload.ShouldAllMatch(filter).ShouldInclude(all.Jobs.Where(j => j.Type == type), $"type={type} returns every job of that type", all);
        }
    }

    [Fact]
    [Rule(RuleCatalog.StatisticsScope)]
    public async Task GetUserJobs_EachPresentStatusAndType_StatisticsCountTheFilteredJobs()
    {
        var all = await GetMainJobsAsync();
        RequireJobs(all, "values to filter by come from the list");
        var filters = all.Jobs.Select(j => j.Status).OfType<string>().Distinct().Select(s => new JobFilter(Status: s))
            .Concat(all.Jobs.Select(j => j.Type).OfType<string>().Distinct().Select(t => new JobFilter(Type: t)));

        foreach (var filter in filters)
        {
            (await SendFilterAsync(all, filter)).ShouldHaveStatisticsOfItsJobs();
        }
    }

    [Fact]
    [Rule(RuleCatalog.FiltersExact)]
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
    [Rule(RuleCatalog.InclusiveBounds)]
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
    [Rule(RuleCatalog.FilterDates)]
    public async Task GetUserJobs_StartDateOnly_ReturnsOnlyAndEveryJobCreatedAfterIt()
    {
        var all = await GetMainJobsAsync();
        RequireJobs(all, "a date to filter by comes from the list");

        foreach (var job in Spread(all.Jobs, 3))
        {
            var start = job.CreatedAtSeconds!.Value;
            var filter = new JobFilter(StartDate: JobFilter.Seconds(start));
            (await SendFilterAsync(all, filter)).ShouldAllMatch(filter)
                .ShouldInclude(all.Jobs.Where(j => j.CreatedAtSeconds > start), $"startDate={start} returns every job created after it", all);
        }
    }

    [Fact]
    [Rule(RuleCatalog.FilterDates)]
    public async Task GetUserJobs_EndDateOnly_ReturnsOnlyAndEveryJobCreatedBeforeIt()
    {
        var all = await GetMainJobsAsync();
        RequireJobs(all, "a date to filter by comes from the list");

        foreach (var job in Spread(all.Jobs, 3))
        {
            var end = job.CreatedAtSeconds!.Value;
            var filter = new JobFilter(EndDate: JobFilter.Seconds(end));
            (await SendFilterAsync(all, filter)).ShouldAllMatch(filter)
                .ShouldInclude(all.Jobs.Where(j => j.CreatedAtSeconds < end), $"endDate={end} returns every job created before it", all);
        }
    }

    [Fact]
    [Rule(RuleCatalog.InclusiveBounds)]
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
            all.Ids.Except(before.Ids.Concat(after.Ids)).Should().BeEmpty("endDate={0} and startDate={1} together hold every job of the unfiltered list{2}{3}", t, t + 1, before.Response.Describe(), after.Response.Describe());
        }
    }

    [Fact]
    [Rule(RuleCatalog.FiltersExact)]
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
    [Rule(RuleCatalog.UnknownValue)]
    [InlineData("status")]
    [InlineData("type")]
    public async Task GetUserJobs_UnknownFilterValue_ReturnsNoJobsAndZeroStatistics(string parameter)
    {
        var all = await GetMainJobsAsync();
        var value = UnknownValue;
        all.Jobs.Select(j => parameter == "status" ? j.Status : j.Type).Should().NotContain(value, "the probe value must be unknown to the data");
        var filter = parameter == "status" ? new JobFilter(Status: value) : new JobFilter(Type: value);

        var payload = await SendFilterAsync(all, filter);

        payload.Jobs.Should().BeEmpty("an unknown {0} selects nothing{1}", parameter, payload.Response.Describe());
        payload.Statistics.SuccessRate.Should().Be(0, "with no finished job successRate is 0{0}", payload.Response.Describe());
    }

    /// <summary>Sends the filter, checks the response and that it equals the unfiltered list filtered by the same rule.</summary>
    private async Task<JobsPayload> ShouldFilterAsync(JobsPayload all, JobFilter filter)
        => (await SendFilterAsync(all, filter)).ShouldEqualFiltered(all, filter);

    /// <summary>Sends the filter with the main key; checks status, schema and that the user is the same.</summary>
    private async Task<JobsPayload> SendFilterAsync(JobsPayload all, JobFilter filter)
    {
        var payload = await GetJobsAsync(RequireKey(KeyRole.Main), filter);
        payload.UserId.Should().Be(all.UserId, "a filter does not change the user{0}", payload.Response.Describe());
        return payload;
    }

    /// <summary>Up to <paramref name="count"/> jobs with a createdAt, spread over the list (first, last and between).</summary>
    private static IEnumerable<JobRecord> Spread(IReadOnlyList<JobRecord> jobs, int count)
    {
        var dated = jobs.Where(j => j.CreatedAtSeconds is not null).ToList();
        if (dated.Count == 0)
        {
            Skip("No job has a readable createdAt (the schema test says why).");
        }

        return Enumerable.Range(0, count)
            .Select(i => dated[count == 1 ? 0 : i * (dated.Count - 1) / (count - 1)])
            .DistinctBy(j => j.Id);
    }
}
