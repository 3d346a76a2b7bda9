using BuenaMock.ContractTests.Infrastructure;
using BuenaMock.ContractTests.Rules;
using BuenaMock.ContractTests.Verdicts;
using FluentAssertions;

namespace BuenaMock.ContractTests.Jobs;

/// <summary>GET /users/jobs without filters: shape, statistics, job invariants, order, user.</summary>
public sealed class GetUserJobsTests(TargetFixture target) : ContractTest(target)
{
    [Fact]
    [Rule(RuleCatalog.JobsBody)]
    public async Task GetUserJobs_UserKey_ReturnsJobsResponse()
    {
        var payload = await GetMainJobsAsync();

        var success = JsonRead.Boolean(payload.Response.Json?["success"]);
        success.Should().BeTrue("a successful user route says success: true{0}", payload.Response.Describe());
    }

    [Theory]
    [Rule(RuleCatalog.StatisticsScope)]
    [InlineData(KeyRole.Main)]
    [InlineData(KeyRole.Other)]
    public async Task GetUserJobs_UserKey_StatisticsCountExactlyTheReturnedJobs(KeyRole role)
    {
        var payload = await GetJobsAsync(RequireKey(role));

        payload.ShouldHaveStatisticsOfItsJobs();
    }

    [Theory]
    [Rule(RuleCatalog.SuccessRate)]
    [InlineData(KeyRole.Main)]
    [InlineData(KeyRole.Other)]
    public async Task GetUserJobs_UserKey_SuccessRateOfItsOwnCounts(KeyRole role)
    {
        var payload = await GetJobsAsync(RequireKey(role));

        payload.Statistics.ShouldHaveOwnSuccessRate(payload.Response.Describe());
    }

    [Theory]
    [Rule(RuleCatalog.JobInvariants)]
    [InlineData(KeyRole.Main)]
    [InlineData(KeyRole.Other)]
    public async Task GetUserJobs_UserKey_JobsKeepTheirInvariants(KeyRole role)
    {
        var payload = await GetJobsAsync(RequireKey(role));

        payload.ShouldKeepJobInvariants();
    }

    [Fact]
    [Rule(RuleCatalog.JobsUniqueIds)]
    public async Task GetUserJobs_UserKey_IdsAreUnique()
    {
        var payload = await GetMainJobsAsync();

        payload.ShouldHaveUniqueIds();
    }

    [Fact]
    [Rule(RuleCatalog.JobsOrder)]
    public async Task GetUserJobs_UserKey_NewestCreatedAtFirst()
    {
        var payload = await GetMainJobsAsync();

        payload.ShouldBeNewestFirst();
    }

    [Fact]
    [Rule(RuleCatalog.JobsUser)]
    public async Task GetUserJobs_UserKey_UserIdIsTheKeysUser()
    {
        var key = RequireKey(KeyRole.Main);
        var health = await Client.GetAsync("health", key);
        health.ShouldConform(200, Schemas, SchemaNames.Health);
        var healthUser = JsonRead.Text(health.Json?["user"]?["id"]);
        if (healthUser is null)
        {
            Skip("GET /health with BUENA_API_KEY reports no user.id to compare with.");
        }

        var payload = await GetMainJobsAsync();

        payload.UserId.Should().Be(healthUser, "userId is the user of the key, as /health reports it ({0}){1}", health.Describe(), payload.Response.Describe());
    }

    [Fact]
    [Rule(RuleCatalog.JobsUser)]
    public async Task GetUserJobs_OtherUsersKey_ReturnsOnlyThatUsersJobs()
    {
        var other = RequireKey(KeyRole.Other);
        var mainUser = await RequireUserIdAsync(KeyRole.Main);
        var otherUser = await RequireUserIdAsync(KeyRole.Other);
        var mine = await GetMainJobsAsync();

        var theirs = await GetJobsAsync(other);

        theirs.UserId.Should().Be(otherUser, "userId is the user of the key{0}", theirs.Response.Describe());
        theirs.ShouldHaveUniqueIds();
        if (otherUser != mainUser)
        {
            theirs.Ids.Intersect(mine.Ids).Should().BeEmpty("two users share no job{0}{1}", mine.Response.Describe(), theirs.Response.Describe());
        }
    }
}
