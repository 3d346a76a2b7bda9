using System.Globalization;
using BuenaMock.Http;
using BuenaMock.Json;
using BuenaMock.RateLimiting;

namespace BuenaMock.Errors;

/// <summary>Every error the server sends, in one place. Each has a schema in <c>schemas/</c>.</summary>
internal static class ErrorCatalogue
{
    /// <summary>The documented text of the 400 a global key gets on <c>GET /users/jobs</c>.</summary>
    public const string GlobalKeyMessage = "When using global API key, please use the specific route: /api/v2/users/jobs/userJobStatus/:userId";

    public const string GlobalKeyRoute = "/api/v2/users/jobs/userJobStatus/:userId";

    /// <summary>401 for a missing, malformed, unknown, expired or deactivated key.</summary>
    public static ApiError Unauthorized() => new(401, ErrorCodes.Unauthorized, "Invalid API key");

    /// <summary>
    /// 401 for a control endpoint asked without the admin token (<c>--admin-token</c>). Its message is
    /// not the API's "Invalid API key", so it follows error-envelope.schema.json rather than error-401.
    /// </summary>
    public static ApiError ControlUnauthorized() =>
        new(401, ErrorCodes.Unauthorized, "The control API needs the admin token: send 'Authorization: Bearer <token>' with the value of --admin-token")
        {
            Headers = [new("WWW-Authenticate", "Bearer realm=\"BuenaMock control API\"")],
        };

    /// <summary>403 naming the permission needed and the key's real permissions.</summary>
    public static ApiError PermissionDenied(string message, string required, IReadOnlyList<string> available) =>
        new(403, ErrorCodes.PermissionDenied, message) { PermissionHelp = (required, available) };

    /// <summary>400 naming every invalid field in the message and in <c>details.fields</c>.</summary>
    public static ApiError Validation(IReadOnlyList<FieldError> fields) =>
        new(400, ErrorCodes.ValidationError, "Invalid request: " + string.Join("; ", fields.Select(f => $"{f.Field} {f.Message}")))
        {
            Fields = fields,
        };

    public static ApiError NotFound(string message) => new(404, ErrorCodes.NotFound, message);

    public static ApiError RouteNotFound(string method, string path) => NotFound($"Route {method} {path} not found");

    /// <summary>405 for a known route asked with another method; <c>Allow</c> lists the right one.</summary>
    public static ApiError MethodNotAllowed(string method, string path, IReadOnlyList<string> allowed) =>
        new(405, ErrorCodes.MethodNotAllowed, $"Method {method} is not allowed on {path}; use {string.Join(", ", allowed)}")
        {
            Headers = [new("Allow", string.Join(", ", allowed))],
        };

    public static ApiError PayloadTooLarge(long limitBytes) =>
        new(413, ErrorCodes.PayloadTooLarge, string.Create(CultureInfo.InvariantCulture, $"Request body is larger than {limitBytes} bytes"));

    /// <summary>431 for request headers over the cap (<see cref="RequestLimits"/>), in size or in number.</summary>
    public static ApiError HeadersTooLarge(int limitBytes, int limitCount) =>
        new(431, ErrorCodes.RequestHeadersTooLarge, string.Create(CultureInfo.InvariantCulture, $"Request headers are larger than {limitBytes} bytes in total or more than {limitCount}"));

    /// <summary>400 naming the query when the query string is over the cap (<see cref="RequestLimits"/>).</summary>
    public static ApiError QueryTooLong(int limitBytes) =>
        Validation([new FieldError("query", string.Create(CultureInfo.InvariantCulture, $"is longer than {limitBytes} bytes"))]);

    /// <summary>400 naming the body when it cannot be read as HTTP (a malformed chunked encoding, a body cut short).</summary>
    public static ApiError UnreadableBody() =>
        Validation([new FieldError("body", "could not be read: the request body is malformed or incomplete")]);

    public static ApiError RateLimited(RateLimitDetails details) =>
        new(429, ErrorCodes.RateLimitExceeded, string.Create(CultureInfo.InvariantCulture, $"Rate limit exceeded. Try again in {details.RetryAfter} seconds."))
        {
            RateLimit = details,
            Headers = [new("Retry-After", details.RetryAfter.ToString(CultureInfo.InvariantCulture))],
        };

    /// <summary>500 for an unexpected exception; the body carries only the request id, never the exception.</summary>
    public static ApiError Internal(string requestId) =>
        new(500, ErrorCodes.InternalError, "An unexpected error occurred")
        {
            Details = new Dictionary<string, string> { ["requestId"] = requestId },
        };

    public static ApiError ServiceUnavailable() =>
        new(503, ErrorCodes.ServiceUnavailable, "The service is temporarily unavailable, please retry later");

    /// <summary>503 in proxy mode: the upstream (named by host and port) could not be reached or did not answer in time.</summary>
    public static ApiError UpstreamUnavailable(string upstreamHost) =>
        new(503, ErrorCodes.ServiceUnavailable, $"The upstream {upstreamHost} could not be reached or did not answer in time");

    /// <summary>500 when <c>POST /__buena/state/save</c> cannot write the state file; nothing else changes.</summary>
    public static ApiError StateNotSaved(string reason) =>
        new(500, ErrorCodes.InternalError, $"The state file could not be written: {reason}");

    /// <summary>The documented bare 400 (not the envelope) for a global key on a user route.</summary>
    public static ApiResponse GlobalKeyOnUserRoute() => new(400, JsonBody.Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("error", GlobalKeyMessage);
        w.WriteString("availableRoute", GlobalKeyRoute);
        w.WriteEndObject();
    }));
}
