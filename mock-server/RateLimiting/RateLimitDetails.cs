namespace BuenaMock.RateLimiting;

/// <summary>The body fields of a 429: seconds to wait, and the window that ran out.</summary>
internal sealed record RateLimitDetails(int RetryAfter, int Limit, int Remaining, long Reset, string Window);
