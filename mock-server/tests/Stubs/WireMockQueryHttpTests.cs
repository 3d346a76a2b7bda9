using BuenaMock.Tests.Support;

namespace BuenaMock.Tests.Stubs;

/// <summary>A query with parts WireMock's parser throws on is answered as the routes read it, and journaled as sent.</summary>
public sealed class WireMockQueryHttpTests
{
    [Theory]
    [InlineData("=", "")]
    [InlineData("==", "")]
    [InlineData("status=failed&=", "?status=failed")]
    public async Task GetUserJobs_PartsMadeOnlyOfEquals_AnsweredAsWithoutThemAndJournaledAsSent(string query, string without)
    {
        await using var mock = MockHttp.Start();
        using var client = MockHttp.Client(mock);

        var expected = await client.GetJsonAsync("users/jobs" + without, MockHttp.FullKey);
        var answered = await client.GetJsonAsync("users/jobs?" + query, MockHttp.FullKey);

        answered["data"]!.ToJsonString().Should().Be(expected["data"]!.ToJsonString());
        var entries = (await ControlHttp.JournalAsync(mock))["requests"]!.AsArray();
        ((string?)entries[^1]!["query"]).Should().Be(query);
        ((int?)entries[^1]!["status"]).Should().Be(200);
    }
}
