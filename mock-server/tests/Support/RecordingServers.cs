using System.Net;
using System.Net.Sockets;

namespace BuenaMock.Tests.Support;

/// <summary>The servers the recording and stub tests chain, all on loopback: an upstream mock, a proxy in front of it, a replay.</summary>
internal static class RecordingServers
{
    /// <summary>A mock forwarding to <paramref name="upstream"/>, recording into <paramref name="folder"/> when given.</summary>
    public static BuenaMockServer Proxy(string upstream, string? folder = null) =>
        MockHttp.Start(configure: o =>
        {
            o.Proxy = new Uri(upstream);
            o.RecordDirectory = folder;
        });

    public static BuenaMockServer Replay(string folder) =>
        MockHttp.Start(configure: o => o.ReplayDirectory = folder);

    /// <summary>A loopback port nothing listens on (taken, then released).</summary>
    public static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public static async Task<byte[]> BytesAsync(this HttpResponseMessage response) =>
        await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
}
