namespace BuenaMock.Errors;

/// <summary>The <c>code</c> values of the error envelope.</summary>
internal static class ErrorCodes
{
    public const string Unauthorized = "UNAUTHORIZED";
    public const string PermissionDenied = "PERMISSION_DENIED";
    public const string ValidationError = "VALIDATION_ERROR";
    public const string NotFound = "NOT_FOUND";
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";
    public const string PayloadTooLarge = "PAYLOAD_TOO_LARGE";
    public const string RequestHeadersTooLarge = "REQUEST_HEADERS_TOO_LARGE";
    public const string RateLimitExceeded = "RATE_LIMIT_EXCEEDED";
    public const string InternalError = "INTERNAL_ERROR";
    public const string ServiceUnavailable = "SERVICE_UNAVAILABLE";
}
