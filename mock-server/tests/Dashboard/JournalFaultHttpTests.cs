using BuenaMock.Tests.Support;

namespace BuenaMock.Tests.Dashboard;

/// <summary>The journal names every injected fault, the enveloped 500 and 503 included, as the dashboard shows them.</summary>
public sealed class JournalFaultHttpTests
{
    [Theory]
    [InlineData("500", 500)]
    [InlineData("503", 503)]
    public async Task InjectedEnvelopeFault_NamedInTheJournal(string kind, int status)
    {
        await using var mock = MockHttp.Start();
        await ControlHttp.PutFaultsAsync(mock, $$"""{"errorRate": 1, "errorKinds": ["{{kind}}"]}""");
        using var api = MockHttp.Client(mock);

        using var response = await api.GetAsync("users/jobs", MockHttp.FullKey);

        ((int)response.StatusCode).Should().Be(status);
        var entry = (await ControlHttp.JournalAsync(mock))["requests"]!.AsArray().Single()!;
        ((int?)entry["status"]).Should().Be(status);
        ((string?)entry["fault"]).Should().Be(kind);
    }

    [Fact]
    public async Task RealAnswer_NoFaultInTheJournal()
    {
        await using var mock = MockHttp.Start();
        using var api = MockHttp.Client(mock);

        using var response = await api.SendAsync(HttpMethod.Get, "users/jobs", MockHttp.FullKey);

        ((int)response.StatusCode).Should().Be(200);
        (await ControlHttp.JournalAsync(mock))["requests"]!.AsArray().Single()!["fault"].Should().BeNull();
    }
}
