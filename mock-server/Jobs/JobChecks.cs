using BuenaMock.Auth;
using BuenaMock.Errors;
using BuenaMock.Http;

namespace BuenaMock.Jobs;

/// <summary>
/// The jobs routes' own check on the caller's key, after the pipeline checked the route's declared
/// access (<see cref="RouteAccess"/>): the documented 403 or null.
/// </summary>
internal static class JobChecks
{
    /// <summary>A user key may only read its own user; a global key any user.</summary>
    public static ApiResponse? RequireOwnUser(ApiKey key, string userId, DateTimeOffset now) =>
        key.Kind == ApiKeyKind.Global || string.Equals(key.UserId, userId, StringComparison.Ordinal)
            ? null
            : ErrorCatalogue.PermissionDenied("A user API key can only access its own user's jobs; use a global API key for other users", Permissions.Wildcard, key.Permissions).ToResponse(now);
}
