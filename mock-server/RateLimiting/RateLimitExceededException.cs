using BuenaMock.Http;


namespace BuenaMock.RateLimiting;

/// <summary>
/// Thrown by <see cref="RequestGuard.Authenticate"/> when a valid key is over its rate limit, so the
/// request stops right after the key check, whichever route it is on; the request pipeline answers it
/// with the documented 429.
/// </summary>
public sealed class RateLimitExceededException : Exception
{
    public RateLimitExceededException(RateLimitWindow window)
        : base($"Rate limit exceeded ({window?.Window})")
    {
        ArgumentNullException.ThrowIfNull(window);
        Window = window;
    }

    public RateLimitExceededException()
        : this("Rate limit exceeded")
    {
    }

    public RateLimitExceededException(string message)
        : base(message)
    {
        Window = new RateLimitWindow("minute", 0, 0, 0);
    }

    public RateLimitExceededException(string message, Exception innerException)
        : base(message, innerException)
    {
        Window = new RateLimitWindow("minute", 0, 0, 0);
    }

    /// <summary>The exhausted window, as the 429's <c>rateLimitInfo</c> reports it.</summary>
    public RateLimitWindow Window { get; }
}
