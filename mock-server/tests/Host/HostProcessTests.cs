using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using BuenaMock.Auth;
using BuenaMock.Jobs;
using BuenaMock.Options;
using BuenaMock.Tests.Support;

namespace BuenaMock.Tests.Host;

/// <summary>The built host as a user runs it: <c>dotnet BuenaMock.MockServer.dll …</c>.</summary>
public partial class HostProcessTests
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Main_BadOptions_ExitCode2AndEveryProblemWithoutAStackTrace()
    {
        using var host = ServerProcess.Start("--port", "abc", "--clock", "notadate", "--nope");

        (await host.WaitForExitAsync(StartTimeout)).Should().BeTrue("bad options stop the program before it listens");

        host.ExitCode.Should().Be(2);
        var stderr = host.StandardError;
        stderr.Should().ContainAll(
            "BuenaMock options are invalid:",
            "--port abc: not a port number",
            "--clock notadate: not an ISO-8601 instant",
            "'--nope'");
        stderr.Should().NotContain("   at ").And.NotContain("Exception");
        host.StandardOutput.Should().NotContain("listening");
    }

    [Fact]
    public async Task Main_Help_ExitCode0AndEveryOption()
    {
        using var host = ServerProcess.Start("--help");

        (await host.WaitForExitAsync(StartTimeout)).Should().BeTrue();

        host.ExitCode.Should().Be(0);
        host.StandardOutput.Should().ContainAll("--host", "--port", "--seed", "--clock", "--users", "--jobs-per-user", "--config");
    }

    [Fact]
    public async Task Main_PinnedClockAnyPort_PrintsBannerServesHealthAndStopsOnSigterm()
    {
        using var host = ServerProcess.Start("--port", "0", "--clock", TestClock.NowText);

        var output = await host.WaitForOutputAsync(o => o.Contains("Press Ctrl+C to stop.", StringComparison.Ordinal), StartTimeout);

        var baseUrl = BaseUrlLine().Match(output);
        baseUrl.Success.Should().BeTrue("the banner prints the base URL: {0}", output);
        output.Should().Contain("Seed      42").And.Contain($"Clock     pinned at {TestClock.NowText}");
        output.Should().MatchRegex(@"Key\s+Kind\s+User\s+Permissions");
        output.Should().MatchRegex($@"{DefaultKeys.Full}\s+user\s+65e0a32640a597f6a7f897ea\s+users:read, jobs:read, jobs:update, linkedin:schedule");
        output.Should().MatchRegex($@"{DefaultKeys.Limited}\s+user\s+65e0a32640a597f6a7f897ea\s+linkedin:schedule");
        output.Should().MatchRegex($@"{DefaultKeys.Other}\s+user\s+[0-9a-f]{{24}}\s+users:read");
        output.Should().MatchRegex($@"{DefaultKeys.Global}\s+global\s+\(any\)\s+\*");

        using (var client = new HttpClient { Timeout = TimeSpan.FromSeconds(10) })
        {
            using var health = await client.GetAsync(baseUrl.Groups["url"].Value + "/health", TestContext.Current.CancellationToken);
            health.StatusCode.Should().Be(HttpStatusCode.OK);
            (await health.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Should().Contain("\"status\":\"healthy\"");
        }

        await host.TerminateAsync();

        (await host.WaitForExitAsync(TimeSpan.FromSeconds(5))).Should().BeTrue("SIGTERM stops the server within 5 s");
        host.ExitCode.Should().Be(0);
        host.StandardOutput.Should().Contain("BuenaMock is stopping.");
        host.StandardError.Should().BeEmpty();
    }

    [Fact]
    public async Task Main_PortAlreadyInUse_ExitCode2AndMessageNamingThePort()
    {
        using var occupier = new TcpListener(IPAddress.Loopback, 0);
        occupier.Start();
        var port = ((IPEndPoint)occupier.LocalEndpoint).Port;

        using var host = ServerProcess.Start("--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--clock", TestClock.NowText);

        (await host.WaitForExitAsync(StartTimeout)).Should().BeTrue("a port in use stops the program");
        host.ExitCode.Should().Be(2);
        host.StandardError.Should().Contain($"--port {port}: already in use on 127.0.0.1");
        host.StandardError.Should().NotContain("   at ").And.NotContain("Exception");
        host.StandardOutput.Should().NotContain("listening");
    }

    [GeneratedRegex(@"Base URL\s+(?<url>http://127\.0\.0\.1:(?<port>[1-9][0-9]*)/api/v2)")]
    private static partial Regex BaseUrlLine();
}
