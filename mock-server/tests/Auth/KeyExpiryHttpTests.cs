using BuenaMock.Auth;
using BuenaMock.Options;
using BuenaMock.Tests.Support;

namespace BuenaMock.Tests.Auth;

public class KeyExpiryHttpTests
{
    private static readonly string Expired = "bna_" + new string('a', 64);
    private static readonly string ExpiresLater = "bna_" + new string('b', 64);
    private static readonly string Deactivated = "bna_" + new string('c', 64);

    [Fact]
    public async Task Get_KeysFromConfigFile_ExpiredAndDeactivated401OthersServed()
    {
        using var config = new TempConfigFile($$"""
            {
              "port": 0,
              "clock": "{{TestClock.NowText}}",
              "keys": [
                { "key": "{{Expired}}", "userIndex": 0, "permissions": ["users:read"], "expiresAt": "2026-01-15T11:59:59Z" },
                { "key": "{{ExpiresLater}}", "userIndex": 0, "permissions": ["users:read"], "expiresAt": "2026-01-15T12:00:01Z" },
                { "key": "{{Deactivated}}", "userIndex": 0, "permissions": ["users:read"], "active": false }
              ]
            }
            """);
        var loaded = OptionsLoader.Load(["--config", config.Path], new Dictionary<string, string?>());
        loaded.Problems.Should().BeEmpty();
        await using var mock = BuenaMockServer.Start(loaded.Options);
        using var client = MockHttp.Client(mock);

        using var expired = await client.GetAsync("users/jobs", Expired);
        using var later = await client.GetAsync("users/jobs", ExpiresLater);
        using var deactivated = await client.GetAsync("users/jobs", Deactivated);

        ((int)expired.StatusCode).Should().Be(401);
        ((string?)(await expired.ReadJsonAsync())["message"]).Should().Be("Invalid API key");
        ((int)later.StatusCode).Should().Be(200);
        ((int)deactivated.StatusCode).Should().Be(401);
    }

    [Fact]
    public async Task Health_ExpiredKey_AnsweredAsWithoutAKey()
    {
        await using var mock = MockHttp.Start(configure: o => o.Keys =
        [
            new ApiKeyOptions { Key = Expired, UserIndex = 0, Permissions = ["users:read"], ExpiresAt = TestClock.Now.AddMinutes(-1) },
        ]);
        using var client = MockHttp.Client(mock);

        var body = await client.GetJsonAsync("health", Expired);

        body["apiKey"].Should().BeNull();
        body["authentication"].Should().BeNull();
    }
}
