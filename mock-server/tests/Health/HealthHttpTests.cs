using BuenaMock.Tests.Support;

namespace BuenaMock.Tests.Health;

public class HealthHttpTests
{
    [Fact]
    public async Task Health_RequestsWithAKey_UsageCountGrowsWithEachOne()
    {
        await using var mock = MockHttp.Start();
        using var client = MockHttp.Client(mock);

        var first = await UsageCountAsync(client, MockHttp.FullKey);
        var second = await UsageCountAsync(client, MockHttp.FullKey);
        using (await client.GetAsync("users/jobs", MockHttp.FullKey))
        using (await client.GetAsync("users/jobs?startDate=bad", MockHttp.FullKey))
        {
            var third = await UsageCountAsync(client, MockHttp.FullKey);

            first.Should().BeGreaterThanOrEqualTo(1);
            second.Should().Be(first + 1);
            third.Should().Be(second + 3, "every authenticated request counts, whatever its answer");
        }
    }

    [Fact]
    public async Task Health_AnotherKey_CountedSeparately()
    {
        await using var mock = MockHttp.Start();
        using var client = MockHttp.Client(mock);
        for (var i = 0; i < 3; i++)
        {
            using var _ = await client.GetAsync("users/jobs", MockHttp.FullKey);
        }

        var other = await UsageCountAsync(client, MockHttp.OtherKey);
        var full = await UsageCountAsync(client, MockHttp.FullKey);

        full.Should().Be(other + 3);
    }

    [Fact]
    public async Task Health_UnknownKey_NoKeyDetailsAndNothingCounted()
    {
        await using var mock = MockHttp.Start();
        using var client = MockHttp.Client(mock);

        var body = await client.GetJsonAsync("health", "bna_" + new string('f', 64));

        body["apiKey"].Should().BeNull();
        body["authentication"].Should().BeNull();
        ((string?)body["status"]).Should().Be("healthy");
        mock.Keys.Keys.Should().OnlyContain(k => mock.Keys.UsageOf(k) == 0);
    }

    private static async Task<long> UsageCountAsync(HttpClient client, string key) =>
        (long)(await client.GetJsonAsync("health", key))["apiKey"]!["usageCount"]!;
}
