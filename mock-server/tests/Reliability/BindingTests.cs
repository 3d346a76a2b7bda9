using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using BuenaMock.Tests.Support;

namespace BuenaMock.Tests.Reliability;

/// <summary>The built host listens on loopback only unless <c>--host</c> says otherwise, and warns when it does.</summary>
public sealed partial class BindingTests
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private const string Warning = "WARNING   listening on 0.0.0.0: other machines can reach this server and its keys.";

    [Fact]
    public async Task Main_NoHost_ListensOnLoopbackOnlyWithoutAWarning()
    {
        using var host = ServerProcess.Start("--port", "0");
        var banner = await host.WaitForOutputAsync(o => o.Contains("Press Ctrl+C to stop.", StringComparison.Ordinal), StartTimeout);
        var port = PortOf(banner);

        var listening = ListeningSockets.On(port);

        listening.Should().NotBeEmpty().And.OnlyContain(a => IPAddress.IsLoopback(a), "by default nothing but this machine can connect");
        banner.Should().Contain($"http://127.0.0.1:{port}").And.NotContain("WARNING");
    }

    [Fact]
    public async Task Main_NoHostFixedPort_ListensOnLoopbackOnly()
    {
        var port = FreePort();
        using var host = ServerProcess.Start("--port", port.ToString(CultureInfo.InvariantCulture));
        var banner = await host.WaitForOutputAsync(o => o.Contains("Press Ctrl+C to stop.", StringComparison.Ordinal), StartTimeout);

        var listening = ListeningSockets.On(port);

        listening.Should().NotBeEmpty().And.OnlyContain(a => IPAddress.IsLoopback(a), "127.0.0.1 (and ::1 for a fixed port) only");
        banner.Should().NotContain("WARNING");
    }

    [Fact]
    public async Task Main_HostAnyAddress_WarnsInTheBannerAndListensOnEveryInterface()
    {
        using var host = ServerProcess.Start("--host", "0.0.0.0", "--port", "0");
        var banner = await host.WaitForOutputAsync(o => o.Contains("Press Ctrl+C to stop.", StringComparison.Ordinal), StartTimeout);
        var port = PortOf(banner);

        ListeningSockets.On(port).Should().Contain(IPAddress.Any, "--host 0.0.0.0 listens on every interface");
        banner.Should().Contain(Warning);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        using var health = await http.GetAsync(new Uri($"http://127.0.0.1:{port}/api/v2/health"), TestContext.Current.CancellationToken);
        ((int)health.StatusCode).Should().Be(200, "it answers (tested over loopback only)");
    }

    private static int PortOf(string banner) =>
        int.Parse(BaseUrl().Match(banner).Groups["port"].Value, CultureInfo.InvariantCulture);

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    [GeneratedRegex(@"Base URL\s+http://[^:/\s]+:(?<port>\d+)/api/v2")]
    private static partial Regex BaseUrl();
}
