using System.Text.Json.Serialization;

namespace BuenaMock.RateLimiting;

/// <summary>The body of <c>PUT /__buena/rate-limits</c>: <c>{"rateLimits": "off" | "documented" | "m,h,d"}</c>, read as <c>--rate-limits</c> is.</summary>
internal sealed class RateLimitsInput
{
    public string? RateLimits { get; init; }
}

/// <summary>The cold JSON of the rate limits: read with generated code, no reflection.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, MaxDepth = 4)]
[JsonSerializable(typeof(RateLimitsInput))]
internal sealed partial class RateLimitJsonContext : JsonSerializerContext;
