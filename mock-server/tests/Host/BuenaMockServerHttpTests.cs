using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using BuenaMock.Tests.Support;

namespace BuenaMock.Tests.Host;

public class BuenaMockServerHttpTests
{
    [Fact]
    public async Task Start_DefaultHost_ListensOnLoopbackOnly()
    {
        await using var mock = MockHttp.Start();

        mock.Url.Should().Be($"http://127.0.0.1:{mock.Port}");
        mock.Port.Should().BePositive();
        mock.BaseUrl.Should().Be(mock.Url + "/api/v2");
        foreach (var address in NonLoopbackIPv4Addresses())
        {
            using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            var connect = async () => await socket.ConnectAsync(new IPEndPoint(address, mock.Port), TestContext.Current.CancellationToken);
            await connect.Should().ThrowAsync<SocketException>("the mock must not be reachable on {0}", address);
        }
    }

    [Fact]
    public async Task Start_OneUser_SecondUsersDefaultKeyLeftOutAnd401()
    {
        await using var mock = MockHttp.Start(configure: o => o.Users = 1);
        using var client = MockHttp.Client(mock);

        using var other = await client.GetAsync("users/jobs", MockHttp.OtherKey);
        using var full = await client.GetAsync("users/jobs", MockHttp.FullKey);

        ((int)other.StatusCode).Should().Be(401);
        ((int)full.StatusCode).Should().Be(200);
    }

    [Fact]
    public async Task Start_UserIdsConfigured_DefaultKeysServeThoseUsers()
    {
        await using var mock = MockHttp.Start(configure: o => o.UserIds = ["aaaaaaaaaaaaaaaaaaaaaaaa", "bbbbbbbbbbbbbbbbbbbbbbbb"]);
        using var client = MockHttp.Client(mock);

        var own = await client.GetJsonAsync("users/jobs", MockHttp.FullKey);
        var health = await client.GetJsonAsync("health", MockHttp.OtherKey);

        ((string?)own["userId"]).Should().Be("aaaaaaaaaaaaaaaaaaaaaaaa");
        ((string?)health["user"]!["id"]).Should().Be("bbbbbbbbbbbbbbbbbbbbbbbb");
    }

    [Fact]
    public async Task Start_PinnedClock_ResponsesCarryThatInstant()
    {
        await using var mock = MockHttp.Start();
        using var client = MockHttp.Client(mock);

        var health = await client.GetJsonAsync("health", null);

        ((string?)health["timestamp"]).Should().Be(TestClock.NowText);
        mock.Clock.GetUtcNow().Should().Be(TestClock.Now);
    }

    private static IEnumerable<IPAddress> NonLoopbackIPv4Addresses() =>
        NetworkInterface.GetAllNetworkInterfaces()
            .Where(n => n.OperationalStatus == OperationalStatus.Up)
            .SelectMany(n => n.GetIPProperties().UnicastAddresses)
            .Select(a => a.Address)
            .Where(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a));
}
