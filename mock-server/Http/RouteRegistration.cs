using BuenaMock.Faults;
using BuenaMock.Stubs;
using Microsoft.Extensions.Logging;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Types;
using WireMock.Util;

namespace BuenaMock.Http;

/// <summary>
/// Serves <see cref="ApiRoute"/>s through WireMock with one mapping: WireMock checks every mapping on
/// every request (about 1.8 µs each, measured), so the server registers a single catch-all whose
/// callback finds the route in a <see cref="RouteTable"/> and hands the request to the
/// <see cref="RequestPipeline"/>, where the order of everything that follows is written.
/// </summary>
internal static class RouteRegistration
{
    /// <summary>The API's prefix: what proxy and replay modes take over.</summary>
    public const string ApiPrefix = "/api/v2";

    /// <summary>
    /// Maps <paramref name="routes"/> as the server's one mapping. A request no route takes goes to
    /// <paramref name="unrouted"/> when its path is under <see cref="ApiPrefix"/> (proxy and replay),
    /// and is otherwise a 404 in the envelope.
    /// </summary>
    public static void MapRoutes(this WireMockServer server, IEnumerable<ApiRoute> routes, RequestPipeline pipeline, Func<IRequestMessage, ApiRequest, Task<ApiResponse>>? unrouted = null)
    {
        ArgumentNullException.ThrowIfNull(server);
        ArgumentNullException.ThrowIfNull(pipeline);
        var table = new RouteTable(routes);
        // The lowest priority, and created before any stub: a user stub that matches always wins.
        server
            .Given(Request.Create().WithPath(_ => true).UsingAnyMethod())
            .WithGuid(StubRegistry.GeneratedApiGuid)
            .AtPriority(StubRegistry.GeneratedApiPriority)
            .RespondWith(Response.Create().WithCallback(message =>
            {
                StubPipeline.MarkGenerated();
                return table.Find(message.Path) is { } group ? pipeline.HandleAsync(message, group)
                    : unrouted is not null && IsApiPath(message.Path) ? pipeline.HandleAsync(message, request => unrouted(message, request))
                    : pipeline.HandleAsync(message, []);
            }));
    }

    public static bool IsApiPath(string path) =>
        path is not null && (path == ApiPrefix || path.StartsWith(ApiPrefix + "/", StringComparison.Ordinal));

    /// <summary>WireMock's message for an answer: status, body, <c>Content-Type</c>, <c>X-Request-Id</c>, the headers, a socket fault.</summary>
    public static ResponseMessage ToResponseMessage(ApiResponse response, string requestId)
    {
        var message = new ResponseMessage
        {
            StatusCode = response.Status,
            BodyData = new BodyData { DetectedBodyType = BodyType.Bytes, BodyAsBytes = response.Body },
        };
        message.AddHeader("Content-Type", response.ContentType);
        message.AddHeader("X-Request-Id", requestId);
        foreach (var (name, value) in response.Headers)
        {
            message.AddHeader(name, value);
        }

        // WireMock's own socket faults, applied to this answer (FaultPercentage null: always).
        message.FaultType = response.Fault switch
        {
            FaultKind.Empty => FaultType.EMPTY_RESPONSE,
            FaultKind.Malformed => FaultType.MALFORMED_RESPONSE_CHUNK,
            _ => FaultType.NONE,
        };
        message.FaultPercentage = null;
        return message;
    }
}
