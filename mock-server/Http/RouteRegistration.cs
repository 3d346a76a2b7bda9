using BuenaMock.Auth;
using BuenaMock.Errors;
using BuenaMock.Faults;
using BuenaMock.Journal;
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
/// callback finds the route in a <see cref="RouteTable"/>. Every request then runs the same pipeline:
/// route (404/405) → by kind: API routes through <see cref="ApiPipeline"/>, control routes behind
/// <see cref="ControlGuard"/>, documents as they are → an exception becomes a logged 500 → the
/// rate-limit headers (API routes) → the journal (all but control routes). Auth, validation and
/// errors are decided in code.
/// </summary>
public static class RouteRegistration
{
    /// <summary>The API's prefix: what proxy and replay modes take over.</summary>
    public const string ApiPrefix = "/api/v2";

    /// <summary>
    /// Maps <paramref name="routes"/> as the server's one mapping. A request no route takes goes to
    /// <paramref name="unrouted"/> when its path is under <see cref="ApiPrefix"/> (proxy and replay),
    /// and is otherwise a 404 in the envelope.
    /// </summary>
    public static void MapRoutes(this WireMockServer server, IEnumerable<ApiRoute> routes, MockContext context, Func<IRequestMessage, ApiRequest, Task<ApiResponse>>? unrouted = null)
    {
        ArgumentNullException.ThrowIfNull(server);
        ArgumentNullException.ThrowIfNull(context);
        var table = new RouteTable(routes);
        server
            .Given(Request.Create().WithPath(_ => true).UsingAnyMethod())
            .RespondWith(Response.Create().WithCallback(message =>
                table.Find(message.Path) is { } group ? HandleAsync(message, context, group)
                : unrouted is not null && IsApiPath(message.Path) ? HandleAsync(message, context, request => unrouted(message, request))
                : HandleAsync(message, context, [])));
    }

    public static bool IsApiPath(string path) =>
        path is not null && (path == ApiPrefix || path.StartsWith(ApiPrefix + "/", StringComparison.Ordinal));

    /// <summary>
    /// Runs a handler outside the route table (proxy and replay) through the common part
    /// of the pipeline: request id, an exception becomes a logged 500, the journal. No <c>Prefer</c>,
    /// faults or rate limits: the upstream or the recording decides those.
    /// </summary>
    internal static Task<IResponseMessage> HandleAsync(IRequestMessage message, MockContext context, Func<ApiRequest, Task<ApiResponse>> handler) =>
        RunAsync(message, context, kind: null, routeName: null, handler);

    /// <summary>Answers one request to a path served by <paramref name="routes"/> (none: the fallback).</summary>
    private static Task<IResponseMessage> HandleAsync(IRequestMessage message, MockContext context, ApiRoute[] routes) =>
        RunAsync(message, context, routes.Length == 0 ? null : routes[0].Kind, routes.FirstOrDefault()?.Name, request =>
        {
            // HEAD is answered as GET; the server sends no body for it.
            var method = request.Method == "HEAD" ? "GET" : request.Method;
            return AnswerAsync(routes, Array.Find(routes, r => string.Equals(r.Method, method, StringComparison.Ordinal)), request, context);
        });

    private static async Task<IResponseMessage> RunAsync(IRequestMessage message, MockContext context, RouteKind? kind, string? routeName, Func<ApiRequest, Task<ApiResponse>> answer)
    {
        var started = context.RealTime.GetTimestamp();
        var arrived = context.Clock.GetUtcNow();
        var request = new ApiRequest(message, context.NextRequestId());
        ApiResponse response;
        try
        {
            response = await answer(request);
        }
#pragma warning disable CA1031 // Any exception must become the documented 500, whatever its type.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            context.Logger.LogError(ex, "Request {RequestId} {Method} {Path} failed", request.RequestId, message.Method, message.Path);
            response = ErrorCatalogue.Internal(request.RequestId).ToResponse(context.Now);
        }

        if (kind == RouteKind.Api)
        {
            ApiPipeline.AddRateLimitHeaders(response, request, context);
        }

        if (response.Fault == FaultKinds.Reset && !ConnectionReset.CanAbortCurrent)
        {
            context.Logger.LogWarning("Request {RequestId}: no connection to reset (middleware missing); answering 500", request.RequestId);
            response = ErrorCatalogue.Internal(request.RequestId).ToResponse(context.Now);
        }

        // Journaled before a reset: the client sees the connection drop at once, and may read the journal next.
        if (kind != RouteKind.Control)
        {
            context.Journal.Add(JournalEntryOf(request, response, routeName, arrived, context.RealTime.GetElapsedTime(started)));
        }

        if (response.Fault == FaultKinds.Reset)
        {
            ConnectionReset.TryAbortCurrent();
        }

        return ToResponseMessage(response, request.RequestId);
    }

    private static Task<ApiResponse> AnswerAsync(ApiRoute[] routes, ApiRoute? route, ApiRequest request, MockContext context)
    {
        if (routes.Length == 0)
        {
            return Task.FromResult(ErrorCatalogue.RouteNotFound(request.Method, request.Path).ToResponse(context.Now));
        }

        if (route is null)
        {
            return Task.FromResult(ErrorCatalogue.MethodNotAllowed(request.Method, request.Path, [.. routes.Select(r => r.Method)]).ToResponse(context.Now));
        }

        route.TryMatch(request.Path, out var values);
        return route.Kind switch
        {
            RouteKind.Api => ApiPipeline.RunAsync(route, values, request, context),
            RouteKind.Control => Task.FromResult(ControlGuard.Check(request, context) ?? route.Handler(request, values)),
            _ => Task.FromResult(route.Handler(request, values)),
        };
    }

    private static JournalEntry JournalEntryOf(ApiRequest request, ApiResponse response, string? route, DateTimeOffset arrived, TimeSpan duration) => new(
        Id: request.RequestId,
        Time: arrived,
        Method: request.Method,
        Path: request.Path,
        Query: request.RawQuery,
        Status: response.Fault == FaultKinds.Reset ? null : response.Status,
        Route: string.IsNullOrEmpty(route) ? null : route,
        Key: request.Header(RequestGuard.KeyHeader) is { } key ? ApiKey.Redact(key) : null,
        DurationMs: (long)Math.Round(duration.TotalMilliseconds, MidpointRounding.AwayFromZero),
        Fault: response.Fault);

    private static ResponseMessage ToResponseMessage(ApiResponse response, string requestId)
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
            FaultKinds.Empty => FaultType.EMPTY_RESPONSE,
            FaultKinds.Malformed => FaultType.MALFORMED_RESPONSE_CHUNK,
            _ => FaultType.NONE,
        };
        message.FaultPercentage = null;
        return message;
    }
}
