using System.Text.Json.Nodes;
using BuenaMock.Tests.Support;

namespace BuenaMock.Tests.Dashboard;

/// <summary><c>GET /__buena/users</c> and <c>GET /__buena/jobs</c>: the dashboard's reads, against what the API answers.</summary>
public sealed class JobBrowseHttpTests
{
    [Theory]
    [InlineData("")]
    [InlineData("?status=running")]
    [InlineData("?type=data_enrichment&status=completed")]
    [InlineData("?startDate=1768400000&endDate=1768478400")]
    [InlineData("?status=unknown")]
    public async Task Jobs_ForTheKeysUser_SameJobsAndStatisticsAsGetUserJobs(string filters)
    {
        await using var mock = MockHttp.Start();
        using var api = MockHttp.Client(mock);
        using var root = ControlHttp.RootClient(mock);
        var userId = mock.Store.Users[0].Id;

        var expected = await api.GetJsonAsync("users/jobs" + filters, MockHttp.FullKey);
        var separator = filters.Length == 0 ? "?" : "&";
        var page = await root.GetJsonAsync($"__buena/jobs{filters}{separator}userId={userId}&limit=1000", key: null);

        var expectedJobs = expected["data"]!["jobs"]!.AsArray();
        page["jobs"]!.AsArray().Select(j => (string?)j!["id"]).Should().Equal(expectedJobs.Select(j => (string?)j!["id"]));
        page["jobs"]!.AsArray().Select(j => (string?)j!["status"]).Should().Equal(expectedJobs.Select(j => (string?)j!["status"]));
        JsonNode.DeepEquals(page["statistics"], expected["data"]!["statistics"]).Should().BeTrue(
            "the page's statistics {0} are the API's {1}", page["statistics"]!.ToJsonString(), expected["data"]!["statistics"]!.ToJsonString());
        ((int)page["total"]!).Should().Be(expectedJobs.Count);
        await SchemaAssert.ValidAsync(page.ToJsonString(), "control-jobs-page.schema.json");
    }

    [Fact]
    public async Task Jobs_Paged_PagesFollowEachOtherAndStatisticsCoverEverySelectedJob()
    {
        await using var mock = MockHttp.Start(configure: o => o.JobsPerUser = 130);
        using var root = ControlHttp.RootClient(mock);
        var userId = mock.Store.Users[1].Id;

        var all = await root.GetJsonAsync($"__buena/jobs?userId={userId}&limit=1000", key: null);
        var first = await root.GetJsonAsync($"__buena/jobs?userId={userId}", key: null);
        var last = await root.GetJsonAsync($"__buena/jobs?userId={userId}&offset=100&limit=50", key: null);

        first["jobs"]!.AsArray().Should().HaveCount(50, "a page holds 50 jobs unless asked");
        ((int)first["limit"]!).Should().Be(50);
        last["jobs"]!.AsArray().Should().HaveCount(30);
        var ids = all["jobs"]!.AsArray().Select(j => (string?)j!["id"]).ToList();
        first["jobs"]!.AsArray().Select(j => (string?)j!["id"]).Should().Equal(ids.Take(50));
        last["jobs"]!.AsArray().Select(j => (string?)j!["id"]).Should().Equal(ids.Skip(100));
        ((int)last["total"]!).Should().Be(130);
        JsonNode.DeepEquals(first["statistics"], all["statistics"]).Should().BeTrue("statistics describe every selected job, not one page");
        await SchemaAssert.ValidAsync(last.ToJsonString(), "control-jobs-page.schema.json");
    }

    [Fact]
    public async Task Jobs_NoUser_EveryUsersJobsWithTheirUserId()
    {
        await using var mock = MockHttp.Start();
        using var root = ControlHttp.RootClient(mock);

        var page = await root.GetJsonAsync("__buena/jobs?limit=1000", key: null);

        page["userId"].Should().BeNull();
        ((int)page["total"]!).Should().Be(180);
        page["jobs"]!.AsArray().Select(j => (string?)j!["userId"]).Distinct().Should().BeEquivalentTo(mock.Store.Users.Select(u => u.Id));
    }

    [Theory]
    [InlineData("?limit=0", "limit")]
    [InlineData("?limit=1001", "limit")]
    [InlineData("?offset=-1", "offset")]
    [InlineData("?offset=1&offset=2", "offset")]
    [InlineData("?startDate=yesterday", "startDate")]
    [InlineData("?status=running&status=failed", "status")]
    public async Task Jobs_BadParameter_400NamingIt(string query, string field)
    {
        await using var mock = MockHttp.Start();
        using var root = ControlHttp.RootClient(mock);

        using var response = await root.GetAsync("__buena/jobs" + query, key: null);

        ((int)response.StatusCode).Should().Be(400);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        await SchemaAssert.ValidAsync(text, "error-400-validation.schema.json");
        JsonNode.Parse(text)!["details"]!["fields"]!.AsArray().Select(f => (string?)f!["field"]).Should().Contain(field);
    }

    [Fact]
    public async Task Jobs_UnknownUser_404()
    {
        await using var mock = MockHttp.Start();
        using var root = ControlHttp.RootClient(mock);

        using var response = await root.GetAsync("__buena/jobs?userId=000000000000000000000000", key: null);

        ((int)response.StatusCode).Should().Be(404);
        await SchemaAssert.ValidAsync(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), "error-404.schema.json");
    }

    [Fact]
    public async Task Users_ListsEveryUserWithTheirJobCount()
    {
        await using var mock = MockHttp.Start(configure: o => o.JobsPerUser = 7);
        using var root = ControlHttp.RootClient(mock);

        var users = await root.GetJsonAsync("__buena/users", key: null);

        users["users"]!.AsArray().Select(u => (string?)u!["id"]).Should().Equal(mock.Store.Users.Select(u => u.Id));
        users["users"]!.AsArray().Select(u => (int)u!["jobs"]!).Should().AllBeEquivalentTo(7);
        await SchemaAssert.ValidAsync(users.ToJsonString(), "control-users.schema.json");
    }

    [Fact]
    public async Task Reads_DoNotTouchTheApisJournalOrRateLimits()
    {
        await using var mock = MockHttp.Start(configure: o => o.RateLimits = new BuenaMock.RateLimiting.RateLimitPolicy(1, 1, 1));
        using var root = ControlHttp.RootClient(mock);
        using var api = MockHttp.Client(mock);

        for (var i = 0; i < 5; i++)
        {
            (await root.GetJsonAsync("__buena/jobs", key: null))["total"].Should().NotBeNull();
            (await root.GetJsonAsync("__buena/users", key: null))["users"].Should().NotBeNull();
        }

        ((int)(await ControlHttp.JournalAsync(mock))["total"]!).Should().Be(0, "control reads are not journaled");
        using var first = await api.GetAsync("users/jobs", MockHttp.FullKey);
        ((int)first.StatusCode).Should().Be(200, "no control read used the key's one request a minute");
    }
}
