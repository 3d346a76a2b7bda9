using BuenaMock;
using BuenaMock.Options;
using Xunit;

namespace Example.Tests;

public class InProcessTests
{
    [Fact]
    public async Task StartsAndStopsTheMockByHand()
    {
        await using var mock = BuenaMockServer.Start(new BuenaMockOptions
        {
            Port = 0,                                            // any free port
            Clock = DateTimeOffset.Parse("2026-01-15T12:00:00Z"), // frozen: same seed + clock = same bytes
        });
        using var client = new HttpClient { BaseAddress = new Uri(mock.BaseUrl + "/") };
        client.DefaultRequestHeaders.Add("x-api-key", DefaultKeys.Full);

        var body = await client.GetStringAsync("users/jobs", TestContext.Current.CancellationToken);

        Assert.Contains("\"userId\":\"65e0a32640a597f6a7f897ea\"", body);
    }
}
