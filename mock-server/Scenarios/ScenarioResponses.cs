using BuenaMock.Auth;
using BuenaMock.Errors;
using BuenaMock.Http;
using BuenaMock.RateLimiting;

namespace BuenaMock.Scenarios;

/// <summary>
/// The documented error <c>Prefer: code=N</c> asks for, for one request, whatever the key and the data:
/// 401, 403 (the route's permission; the key's real permissions when a valid key is sent, else none),
/// 404, 429 (the minute window of the limits in force, or the documented ones, used up), 500 or 503.
/// </summary>
internal static class ScenarioResponses
{
    public static ApiResponse For(int code, ApiRoute route, string requestId, ApiKey? key, RateLimitPolicy? limits, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(route);
        return code switch
        {
            401 => ErrorCatalogue.Unauthorized().ToResponse(now),
            403 => Forbidden(route, key, now),
            404 => ErrorCatalogue.NotFound("Resource not found").ToResponse(now),
            429 => RateLimitResponses.Exceeded(RateLimitResponses.ExhaustedMinute(limits ?? RateLimitPolicy.Documented, now), now),
            500 => ErrorCatalogue.Internal(requestId).ToResponse(now),
            503 => ErrorCatalogue.ServiceUnavailable().ToResponse(now),
            _ => throw new ArgumentOutOfRangeException(nameof(code), code, "not a code Prefer accepts"),
        };
    }

    private static ApiResponse Forbidden(ApiRoute route, ApiKey? key, DateTimeOffset now)
    {
        var required = route.Permission ?? Permissions.UsersRead;
        return ErrorCatalogue.PermissionDenied($"Insufficient permissions: this route needs {required}", required, key?.Permissions ?? [])
            .ToResponse(now);
    }
}
