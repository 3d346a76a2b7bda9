using BuenaMock.Errors;
using BuenaMock.Http;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace BuenaMock.Recording;

/// <summary>
/// In proxy or replay mode the API (every path under <c>/api/v2</c>) is one catch-all mapping, below
/// the document and control routes and above the 404 fallback, answered through the request pipeline
/// (request id, journal, an exception as the 500 envelope; no <c>Prefer</c>, faults or rate limits).
/// </summary>
public static class RecordingRoutes
{
    /// <summary>The mock's API prefix, which maps onto the upstream's base URL.</summary>
    public const string ApiPrefix = "/api/v2";

    // After every route (10 and 11), before the 404 fallback (1,000,000).
    private const int CatchAllPriority = 100_000;

    public static bool IsApiPath(string path) =>
        path is not null && (path == ApiPrefix || path.StartsWith(ApiPrefix + "/", StringComparison.Ordinal));

    /// <summary>Forwards every API request to the upstream, recording each exchange when a writer is given.</summary>
    public static void AddProxyRoutes(this WireMockServer server, MockContext context, UpstreamProxy proxy)
    {
        ArgumentNullException.ThrowIfNull(proxy);
        server.MapCatchAll(context, (message, request) => proxy.ForwardAsync(request, EncodedPath(message), message.RawQuery));
    }

    /// <summary>Serves the recordings; a request none matches is a 404 saying so.</summary>
    public static void AddReplayRoutes(this WireMockServer server, MockContext context, ReplayCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(context);
        server.MapCatchAll(context, (message, request) =>
        {
            var wanted = RecordedRequest.From(request, EncodedPath(message));
            var response = catalogue.Next(wanted)?.ToApiResponse()
                ?? ErrorCatalogue.NotFound($"No recording matches {wanted}").ToResponse(context.Now);
            return Task.FromResult(response);
        });
    }

    /// <summary>
    /// The path as the client sent it, percent-encoded. WireMock's <see cref="IRequestMessage.Path"/> is
    /// decoded, so <c>a%2F..%2Fb</c> would reach the upstream as <c>a/../b</c>.
    /// </summary>
    internal static string EncodedPath(IRequestMessage message) =>
        Uri.TryCreate(message.Url, UriKind.Absolute, out var url) ? url.AbsolutePath : RecordedRequest.CanonicalPath(message.Path);

    private static void MapCatchAll(this WireMockServer server, MockContext context, Func<IRequestMessage, ApiRequest, Task<ApiResponse>> handler)
    {
        ArgumentNullException.ThrowIfNull(server);
        server
            .Given(Request.Create().WithPath(IsApiPath).UsingAnyMethod())
            .AtPriority(CatchAllPriority)
            .RespondWith(Response.Create().WithCallback(message =>
                RouteRegistration.HandleAsync(message, context, request => handler(message, request))));
    }
}
