using BuenaMock.Tests.Support;

namespace BuenaMock.Tests.Jobs;

public class JobCountsHttpTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task JobCounts_GlobalKey_CountsEveryUsersJobs()
    {
        var statistics = (await server.Client.GetJsonAsync("users/jobs/jobCounts", MockHttp.GlobalKey))["data"]!["statistics"]!;

        ((int)statistics["total"]!).Should().Be(3 * 60);
        var sumOfUsers = 0;
        foreach (var user in server.Mock.Store.Users)
        {
            var perUser = await server.Client.GetJsonAsync($"users/jobs/userJobStatus/{user.Id}", MockHttp.GlobalKey);
            sumOfUsers += (int)perUser["data"]!["statistics"]!["total"]!;
        }

        sumOfUsers.Should().Be((int)statistics["total"]!);
    }

    [Fact]
    public async Task JobCounts_GlobalKeyWithFilters_CountsOnlyMatchingJobs()
    {
        var all = (await server.Client.GetJsonAsync("users/jobs/jobCounts", MockHttp.GlobalKey))["data"]!["statistics"]!;
        var failed = (await server.Client.GetJsonAsync("users/jobs/jobCounts?status=failed", MockHttp.GlobalKey))["data"]!["statistics"]!;

        ((int)failed["total"]!).Should().Be((int)all["failed"]!);
        ((int)failed["failed"]!).Should().Be((int)all["failed"]!);
        ((int)failed["completed"]!).Should().Be(0);
    }

    [Fact]
    public async Task JobCounts_GlobalKeyWithUnknownUserId_404()
    {
        using var response = await server.Client.GetAsync("users/jobs/jobCounts?userId=ffffffffffffffffffffffff", MockHttp.GlobalKey);

        ((int)response.StatusCode).Should().Be(404);
    }
}
