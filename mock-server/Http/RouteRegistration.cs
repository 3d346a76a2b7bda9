using BuenaMock.Errors;
using Microsoft.Extensions.Logging;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Types;
using WireMock.Util;

namespace BuenaMock.Http;

/// <summary>
/// Turns <see cref="ApiRoute"/>s into WireMock mappings: one mapping per route path (any method, so
/// a wrong method is answered 405 rather than 404), plus one catch-all that answers 404. Auth,
/// validation and errors are decided in code, which keeps the mapping count (checked on every
/// request) small.
/// </summary>
public static class RouteRegistration
{
    private const int RoutePriority = 10;
    private const int FallbackPriority = 1_000_000;

    public static void MapRoute(this WireMockServer server, ApiRoute route, MockContext context)
    {
        ArgumentNullException.ThrowIfNull(server);
        ArgumentNullException.ThrowIfNull(route);
        server
            .Given(Request.Create().WithPath(route.Matches).UsingAnyMethod())
            .AtPriority(route.HasParameters ? RoutePriority + 1 : RoutePriority)
            .RespondWith(Response.Create().WithCallback(message => Handle(message, context, request =>
            {
                // HEAD is answered as GET; the server sends no body for it.
                var method = request.Method == "HEAD" ? "GET" : request.Method;
                if (!string.Equals(method, route.Method, StringComparison.Ordinal))
                {
                    return ErrorCatalogue.MethodNotAllowed(request.Method, request.Path, [route.Method]).ToResponse(context.Now);
                }

                route.TryMatch(request.Path, out var values);
                return route.Handler(request, values);
            })));
    }

    /// <summary>The lowest-priority mapping: any request no route took is a 404 in the envelope.</summary>
    public static void MapFallback(this WireMockServer server, MockContext context)
    {
        ArgumentNullException.ThrowIfNull(server);
        server
            .Given(Request.Create().WithPath(_ => true).UsingAnyMethod())
            .AtPriority(FallbackPriority)
            .RespondWith(Response.Create().WithCallback(message => Handle(message, context,
                request => ErrorCatalogue.RouteNotFound(request.Method, request.Path).ToResponse(context.Now))));
    }

    /// <summary>Runs a handler; an exception becomes a logged 500 in the envelope, never a stack trace in the body.</summary>
    internal static ResponseMessage Handle(IRequestMessage message, MockContext context, Func<ApiRequest, ApiResponse> handler)
    {
        var requestId = context.NextRequestId();
        ApiResponse response;
        try
        {
            response = handler(new ApiRequest(message, requestId));
        }
#pragma warning disable CA1031 // Any exception must become the documented 500, whatever its type.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            context.Logger.LogError(ex, "Request {RequestId} {Method} {Path} failed", requestId, message.Method, message.Path);
            response = ErrorCatalogue.Internal(requestId).ToResponse(context.Now);
        }

        return ToResponseMessage(response, requestId);
    }

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

        return message;
    }
}
