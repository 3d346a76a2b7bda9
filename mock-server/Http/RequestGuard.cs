using BuenaMock.Auth;
using BuenaMock.Errors;
using BuenaMock.RateLimiting;

namespace BuenaMock.Http;

/// <summary>The checks every protected route runs, each returning the documented error or null.</summary>
public sealed class RequestGuard(MockContext context)
{
    public const string KeyHeader = "x-api-key";

    /// <summary>
    /// The request's key when it is known and usable now (and counts its use); null otherwise. A valid
    /// key over its rate limit throws <see cref="RateLimitExceededException"/> (the 429 comes right after
    /// the 401 and before every other check); the refused request is not counted.
    /// </summary>
    public ApiKey? Authenticate(ApiRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var key = context.Keys.Authenticate(request.Header(KeyHeader), context.Now);
        if (key is null)
        {
            return null;
        }

        request.Key = key;
        if (context.RateLimits.Hit(key.Value, context.Now) is { } standing)
        {
            request.RateLimit = standing.Window;
            if (!standing.Allowed)
            {
                throw new RateLimitExceededException(standing.Window);
            }
        }

        context.Keys.RecordUse(key);
        return key;
    }

    public ApiResponse Unauthorized() => ErrorCatalogue.Unauthorized().ToResponse(context.Now);

    public ApiResponse? Require(ApiKey key, string permission, string message)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.Has(permission)
            ? null
            : ErrorCatalogue.PermissionDenied(message, permission, key.Permissions).ToResponse(context.Now);
    }

    /// <summary>A user key may only read its own user; a global key any user.</summary>
    public ApiResponse? RequireOwnUser(ApiKey key, string userId)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.Kind == ApiKeyKind.Global || string.Equals(key.UserId, userId, StringComparison.Ordinal)
            ? null
            : ErrorCatalogue.PermissionDenied("A user API key can only access its own user's jobs; use a global API key for other users", Permissions.Wildcard, key.Permissions).ToResponse(context.Now);
    }

    public ApiResponse Invalid(IReadOnlyList<FieldError> errors) => ErrorCatalogue.Validation(errors).ToResponse(context.Now);
}
