using BuenaMock.ContractTests.Infrastructure;
using BuenaMock.ContractTests.Rules;
using BuenaMock.ContractTests.Verdicts;
using FluentAssertions;

namespace BuenaMock.ContractTests.Legacy;

/// <summary>GET /users/jobs/jobStatus: needs jobs:read; every job carries its userId; a user key sees its own jobs, a global key everyone's.</summary>
public sealed class JobStatusTests(TargetFixture target) : ContractTest(target)
{
    private const string Route = "users/jobs/jobStatus";

    [Fact]
    [Rule(RuleCatalog.JobStatus)]
    public async Task GetJobStatus_UserKeyWithJobsRead_ReturnsOwnJobsWithUserIdAndStatistics()
    {
        var key = RequireKey(KeyRole.Main);
        await RequirePermissionAsync(KeyRole.Main, "jobs:read");
        var user = await RequireUserIdAsync(KeyRole.Main);
        var before = await GetMainJobsAsync();
        var response = await Client.GetAsync(Route, key);
        if (response.StatusCode == 403 && !Configuration.IsInProcess && await HasPermissionAsync(KeyRole.Main, "jobs:read") is null)
        {
            Skip("BUENA_API_KEY may lack jobs:read on this target (jobStatus answered 403 and /health does not list permissions).");
        }

        response.ShouldConform(200, Schemas, SchemaNames.JobStatusResponse);
        var payload = JobsPayload.From(response);
        payload.ShouldHaveStatisticsOfItsJobs().ShouldKeepJobInvariants().ShouldHaveUniqueIds();
        payload.Jobs.Select(j => j.UserId).Should().AllBe(user, "a user key sees only its own user's jobs, each carrying userId{0}", response.Describe());
        payload.ShouldListSameJobsAs(before, await GetMainJobsAsync(), "jobStatus with a user key lists that user's jobs, as /users/jobs does");
    }

    [Fact]
    [Rule(RuleCatalog.JobStatus)]
    public async Task GetJobStatus_GlobalKey_ReturnsEveryUsersJobsWithUserId()
    {
        var global = RequireKey(KeyRole.Global);
        var before = new Dictionary<KeyRole, JobsPayload>();
        foreach (var role in new[] { KeyRole.Main, KeyRole.Other })
        {
            if (Configuration.KeyOf(role) is { } roleKey)
            {
                before[role] = await GetJobsAsync(roleKey);
            }
        }

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

            var after = await GetJobsAsync(key);
            var theirs = payload.Jobs.Where(j => j.UserId == user).Select(j => j.Id).ToList();
            before[role].Ids.Except(theirs).Should().BeEmpty("a global key sees every user's jobs: all of {0}'s jobs carry userId {1}{2}{3}",
                TargetConfiguration.VariableOf(role), user, before[role].Response.Describe(), response.Describe());
            theirs.Except(after.Ids).Should().BeEmpty("only {0}'s jobs carry userId {1}{2}{3}", TargetConfiguration.VariableOf(role), user, after.Response.Describe(), response.Describe());
        }
    }

    [Theory]
    [Rule(RuleCatalog.JobStatusPermission)]
    [InlineData(KeyRole.Limited)]
    [InlineData(KeyRole.Other)]
    public async Task GetJobStatus_KeyWithoutJobsRead_Returns403NamingJobsRead(KeyRole role)
    {
        var key = RequireKey(role);
        var holds = await HasPermissionAsync(role, "jobs:read");
        if (holds == true || (holds is null && role == KeyRole.Other && !Configuration.IsInProcess))
        {
            Skip($"This test needs a key without jobs:read; {TargetConfiguration.VariableOf(role)} {(holds == true ? "holds it" : "may hold it")} on this target.");
        }

        var response = await Client.GetAsync(Route, key);

        response.ShouldBePermissionDenied(Schemas, "jobs:read");
    }
}
