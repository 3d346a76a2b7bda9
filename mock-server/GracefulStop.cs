using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.DependencyInjection;

namespace BuenaMock;

/// <summary>
/// Stops Kestrel gracefully and waits for it, before WireMock's own stop: <c>WireMockServer.Stop</c> both
/// cancels the host's run and stops the host, and whichever of those two stops comes second returns at once,
/// so the process could exit with a request still in flight. Kestrel stops once; its own stop, awaited,
/// lets requests in flight finish (up to <see cref="Timeout"/>), then WireMock's stop finds nothing left to do.
/// </summary>
internal sealed class GracefulStop
{
    /// <summary>How long requests in flight may take to finish before their connections are closed.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(4);

    private IServer? _server;

    /// <summary>Keeps the server the pipeline runs on; call from <c>PreWireMockMiddlewareInit</c>.</summary>
    public void Capture(IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        _server = app.ApplicationServices.GetService<IServer>();
    }

    /// <summary>Stops accepting connections and waits for the requests in flight, at most <see cref="Timeout"/>.</summary>
    public void Drain()
    {
        if (_server is null)
        {
            return;
        }

        // Past the timeout Kestrel closes the connections still open and returns.
        using var timeout = new CancellationTokenSource(Timeout);
        _server.StopAsync(timeout.Token).GetAwaiter().GetResult();
    }
}
