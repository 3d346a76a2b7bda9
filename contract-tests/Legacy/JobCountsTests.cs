using BuenaMock.ContractTests.Infrastructure;
using BuenaMock.ContractTests.Rules;
using BuenaMock.ContractTests.Verdicts;
using FluentAssertions;

namespace BuenaMock.ContractTests.Legacy;

/// <summary>
/// GET /users/jobs/jobCounts: the statistics of the same jobs the list routes return. The counts are compared with a
/// list read just before and just after them; when the two lists agree the counts must equal theirs, and a target that
/// never holds still for <see cref="Attempts"/> tries is held to bounds that no move can break.
/// </summary>
[Rule(RuleCatalog.JobCounts)]
public sealed class JobCountsTests(TargetFixture target) : ContractTest(target)
{
    private const string Route = "users/jobs/jobCounts";
    private const int Attempts = 5;

    [Theory]
    [InlineData(KeyRole.Main)]
    [InlineData(KeyRole.Other)]
    public async Task GetJobCounts_UserKey_StatisticsOfThatUsersJobs(KeyRole role)
    {
        var key = RequireKey(role);

        await ShouldCountAsync(() => GetJobsAsync(key), () => Client.GetAsync(Route, key));
    }

    [Fact]
    public async Task GetJobCounts_GlobalKeyWithUserId_StatisticsOfThatUsersJobs()
    {
        var global = RequireKey(KeyRole.Global);
        var user = await RequireUserIdAsync(KeyRole.Main);

        await ShouldCountAsync(GetMainJobsAsync, () => Client.GetAsync(Route, global, [ContractClient.Param("userId", user)]));
    }

    [Fact]
    public async Task GetJobCounts_GlobalKey_StatisticsOfEveryUsersJobs()
    {
        var global = RequireKey(KeyRole.Global);

        await ShouldCountAsync(
            async () =>
            {
                var everyone = await Client.GetAsync("users/jobs/jobStatus", global);
                everyone.ShouldConform(200, Schemas, SchemaNames.JobStatusResponse);
                return JobsPayload.From(everyone);
            },
            () => Client.GetAsync(Route, global));
    }

    [Fact]
    public async Task GetJobCounts_KeyWithoutUsersRead_Returns403NamingUsersRead()
    {
        var response = await Client.GetAsync(Route, RequireKey(KeyRole.Limited));

        response.ShouldBePermissionDenied(Schemas, "users:read");
    }

    private async Task ShouldCountAsync(Func<Task<JobsPayload>> list, Func<Task<ContractResponse>> counts)
    {
        for (var attempt = 1; ; attempt++)
        {
            var before = await list();
            var response = await counts();
            var after = await list();
            response.ShouldConform(200, Schemas, SchemaNames.JobCountsResponse);
            var actual = JobStatistics.From(response.Json?["data"]?["statistics"]);
            var context = before.Response.Describe() + response.Describe() + after.Response.Describe();
            actual.ShouldHaveOwnSuccessRate(context);
            if (JobStatistics.Expected(before.Jobs) == JobStatistics.Expected(after.Jobs))
            {
                actual.ShouldDescribe(after.Jobs, context);
                return;
            }

            if (attempt == Attempts)
            {
                ShouldLieBetween(actual, JobStatistics.Expected(before.Jobs), JobStatistics.Expected(after.Jobs), context);
                return;
            }
        }
    }

    /// <summary>Jobs are only added and completed and failed are final: those counts lie between the two lists'.</summary>
    private static void ShouldLieBetween(JobStatistics actual, JobStatistics before, JobStatistics after, string context)
    {
        actual.Total.Should().BeInRange(before.Total ?? 0, after.Total ?? 0, "statistics.total lies between the lists read before and after{0}", context);
        actual.Completed.Should().BeInRange(before.Completed ?? 0, after.Completed ?? 0, "statistics.completed lies between the lists read before and after{0}", context);
        actual.Failed.Should().BeInRange(before.Failed ?? 0, after.Failed ?? 0, "statistics.failed lies between the lists read before and after{0}", context);
    }
}
