using System.Globalization;
using BuenaMock.ContractTests.Infrastructure;
using FluentAssertions;
using FluentAssertions.Execution;

namespace BuenaMock.ContractTests.RateLimits;

/// <summary>The documented rate-limit headers: each well-formed whenever present, and consistent with each other.</summary>
public static class RateLimitHeaders
{
    public const string Limit = "X-RateLimit-Limit";
    public const string Remaining = "X-RateLimit-Remaining";
    public const string Reset = "X-RateLimit-Reset";
    public const string Window = "X-RateLimit-Window";

    private static readonly string[] _windows = ["minute", "hour", "day"];

    /// <summary>Whether the response carries any of the four headers.</summary>
    public static bool Any(ContractResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return new[] { Limit, Remaining, Reset, Window }.Any(h => response.Header(h) is not null);
    }

    /// <summary>
    /// Limit a positive integer, Remaining an integer from 0 to Limit, Reset unix seconds no earlier than a minute ago
    /// and no later than a day and a minute from <paramref name="now"/>, Window minute, hour or day.
    /// </summary>
    public static void ShouldBeWellFormed(ContractResponse response, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(response);
        var context = response.Describe();
        var limit = Whole(response.Header(Limit));
        var remaining = Whole(response.Header(Remaining));
        var reset = Whole(response.Header(Reset));
        using (new AssertionScope())
        {
            if (response.Header(Limit) is { } limitText)
            {
                limit.Should().BePositive("{0} is a positive whole number (got \"{1}\"){2}", Limit, limitText, context);
            }

            if (response.Header(Remaining) is { } remainingText)
            {
                remaining.Should().BeGreaterThanOrEqualTo(0, "{0} is a whole number from 0 (got \"{1}\"){2}", Remaining, remainingText, context);
                if (limit is { } l && remaining is { } r)
                {
                    r.Should().BeLessThanOrEqualTo(l, "{0} is at most {1}{2}", Remaining, Limit, context);
                }
            }

            if (response.Header(Reset) is { } resetText)
            {
                var seconds = now.ToUnixTimeSeconds();
                reset.Should().NotBeNull("{0} is unix seconds (got \"{1}\"){2}", Reset, resetText, context);
                reset.Should().BeInRange(seconds - 60, seconds + 86_400 + 60, "{0} is the unix second the window resets, within a day from now ({1}){2}", Reset, seconds, context);
            }

            if (response.Header(Window) is { } window)
            {
                _windows.Should().Contain(window, "{0} is minute, hour or day{1}", Window, context);
            }
        }
    }

    private static long? Whole(string? text)
        => long.TryParse(text?.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : null;
}
