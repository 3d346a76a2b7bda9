using BuenaMock.Auth;
using BuenaMock.Errors;

namespace BuenaMock.Http;

/// <summary>
/// What a protected API route needs of the caller's key, declared once on the route
/// (<see cref="ApiRoute.Protected"/>) and checked once by the request pipeline, in the contract's
/// order: no usable key → 401; a global key on a route for user keys → the documented bare 400; a key
/// without <see cref="Permission"/> → 403 with <see cref="DeniedMessage"/>.
/// </summary>
internal sealed record RouteAccess(string Permission, string DeniedMessage)
{
    /// <summary>True for a route only user keys may call (<c>GET /users/jobs</c>): a global key gets the documented bare 400.</summary>
    public bool UserKeysOnly { get; init; }

    /// <summary>Null when <paramref name="key"/> (null: none usable was sent) may call the route; else the refusal to answer.</summary>
    public ApiResponse? Refusal(ApiKey? key, DateTimeOffset now)
    {
        if (key is null)
        {
            return ErrorCatalogue.Unauthorized().ToResponse(now);
        }

        if (UserKeysOnly && key.Kind == ApiKeyKind.Global)
        {
            return ErrorCatalogue.GlobalKeyOnUserRoute();
        }

        return key.Has(Permission) ? null : ErrorCatalogue.PermissionDenied(DeniedMessage, Permission, key.Permissions).ToResponse(now);
    }
}
