namespace BuenaMock.RateLimiting;

/// <summary>
/// Where a key stands in one window: what the <c>X-RateLimit-*</c> headers and a 429's
/// <c>rateLimitInfo</c> report. <see cref="Reset"/> is unix seconds.
/// </summary>
internal sealed record RateLimitWindow(string Window, int Limit, int Remaining, long Reset);
