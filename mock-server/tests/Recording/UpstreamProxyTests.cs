using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using BuenaMock.Http;
using BuenaMock.Recording;
using BuenaMock.Tests.Support;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using WireMock;
using WireMock.Types;

namespace BuenaMock.Tests.Recording;

public class UpstreamProxyTests
{
    [Theory]
    [InlineData("https://api.buena.ai/api/v2", "/api/v2/users/jobs", "status=failed", "https://api.buena.ai/api/v2/users/jobs?status=failed")]
    [InlineData("https://api.buena.ai/api/v2/", "/api/v2/users/jobs", null, "https://api.buena.ai/api/v2/users/jobs")]
    [InlineData("http://127.0.0.1:8080/base", "/api/v2/health", "?a=1&a=2", "http://127.0.0.1:8080/base/health?a=1&a=2")]
    [InlineData("http://127.0.0.1:8080", "/api/v2/health", "", "http://127.0.0.1:8080/health")]
    [InlineData("https://user:secret@api.buena.ai/api/v2", "/api/v2/health", "", "https://api.buena.ai/api/v2/health")]
    [InlineData("https://api.buena.ai/api/v2", "/api/v2/users/jobs/userJobStatus/a%2Fb", "", "https://api.buena.ai/api/v2/users/jobs/userJobStatus/a%2Fb")]
    [InlineData("https://api.buena.ai/api/v2", "/api/v2/users/a?b", "", "https://api.buena.ai/api/v2/users/a%3Fb")]
    [InlineData("https://api.buena.ai/api/v2", "/api/v2/users/..%2F..%2Fx", "", "https://api.buena.ai/api/v2/users/..%2F..%2Fx")]
    public void UpstreamUrl_ApiPath_MapsOntoTheUpstreamBase(string upstream, string path, string? query, string expected)
    {
        var proxy = new UpstreamProxy(new Uri(upstream), null, TimeProvider.System, NullLogger.Instance);

        proxy.UpstreamUrl(path, query)!.AbsoluteUri.Should().Be(expected);
    }

    [Theory]
    [InlineData("/api/v2/../../admin")]
    [InlineData("/api/v2/users/../../../admin")]
    [InlineData("/api/v3/users/jobs")]
    [InlineData("/api/v2x")]
    [InlineData("/other")]
    public void UpstreamUrl_PathLeavingTheBase_Null(string path)
    {
        var proxy = new UpstreamProxy(new Uri("https://api.buena.ai/api/v2"), null, TimeProvider.System, NullLogger.Instance);

        proxy.UpstreamUrl(path, null).Should().BeNull();
    }

    [Fact]
    public async Task ForwardAsync_UpstreamAcceptsButNeverAnswers_503AfterTheTimeout()
    {
        var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        try
        {
            var port = ((IPEndPoint)silent.LocalEndpoint).Port;
            var proxy = new UpstreamProxy(new Uri($"http://127.0.0.1:{port}/api/v2"), null, TimeProvider.System, NullLogger.Instance, TimeSpan.FromSeconds(1));
            var watch = Stopwatch.StartNew();

            var response = await proxy.ForwardAsync(Request("GET", "/api/v2/health"), "/api/v2/health", null);

            watch.Elapsed.Should().BeGreaterThanOrEqualTo(TimeSpan.FromSeconds(0.9)).And.BeLessThan(TimeSpan.FromSeconds(10));
            response.Status.Should().Be(503);
            System.Text.Encoding.UTF8.GetString(response.Body).Should()
                .Contain("\"code\":\"SERVICE_UNAVAILABLE\"")
                .And.Contain($"The upstream 127.0.0.1:{port} could not be reached or did not answer in time");
        }
        finally
        {
            silent.Stop();
        }
    }

    [Fact]
    public void DefaultTimeout_IsBounded()
    {
        UpstreamProxy.DefaultTimeout.Should().Be(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task ForwardAsync_UpstreamUnreachable_LogsTheRedactedKeyOnly()
    {
        using var logs = new CapturingLoggerProvider();
        using var factory = LoggerFactory.Create(b => b.AddProvider(logs));
        var proxy = new UpstreamProxy(new Uri($"http://127.0.0.1:{RecordingServers.ClosedPort()}/api/v2"), null, TimeProvider.System, factory.CreateLogger("test"));

        var response = await proxy.ForwardAsync(Request("GET", "/api/v2/users/jobs", MockHttp.FullKey), "/api/v2/users/jobs", null);

        response.Status.Should().Be(503);
        var entry = logs.Entries.Should().ContainSingle().Subject;
        entry.Message.Should().Contain("bna_1111…").And.NotContain(MockHttp.FullKey);
    }

    private static ApiRequest Request(string method, string path, string? key = null)
    {
        var headers = new Dictionary<string, WireMockList<string>>(StringComparer.OrdinalIgnoreCase);
        if (key is not null)
        {
            headers["x-api-key"] = new WireMockList<string>(key);
        }

        return new ApiRequest(FakeRequestMessage.Create(method, path, headers), "req_test");
    }

    /// <summary>WireMock's request message has no public constructor; this answers the members <see cref="ApiRequest"/> reads.</summary>
#pragma warning disable CA1852 // DispatchProxy derives the proxy from this type, so it cannot be sealed.
    internal class FakeRequestMessage : DispatchProxy
#pragma warning restore CA1852
    {
        private Dictionary<string, object?> _values = [];

        public static IRequestMessage Create(string method, string path, IDictionary<string, WireMockList<string>> headers)
        {
            var message = Create<IRequestMessage, FakeRequestMessage>();
            ((FakeRequestMessage)(object)message)._values = new()
            {
                ["get_Method"] = method,
                ["get_Path"] = path,
                ["get_RawQuery"] = "",
                ["get_Headers"] = headers,
            };
            return message;
        }

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) =>
            _values.GetValueOrDefault(targetMethod!.Name);
    }
}
