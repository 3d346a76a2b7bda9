using BuenaMock.ContractTests.Infrastructure;
using BuenaMock.ContractTests.Rules;
using BuenaMock.ContractTests.Verdicts;
using FluentAssertions;

namespace BuenaMock.ContractTests.Auth;

/// <summary>GET /users/jobs/userJobStatus/:userId: who may read which user, and the same body as /users/jobs.</summary>
public sealed class UserJobStatusTests(TargetFixture target) : ContractTest(target)
{
    /// <summary>Well-formed user ids (24 hex) that are not expected to exist; the first not among the known users is used.</summary>
    private static readonly string[] _unknownUserIds = ["000000000000000000000000", "ffffffffffffffffffffffff"];

    [Fact]
    [Rule(RuleCatalog.UserJobStatus)]
    public async Task GetUserJobStatus_OwnUserWithUserKey_SameJobsAsUserJobs()
    {
        var key = RequireKey(KeyRole.Main);
        var user = await RequireUserIdAsync(KeyRole.Main);
        var before = await GetMainJobsAsync();

        var payload = await GetJobsAsync(key, path: Route(user));

        ShouldBeSameList(payload, before, await GetMainJobsAsync(), user);
    }

    [Fact]
    [Rule(RuleCatalog.UserJobStatus)]
    public async Task GetUserJobStatus_GlobalKeyReadingMainUser_SameJobsAsMainKeysUserJobs()
    {
        var global = RequireKey(KeyRole.Global);
        var user = await RequireUserIdAsync(KeyRole.Main);
        var before = await GetMainJobsAsync();

        var payload = await GetJobsAsync(global, path: Route(user));

        ShouldBeSameList(payload, before, await GetMainJobsAsync(), user);
    }

    [Fact]
    [Rule(RuleCatalog.UserJobStatus)]
    public async Task GetUserJobStatus_GlobalKeyWithFilter_SameAsUnfilteredListFiltered()
    {
        var global = RequireKey(KeyRole.Global);
        var user = await RequireUserIdAsync(KeyRole.Main);
        var all = await GetMainJobsAsync();
        RequireJobs(all, "a status to filter by comes from the list");
        var filter = new JobFilter(Status: all.Jobs[0].Status, Type: all.Jobs[0].Type);

        var payload = await GetJobsAsync(global, filter, Route(user));

        payload.ShouldEqualFiltered(all, filter).ShouldHaveStatisticsOfItsJobs();
    }

    [Fact]
    [Rule(RuleCatalog.UserJobStatusAccess)]
    public async Task GetUserJobStatus_UserKeyReadingAnotherUser_Returns403()
    {
        var key = RequireKey(KeyRole.Main);
        var mainUser = await RequireUserIdAsync(KeyRole.Main);
        var otherUser = await RequireUserIdAsync(KeyRole.Other);
        if (otherUser == mainUser)
        {
            Skip("BUENA_OTHER_API_KEY belongs to the same user as BUENA_API_KEY; it must be a second user's key.");
        }

        var response = await Client.GetAsync(Route(otherUser), key);

        response.ShouldBeError(403, "PERMISSION_DENIED", Schemas, SchemaNames.Error403);
    }

    [Fact]
    [Rule(RuleCatalog.UserJobStatusAccess)]
    public async Task GetUserJobStatus_GlobalKeyUnknownUser_Returns404()
    {
        var global = RequireKey(KeyRole.Global);
        var known = new[] { await Target.UserIdOfAsync(KeyRole.Main), await Target.UserIdOfAsync(KeyRole.Other) };
        var unknown = _unknownUserIds.First(id => !known.Contains(id));

        var response = await Client.GetAsync(Route(unknown), global);

        response.ShouldBeNotFound(Schemas);
    }

    [Fact]
    [Rule(RuleCatalog.UserJobStatusAccess)]
    public async Task GetUserJobStatus_KeyWithoutUsersRead_Returns403NamingUsersRead()
    {
        var key = RequireKey(KeyRole.Limited);
        var user = await RequireUserIdAsync(KeyRole.Main);

        var response = await Client.GetAsync(Route(user), key);

        response.ShouldBePermissionDenied(Schemas, "users:read");
    }

    private static string Route(string user) => $"users/jobs/userJobStatus/{Uri.EscapeDataString(user)}";

    /// <summary>The same jobs, in the same order, as that user's /users/jobs read just before and just after.</summary>
    private static void ShouldBeSameList(JobsPayload payload, JobsPayload before, JobsPayload after, string user)
    {
        payload.UserId.Should().Be(user, "userJobStatus answers for the user in the route{0}", payload.Response.Describe());
        payload.ShouldListSameJobsAs(before, after, "userJobStatus/:userId lists the jobs of that user's /users/jobs")
            .ShouldHaveStatisticsOfItsJobs().ShouldKeepJobInvariants();
    }
}
