using System.Globalization;
using BuenaMock.Cors;
using BuenaMock.Faults;
using BuenaMock.RateLimiting;
using BuenaMock.Simulation;

namespace BuenaMock.Options;

/// <summary>
/// How an option's text becomes a value of <see cref="BuenaMockOptions"/>: each returns what is wrong
/// with the text, or null once the value is set. Whatever has a check of its own (a latency, a rate
/// limit, a clock instant) is read by that check, so the control API reads it the same way.
/// </summary>
internal static class OptionParsers
{
    public static string? ParseInt(string value, Action<int> set, string problem)
    {
        if (!int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            return problem;
        }

        set(number);
        return null;
    }

    public static string? ParseDouble(string value, Action<double> set)
    {
        if (!double.TryParse(value, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            || !double.IsFinite(number))
        {
            return "not a number";
        }

        set(number);
        return null;
    }

    public static string? ParseBool(string value, Action<bool> set)
    {
        switch (value.ToLowerInvariant())
        {
            case "true" or "1" or "yes" or "on":
                set(true);
                return null;
            case "false" or "0" or "no" or "off":
                set(false);
                return null;
            default:
                return "not true or false";
        }
    }

    public static string? ParseUrl(string value, Action<Uri> set)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            return "not an http or https URL";
        }

        set(url);
        return null;
    }

    public static string? ParseRateLimits(string value, BuenaMockOptions options)
    {
        if (!RateLimitPolicy.TryParse(value, out var policy))
        {
            return RateLimitPolicy.Problem;
        }

        options.RateLimits = policy;
        return null;
    }

    public static string? ParseLatency(string value, Action<LatencyRange> set)
    {
        if (FaultConfigurationValidator.ReadLatency(value, out var range) is { } problem)
        {
            return problem;
        }

        set(range!);
        return null;
    }

    public static string? ParseRouteLatencies(string value, BuenaMockOptions options)
    {
        var latencies = new Dictionary<string, LatencyRange>(StringComparer.Ordinal);
        foreach (var entry in SplitList(value))
        {
            // The ROUTE=LATENCY syntax is the command line's; the latency is read here, and the route checked
            // with the rest of the fault configuration (OptionsValidator), as PUT /__buena/faults checks it.
            var eq = entry.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                return $"\"{entry}\" is not ROUTE=LATENCY";
            }

            var route = entry[..eq];

            if (FaultConfigurationValidator.ReadLatency(entry[(eq + 1)..], out var range) is { } problem)
            {
                return $"{route} {problem}";
            }

            latencies[route] = range!;
        }

        options.RouteLatency = latencies;
        return null;
    }

    public static string? ParseOrigins(string value, BuenaMockOptions options)
    {
        var origins = new List<string>();
        foreach (var entry in SplitList(value))
        {
            if (!CorsOrigin.TryNormalize(entry, out var origin))
            {
                return $"\"{entry}\" is not an origin (scheme, host and optional port, e.g. http://localhost:3000)";
            }

            origins.Add(origin);
        }

        options.CorsOrigins = origins;
        return null;
    }

    public static List<string> SplitList(string value) =>
        value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    public static string? ParseInstant(string value, Action<DateTimeOffset> set)
    {
        if (ClockInstant.Parse(value, out var instant) is { } problem)
        {
            return problem;
        }

        set(instant);
        return null;
    }
}
