using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using BuenaMock.Testing;
using Xunit;

namespace Example.Tests;

public class JobsTests : IClassFixture<BuenaMockFixture>
{
    private readonly BuenaMockFixture _mock;

    public JobsTests(BuenaMockFixture mock)
    {
        _mock = mock;
        _mock.Reset(); // every test starts from the seeded data at the pinned clock
    }

    [Fact]
    public async Task ListsTheUsersJobs()
    {
        using var client = _mock.CreateClient(); // sends x-api-key: the full development key

        var body = await client.GetFromJsonAsync<JsonObject>("users/jobs", TestContext.Current.CancellationToken);

        Assert.Equal("65e0a32640a597f6a7f897ea", (string?)body!["userId"]);
        Assert.Equal(60, body["data"]!["jobs"]!.AsArray().Count);
    }

    [Fact]
    public async Task KeyWithoutUsersRead_Gets403()
    {
        using var client = _mock.CreateClient(_mock.LimitedApiKey);

        using var response = await client.GetAsync("users/jobs", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task PendingJobsMoveOnWhenTheClockDoes()
    {
        using var client = _mock.CreateClient();
        var pending = await client.GetFromJsonAsync<JsonObject>("users/jobs?status=pending", TestContext.Current.CancellationToken);

        _mock.Clock.Advance(TimeSpan.FromDays(2));

        var later = await client.GetFromJsonAsync<JsonObject>("users/jobs?status=pending", TestContext.Current.CancellationToken);
        Assert.True(later!["data"]!["jobs"]!.AsArray().Count < pending!["data"]!["jobs"]!.AsArray().Count);
    }
}
