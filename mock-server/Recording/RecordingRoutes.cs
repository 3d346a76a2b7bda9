using BuenaMock.Errors;
using BuenaMock.Http;
using BuenaMock.Simulation;
using WireMock;

namespace BuenaMock.Recording;

/// <summary>
/// In proxy or replay mode the API (every path under <c>/api/v2</c>) is answered by the handler these
/// return, given to <see cref="RouteRegistration.MapRoutes"/> for the requests no route takes: through
/// the request pipeline (request id, journal, an exception as the 500 envelope; no <c>Prefer</c>,
/// faults or rate limits).
/// </summary>
internal static class RecordingRoutes
{
    /// <summary>Forwards every API request to the upstream, recording each exchange when a writer is given.</summary>
    public static Func<IRequestMessage, ApiRequest, Task<ApiResponse>> Proxy(UpstreamProxy proxy)
    {
        ArgumentNullException.ThrowIfNull(proxy);
        return (message, request) => proxy.ForwardAsync(request, EncodedPath(message), message.RawQuery);
    }

    /// <summary>Serves the recordings; a request none matches is a 404 saying so.</summary>
    public static Func<IRequestMessage, ApiRequest, Task<ApiResponse>> Replay(Simulator simulator, ReplayCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(simulator);
        return (message, request) =>
        {
            var wanted = RecordedRequest.From(request, EncodedPath(message));
            var response = catalogue.Next(wanted)?.ToApiResponse()
                ?? ErrorCatalogue.NotFound($"No recording matches {wanted}").ToResponse(simulator.Now);
            return Task.FromResult(response);
        };
    }

    /// <summary>
    /// The path as the client sent it, percent-encoded. WireMock's <see cref="IRequestMessage.Path"/> is
    /// decoded, so <c>a%2F..%2Fb</c> would reach the upstream as <c>a/../b</c>.
    /// </summary>
    internal static string EncodedPath(IRequestMessage message) =>
        Uri.TryCreate(message.Url, UriKind.Absolute, out var url) ? url.AbsolutePath : RecordedRequest.CanonicalPath(message.Path);
}
