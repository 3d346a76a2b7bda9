using System.Globalization;

namespace BuenaMock.RateLimiting;

/// <summary>
/// Requests allowed per key in each window. <c>off</c> (the default) turns limiting off;
/// <c>documented</c> is the API's 60 a minute, 1,000 an hour, 10,000 a day.
/// </summary>
public sealed record RateLimitPolicy(int PerMinute, int PerHour, int PerDay)
{
    public static RateLimitPolicy Documented { get; } = new(60, 1_000, 10_000);

    /// <summary>What is wrong with a rate-limit setting, wherever it is given (<c>--rate-limits</c>, <c>rateLimits</c> of the control API).</summary>
    internal const string Problem = "must be off, documented, or three positive whole numbers per-minute,per-hour,per-day";

    /// <summary>The one check of a policy however it was made (parsed, or built in code): every limit positive.</summary>
    internal static string? Check(RateLimitPolicy? policy) =>
        policy is null || (policy.PerMinute > 0 && policy.PerHour > 0 && policy.PerDay > 0) ? null : Problem;

    /// <summary>Reads <c>off</c>, <c>documented</c> or <c>per-minute,per-hour,per-day</c>; false otherwise (what is wrong is always <see cref="Problem"/>).</summary>
    public static bool TryParse(string text, out RateLimitPolicy? policy)
    {
        ArgumentNullException.ThrowIfNull(text);
        policy = null;
        switch (text.Trim().ToLowerInvariant())
        {
            case "off":
                return true;
            case "documented":
                policy = Documented;
                return true;
        }

        var parts = text.Split(',');
        var numbers = new int[3];
        if (parts.Length != 3 || !parts.Select((p, i) => int.TryParse(p.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i])).All(ok => ok))
        {
            return false;
        }

        var parsed = new RateLimitPolicy(numbers[0], numbers[1], numbers[2]);
        policy = Check(parsed) is null ? parsed : null;
        return policy is not null;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{PerMinute},{PerHour},{PerDay}");
}
