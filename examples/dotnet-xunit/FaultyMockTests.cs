using BuenaMock.Options;
using BuenaMock.Testing;
using Xunit;

namespace Example.Tests;

public sealed class FaultyMockFixture : BuenaMockFixture
{
    protected override BuenaMockOptions CreateOptions()
    {
        var options = base.CreateOptions(); // port 0, pinned clock, seed 42
        options.ErrorRate = 1;              // every API request answers 500 or 503
        return options;
    }
}

public class FaultyMockTests(FaultyMockFixture mock) : IClassFixture<FaultyMockFixture>
{
    [Fact]
    public async Task EveryRequestFails()
    {
        using var client = mock.CreateClient();

        using var response = await client.GetAsync("users/jobs", TestContext.Current.CancellationToken);

        Assert.True((int)response.StatusCode >= 500);
    }
}
