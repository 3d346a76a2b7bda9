using BuenaMock.Auth;
using BuenaMock.Errors;
using BuenaMock.Simulation;
using Microsoft.Extensions.Logging;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Types;
using WireMock.Util;

namespace BuenaMock.Http;

/// <summary>
/// Turns <see cref="ApiRoute"/>s into WireMock mappings: one mapping per path template (any method,
/// so a wrong method is answered 405 rather than 404; routes that share a template are told apart by
/// method), plus one catch-all that answers 404. Every request then runs the same pipeline: route
/// (404/405) → by kind: API routes through <see cref="ApiPipeline"/>, control routes behind
/// <see cref="ControlGuard"/>, documents as they are → an exception becomes a logged 500 → the
/// rate-limit headers (API routes) → the journal (all but control routes). Auth, validation and
/// errors are decided in code, which keeps the mapping count (checked on every request) small.
/// </summary>
public static class RouteRegistration
{
    private const int RoutePriority = 10;
    private const int FallbackPriority = 1_000_000;

    public static void MapRoute(this WireMockServer server, ApiRoute route, MockContext context)
    {
        ArgumentNullException.ThrowIfNull(route);
        server.MapRoutes([route], context);
    }

    /// <summary>Maps <paramref name="routes"/>, one mapping per path template.</summary>
    public static void MapRoutes(this WireMockServer server, IEnumerable<ApiRoute> routes, MockContext context)
    {
        ArgumentNullException.ThrowIfNull(server);
        ArgumentNullException.ThrowIfNull(routes);
        ArgumentNullException.ThrowIfNull(context);
        foreach (var group in routes.GroupBy(r => r.Template, StringComparer.Ordinal))
        {
            ApiRoute[] sameTemplate = [.. group];
            server
                .Given(Request.Create().WithPath(sameTemplate[0].Matches).UsingAnyMethod())
                .AtPriority(sameTemplate[0].HasParameters ? RoutePriority + 1 : RoutePriority)
                .RespondWith(Response.Create().WithCallback(message => HandleAsync(message, context, sameTemplate)));
        }
    }

    /// <summary>The lowest-priority mapping: any request no route took is a 404 in the envelope.</summary>
    public static void MapFallback(this WireMockServer server, MockContext context)
    {
        ArgumentNullException.ThrowIfNull(server);
        server
            .Given(Request.Create().WithPath(_ => true).UsingAnyMethod())
            .AtPriority(FallbackPriority)
            .RespondWith(Response.Create().WithCallback(message => HandleAsync(message, context, [])));
    }

    /// <summary>
    /// Runs a handler outside the route table (the proxy and replay catch-alls) through the common part
    /// of the pipeline: request id, an exception becomes a logged 500, the journal. No <c>Prefer</c>,
    /// faults or rate limits: the upstream or the recording decides those.
    /// </summary>
    internal static Task<IResponseMessage> HandleAsync(IRequestMessage message, MockContext context, Func<ApiRequest, Task<ApiResponse>> handler) =>
        RunAsync(message, context, kind: null, routeName: null, handler);

    /// <summary>The synchronous form of <see cref="HandleAsync(IRequestMessage, MockContext, Func{ApiRequest, Task{ApiResponse}})"/>.</summary>
    internal static ResponseMessage Handle(IRequestMessage message, MockContext context, Func<ApiRequest, ApiResponse> handler) =>
        (ResponseMessage)RunAsync(message, context, kind: null, routeName: null, request => Task.FromResult(handler(request))).GetAwaiter().GetResult();

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

        if (response.Fault == FaultKinds.Reset && !ConnectionReset.TryAbortCurrent())
        {
            context.Logger.LogWarning("Request {RequestId}: no connection to reset (middleware missing); answering 500", request.RequestId);
            response = ErrorCatalogue.Internal(request.RequestId).ToResponse(context.Now);
        }

        if (kind != RouteKind.Control)
        {
            context.Journal.Add(JournalEntryOf(request, response, routeName, arrived, context.RealTime.GetElapsedTime(started)));
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
