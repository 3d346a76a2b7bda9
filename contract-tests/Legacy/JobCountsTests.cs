using BuenaMock.ContractTests.Infrastructure;
using BuenaMock.ContractTests.Rules;

namespace BuenaMock.ContractTests.Legacy;

/// <summary>GET /users/jobs/jobCounts: the statistics of the same jobs /users/jobs returns.</summary>
public sealed class JobCountsTests(TargetFixture target) : ContractTest(target)
{
    private const string Route = "users/jobs/jobCounts";

    [Theory]
    [InlineData(KeyRole.Main)]
    [InlineData(KeyRole.Other)]
    public async Task GetJobCounts_UserKey_StatisticsOfThatUsersJobs(KeyRole role)
    {
        var key = RequireKey(role);
        var jobs = await GetJobsAsync(key);

        var response = await Client.GetAsync(Route, key);

        response.ShouldConform(200, Schemas, SchemaNames.JobCountsResponse);
        JobStatistics.From(response.Json?["data"]?["statistics"]).ShouldDescribe(jobs.Jobs, jobs.Response.Describe() + response.Describe());
    }

    [Fact]
    public async Task GetJobCounts_GlobalKeyWithUserId_StatisticsOfThatUsersJobs()
    {
        var global = RequireKey(KeyRole.Global);
        var user = await RequireUserIdAsync(KeyRole.Main);
        var jobs = await GetMainJobsAsync();

        var response = await Client.GetAsync(Route, global, [ContractClient.Param("userId", user)]);

        response.ShouldConform(200, Schemas, SchemaNames.JobCountsResponse);
        JobStatistics.From(response.Json?["data"]?["statistics"]).ShouldDescribe(jobs.Jobs, jobs.Response.Describe() + response.Describe());
    }

    [Fact]
    public async Task GetJobCounts_GlobalKey_StatisticsOfEveryUsersJobs()
    {
        var global = RequireKey(KeyRole.Global);
        var everyone = await Client.GetAsync("users/jobs/jobStatus", global);
        everyone.ShouldConform(200, Schemas, SchemaNames.JobStatusResponse);
        var all = JobsPayload.From(everyone);

        var response = await Client.GetAsync(Route, global);

        response.ShouldConform(200, Schemas, SchemaNames.JobCountsResponse);
        JobStatistics.From(response.Json?["data"]?["statistics"]).ShouldDescribe(all.Jobs, everyone.Describe() + response.Describe());
    }

    [Fact]
    public async Task GetJobCounts_KeyWithoutUsersRead_Returns403NamingUsersRead()
    {
        var response = await Client.GetAsync(Route, RequireKey(KeyRole.Limited));

        response.ShouldBePermissionDenied(Schemas, "users:read");
    }
}
