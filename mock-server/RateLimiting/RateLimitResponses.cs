using System.Globalization;
using BuenaMock.Errors;
using BuenaMock.Http;

namespace BuenaMock.RateLimiting;

/// <summary>The <c>X-RateLimit-*</c> headers and the documented 429, both describing one <see cref="RateLimitWindow"/>.</summary>
internal static class RateLimitResponses
{
    public const string LimitHeader = "X-RateLimit-Limit";
    public const string RemainingHeader = "X-RateLimit-Remaining";
    public const string ResetHeader = "X-RateLimit-Reset";
    public const string WindowHeader = "X-RateLimit-Window";

    /// <summary>The 429 for <paramref name="window"/>: <c>retryAfter</c> (and <c>Retry-After</c>) is the seconds to its reset, at least 1.</summary>
    public static ApiResponse Exceeded(RateLimitWindow window, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(window);
        var retryAfter = (int)Math.Clamp(window.Reset - now.ToUnixTimeSeconds(), 1, int.MaxValue);
        var response = ErrorCatalogue.RateLimited(new RateLimitDetails(retryAfter, window.Limit, window.Remaining, window.Reset, window.Window)).ToResponse(now);
        AddHeaders(response, window);
        return response;
    }

    /// <summary>The minute window of <paramref name="policy"/> at <paramref name="now"/>, used up (what <c>Prefer: code=429</c> reports).</summary>
    public static RateLimitWindow ExhaustedMinute(RateLimitPolicy policy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var unix = now.ToUnixTimeSeconds();
        return new RateLimitWindow("minute", policy.PerMinute, 0, unix - (unix % 60) + 60);
    }

    /// <summary>Adds the four <c>X-RateLimit-*</c> headers, unless the response already has them.</summary>
    public static void AddHeaders(ApiResponse response, RateLimitWindow window)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(window);
        if (response.Headers.Exists(h => string.Equals(h.Key, LimitHeader, StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }

        response.WithHeader(LimitHeader, window.Limit.ToString(CultureInfo.InvariantCulture))
            .WithHeader(RemainingHeader, window.Remaining.ToString(CultureInfo.InvariantCulture))
            .WithHeader(ResetHeader, window.Reset.ToString(CultureInfo.InvariantCulture))
            .WithHeader(WindowHeader, window.Window);
    }
}
