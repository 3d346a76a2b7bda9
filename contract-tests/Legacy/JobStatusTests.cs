using BuenaMock.ContractTests.Infrastructure;
using BuenaMock.ContractTests.Rules;
using FluentAssertions;

namespace BuenaMock.ContractTests.Legacy;

/// <summary>GET /users/jobs/jobStatus: needs jobs:read; every job carries its userId; a user key sees its own jobs, a global key everyone's.</summary>
public sealed class JobStatusTests(TargetFixture target) : ContractTest(target)
{
    private const string Route = "users/jobs/jobStatus";

    [Fact]
    public async Task GetJobStatus_UserKeyWithJobsRead_ReturnsOwnJobsWithUserIdAndStatistics()
    {
        var key = RequireKey(KeyRole.Main);
        await RequirePermissionAsync(KeyRole.Main, "jobs:read");
        var user = await RequireUserIdAsync(KeyRole.Main);
        var response = await Client.GetAsync(Route, key);
        if (response.StatusCode == 403 && !Configuration.IsInProcess && await HasPermissionAsync(KeyRole.Main, "jobs:read") is null)
        {
            Assert.Skip("BUENA_API_KEY may lack jobs:read on this target (jobStatus answered 403 and /health does not list permissions).");
        }

        response.ShouldConform(200, Schemas, SchemaNames.JobStatusResponse);
        var payload = JobsPayload.From(response);
        payload.ShouldHaveStatisticsOfItsJobs().ShouldKeepJobInvariants().ShouldHaveUniqueIds();
        payload.Jobs.Select(j => j.UserId).Should().AllBe(user, "a user key sees only its own user's jobs, each carrying userId{0}", response.Describe());
        var own = await GetMainJobsAsync();
        payload.Ids.Should().BeEquivalentTo(own.Ids, "jobStatus with a user key lists that user's jobs, the same as /users/jobs{0}{1}", own.Response.Describe(), response.Describe());
    }

    [Fact]
    public async Task GetJobStatus_GlobalKey_ReturnsEveryUsersJobsWithUserId()
    {
        var global = RequireKey(KeyRole.Global);
        var response = await Client.GetAsync(Route, global);

        response.ShouldConform(200, Schemas, SchemaNames.JobStatusResponse);
        var payload = JobsPayload.From(response);
        payload.ShouldHaveStatisticsOfItsJobs().ShouldKeepJobInvariants().ShouldHaveUniqueIds();
        payload.Jobs.Should().OnlyContain(j => !string.IsNullOrEmpty(j.UserId), "every jobStatus job carries userId{0}", response.Describe());

        foreach (var role in new[] { KeyRole.Main, KeyRole.Other })
        {
            if (Configuration.KeyOf(role) is not { } key || await Target.UserIdOfAsync(role) is not { } user)
            {
                continue;
            }

            var own = await GetJobsAsync(key);
            payload.Jobs.Where(j => j.UserId == user).Select(j => j.Id).Should().BeEquivalentTo(own.Ids,
                "a global key sees every user's jobs, so all of {0}'s jobs and only those carry userId {1}{2}{3}",
                TargetConfiguration.VariableOf(role), user, own.Response.Describe(), response.Describe());
        }
    }

    [Theory]
    [InlineData(KeyRole.Limited)]
    [InlineData(KeyRole.Other)]
    public async Task GetJobStatus_KeyWithoutJobsRead_Returns403NamingJobsRead(KeyRole role)
    {
        var key = RequireKey(role);
        var holds = await HasPermissionAsync(role, "jobs:read");
        if (holds == true || (holds is null && role == KeyRole.Other && !Configuration.IsInProcess))
        {
            Assert.Skip($"This test needs a key without jobs:read; {TargetConfiguration.VariableOf(role)} {(holds == true ? "holds it" : "may hold it")} on this target.");
        }

        var response = await Client.GetAsync(Route, key);

        response.ShouldBePermissionDenied(Schemas, "jobs:read");
    }
}
