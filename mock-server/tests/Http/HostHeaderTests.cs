using System.Text;
using BuenaMock.Tests.Support;

namespace BuenaMock.Tests.Http;

/// <summary>
/// The Host header plays no part in routing: hosts Uri cannot parse are answered like any other, also
/// between requests whose usable Host the request limits remember.
/// </summary>
public sealed class HostHeaderTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Get_UsableAndUnusableHostsInTurn_EachAnsweredByTheApi()
    {
        await using var mock = MockHttp.Start();
        string[] hosts = [$"127.0.0.1:{mock.Port}", "xn--", $"127.0.0.1:{mock.Port}", "xn--zz", "localhost", "xn--", "localhost"];

        foreach (var host in hosts)
        {
            var answer = await SendAsync(mock, $"GET /api/v2/users/jobs HTTP/1.1\r\nHost: {host}\r\nx-api-key: {MockHttp.FullKey}\r\nConnection: close\r\n\r\n");

            answer.Status.Should().Be(200, "Host: {0} is answered like any other", host);
            answer.BodyText.Should().Contain("\"success\":true");
        }

        var withoutHost = await SendAsync(mock, $"GET /api/v2/users/jobs HTTP/1.0\r\nx-api-key: {MockHttp.FullKey}\r\n\r\n");
        withoutHost.Status.Should().Be(200, "an HTTP/1.0 request may leave Host out");
    }

    private static Task<RawResponse> SendAsync(BuenaMockServer mock, string request) =>
        RawHttp.SendAsync(mock.Port, Encoding.ASCII.GetBytes(request), Timeout, TestContext.Current.CancellationToken);
}
