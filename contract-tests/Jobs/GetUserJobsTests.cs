using BuenaMock.ContractTests.Infrastructure;
using BuenaMock.ContractTests.Rules;
using FluentAssertions;

namespace BuenaMock.ContractTests.Jobs;

/// <summary>GET /users/jobs without filters: shape, statistics, job invariants, order, user.</summary>
public sealed class GetUserJobsTests(TargetFixture target) : ContractTest(target)
{
    [Fact]
    public async Task GetUserJobs_UserKey_ReturnsJobsResponse()
    {
        var payload = await GetMainJobsAsync();

        var success = JsonRead.Boolean(payload.Response.Json?["success"]);
        success.Should().BeTrue("a successful user route says success: true{0}", payload.Response.Describe());
    }

    [Fact]
    public async Task GetUserJobs_UserKey_StatisticsCountExactlyTheReturnedJobs()
    {
        var payload = await GetMainJobsAsync();

        payload.ShouldHaveStatisticsOfItsJobs();
    }

    [Fact]
    public async Task GetUserJobs_UserKey_JobsKeepTheirInvariants()
    {
        var payload = await GetMainJobsAsync();

        payload.ShouldKeepJobInvariants();
    }

    [Fact]
    public async Task GetUserJobs_UserKey_IdsAreUnique()
    {
        var payload = await GetMainJobsAsync();

        payload.ShouldHaveUniqueIds();
    }

    [Fact]
    public async Task GetUserJobs_UserKey_NewestCreatedAtFirst()
    {
        var payload = await GetMainJobsAsync();

        payload.ShouldBeNewestFirst();
    }

    [Fact]
    public async Task GetUserJobs_UserKey_UserIdIsTheKeysUser()
    {
        var key = RequireKey(KeyRole.Main);
        var health = await Client.GetAsync("health", key);
        health.ShouldConform(200, Schemas, SchemaNames.Health);
        var healthUser = JsonRead.Text(health.Json?["user"]?["id"]);
        if (healthUser is null)
        {
            Assert.Skip("GET /health with BUENA_API_KEY reports no user.id to compare with.");
        }

        var payload = await GetMainJobsAsync();

        payload.UserId.Should().Be(healthUser, "userId is the user of the key, as /health reports it ({0}){1}", health.Describe(), payload.Response.Describe());
    }

    [Fact]
    public async Task GetUserJobs_OtherUsersKey_ReturnsOnlyThatUsersJobs()
    {
        var other = RequireKey(KeyRole.Other);
        var mainUser = await RequireUserIdAsync(KeyRole.Main);
        var otherUser = await RequireUserIdAsync(KeyRole.Other);
        var mine = await GetMainJobsAsync();

        var theirs = await GetJobsAsync(other);

        theirs.UserId.Should().Be(otherUser, "userId is the user of the key{0}", theirs.Response.Describe());
        theirs.ShouldHaveStatisticsOfItsJobs().ShouldKeepJobInvariants().ShouldHaveUniqueIds().ShouldBeNewestFirst();
        if (otherUser != mainUser)
        {
            theirs.Ids.Intersect(mine.Ids).Should().BeEmpty("two users share no job{0}{1}", mine.Response.Describe(), theirs.Response.Describe());
        }
    }
}
