using BuenaMock.Errors;
using BuenaMock.Http;
using BuenaMock.Stubs;
using BuenaMock.Simulation;
using WireMock;

namespace BuenaMock.Recording;

/// <summary>
/// In proxy or replay mode the API (every path under <c>/api/v2</c>) that no stub takes is answered by
/// the handler these return, given to <see cref="RouteRegistration.MapRoutes"/> for the requests no
/// route takes: through the request pipeline (request id, journal, an exception as the 500 envelope;
/// no <c>Prefer</c>, faults or rate limits).
/// </summary>
internal static class RecordingRoutes
{
    /// <summary>Forwards every API request to the upstream, recording each exchange when a writer is given.</summary>
    public static Func<IRequestMessage, ApiRequest, Task<ApiResponse>> Proxy(UpstreamProxy proxy)
    {
        ArgumentNullException.ThrowIfNull(proxy);
        return (message, request) => proxy.ForwardAsync(request, EncodedPath(message), request.RawQuery);
    }

    /// <summary>
    /// Replay mode (<c>--replay DIR</c>): the folder's mappings answer as stubs, and an API request none
    /// of them matches is a 404 naming it.
    /// </summary>
    public static Func<IRequestMessage, ApiRequest, Task<ApiResponse>> Unmatched(Simulator simulator)
    {
        ArgumentNullException.ThrowIfNull(simulator);
        return (_, request) => Task.FromResult(ErrorCatalogue.NotFound($"No recorded mapping matches {RecordedMapping.Title(request)}").ToResponse(simulator.Now));
    }

    /// <summary>
    /// The path as the client sent it, percent-encoded. WireMock's <see cref="IRequestMessage.Path"/> is
    /// decoded, so <c>a%2F..%2Fb</c> would reach the upstream as <c>a/../b</c>.
    /// </summary>
    internal static string EncodedPath(IRequestMessage message) =>
        Uri.TryCreate(message.Url, UriKind.Absolute, out var url) ? url.AbsolutePath : message.Path;
}
