using System.Security.Cryptography;
using System.Text;
using BuenaMock.Errors;

namespace BuenaMock.Http;

/// <summary>
/// With <c>--admin-token</c>, every control route needs <c>Authorization: Bearer TOKEN</c>. The token
/// is compared in constant time: the SHA-256 digests of both UTF-8 strings are compared with
/// <see cref="CryptographicOperations.FixedTimeEquals"/>, so neither the content nor the length leaks.
/// </summary>
internal static class ControlGuard
{
    public const string AuthorizationHeader = "Authorization";
    private const string Scheme = "Bearer ";

    /// <summary>Null when the request may use the control API; else the 401 to answer.</summary>
    public static ApiResponse? Check(ApiRequest request, string? adminToken, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (adminToken is not { } token)
        {
            return null;
        }

        return Authorized(request.Header(AuthorizationHeader), token)
            ? null
            : ErrorCatalogue.ControlUnauthorized().ToResponse(now);
    }

    /// <summary>Whether an <c>Authorization</c> header value carries the token (any token when none is set).</summary>
    public static bool Authorized(string? header, string? adminToken) =>
        adminToken is not { } token
        || (header is not null
            && header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase)
            && TokensEqual(header[Scheme.Length..].Trim(), token));

    internal static bool TokensEqual(string given, string expected) =>
        CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(given)),
            SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
}
