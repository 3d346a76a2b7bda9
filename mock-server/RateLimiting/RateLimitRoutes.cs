using System.Text.Json;
using BuenaMock.Documents;
using BuenaMock.Errors;
using BuenaMock.Http;
using BuenaMock.Json;
using BuenaMock.Simulation;

namespace BuenaMock.RateLimiting;

/// <summary>
/// <c>GET /__buena/rate-limits</c> answers the limits in force (<c>{"rateLimits": "off"}</c> or
/// <c>{"rateLimits": "60,1000,10000", "perMinute": 60, "perHour": 1000, "perDay": 10000}</c>);
/// <c>PUT /__buena/rate-limits</c> with <c>{"rateLimits": "off" | "documented" | "m,h,d"}</c> replaces
/// them, forgets every key's count, and answers the new limits.
/// </summary>
internal static class RateLimitRoutes
{
    public const string Path = DocumentRoutes.Prefix + "/rate-limits";

    public static IReadOnlyList<ApiRoute> Create(RateLimiter limits, Simulator simulator)
    {
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentNullException.ThrowIfNull(simulator);
        return
        [
            new("GET", Path, (_, _) => Current(limits)) { Name = "rate-limits", Kind = RouteKind.Control },
            new("PUT", Path, (r, _) => Replace(limits, simulator, r)) { Name = "rate-limits", Kind = RouteKind.Control },
        ];
    }

    internal static ApiResponse Current(RateLimiter limits) => Responses.Ok(JsonBody.Write(w =>
    {
        w.WriteStartObject();
        if (limits.Policy is { } policy)
        {
            w.WriteString("rateLimits", policy.ToString());
            w.WriteNumber("perMinute", policy.PerMinute);
            w.WriteNumber("perHour", policy.PerHour);
            w.WriteNumber("perDay", policy.PerDay);
        }
        else
        {
            w.WriteString("rateLimits", "off");
        }

        w.WriteEndObject();
    }));

    private static ApiResponse Replace(RateLimiter limits, Simulator simulator, ApiRequest request)
    {
        if (ReadPolicyText(request.Body) is not { } text || !RateLimitPolicy.TryParse(text, out var policy, out _))
        {
            return ErrorCatalogue.Validation([new FieldError("rateLimits", "must be \"off\", \"documented\" or \"per-minute,per-hour,per-day\" (three positive whole numbers) in a body {\"rateLimits\": \"…\"}")])
                .ToResponse(simulator.Now);
        }

        limits.Replace(policy);
        return Current(limits);
    }

    private static string? ReadPolicyText(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 4 });
            var root = document.RootElement;
            return root.ValueKind == JsonValueKind.Object
                && root.EnumerateObject().Count() == 1
                && root.TryGetProperty("rateLimits", out var value)
                && value.ValueKind == JsonValueKind.String
                ? value.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
