using System.Text.Json;
using BuenaMock.Http;
using BuenaMock.Json;
using BuenaMock.RateLimiting;

namespace BuenaMock.Errors;

/// <summary>
/// An error in the documented envelope: <c>{"error": true, "code", "message", "version": "2.0",
/// "timestamp", …}</c>, plus the fields some codes add. Built only through <see cref="ErrorCatalogue"/>.
/// </summary>
internal sealed class ApiError
{
    public const string Version = "2.0";
    public const string AuthenticationDocs = "https://docs.buena.ai/authentication";

    internal ApiError(int status, string code, string message)
    {
        Status = status;
        Code = code;
        Message = message;
    }

    public int Status { get; }

    public string Code { get; }

    public string Message { get; }

    /// <summary>For VALIDATION_ERROR: written as <c>details.fields</c>.</summary>
    public IReadOnlyList<FieldError>? Fields { get; init; }

    /// <summary>For PERMISSION_DENIED: the permission needed and those the key has.</summary>
    public (string Required, IReadOnlyList<string> Available)? PermissionHelp { get; init; }

    /// <summary>For RATE_LIMIT_EXCEEDED.</summary>
    public RateLimitDetails? RateLimit { get; init; }

    /// <summary>Extra details written under <c>details</c> (besides <see cref="Fields"/>).</summary>
    public IReadOnlyDictionary<string, string>? Details { get; init; }

    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; init; } = [];

    public ApiResponse ToResponse(DateTimeOffset now)
    {
        var response = new ApiResponse(Status, ToJson(now));
        response.Headers.AddRange(Headers);
        return response;
    }

    public byte[] ToJson(DateTimeOffset now) => JsonBody.Write(w =>
    {
        w.WriteStartObject();
        w.WriteBoolean("error", true);
        w.WriteString("code", Code);
        w.WriteString("message", Message);
        w.WriteString("version", Version);
        w.WriteString("timestamp", Timestamps.Write(now));
        WriteDetails(w);
        if (PermissionHelp is { } help)
        {
            w.WriteStartObject("permissionHelp");
            w.WriteString("required", help.Required);
            w.WriteStartArray("available");
            foreach (var permission in help.Available)
            {
                w.WriteStringValue(permission);
            }

            w.WriteEndArray();
            w.WriteString("documentation", AuthenticationDocs);
            w.WriteEndObject();
        }

        if (RateLimit is { } limit)
        {
            w.WriteNumber("retryAfter", limit.RetryAfter);
            w.WriteStartObject("rateLimitInfo");
            w.WriteNumber("limit", limit.Limit);
            w.WriteNumber("remaining", limit.Remaining);
            w.WriteNumber("reset", limit.Reset);
            w.WriteString("window", limit.Window);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    });

    private void WriteDetails(Utf8JsonWriter w)
    {
        if (Fields is null && Details is null)
        {
            return;
        }

        w.WriteStartObject("details");
        if (Fields is not null)
        {
            w.WriteStartArray("fields");
            foreach (var field in Fields)
            {
                w.WriteStartObject();
                w.WriteString("field", field.Field);
                w.WriteString("message", field.Message);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        foreach (var (name, value) in Details ?? new Dictionary<string, string>())
        {
            w.WriteString(name, value);
        }

        w.WriteEndObject();
    }
}
