using System.Globalization;
using BuenaMock.Http;
using BuenaMock.Options;

namespace BuenaMock.Faults;

/// <summary>
/// The one check of a fault configuration, whichever way it was given: <c>--latency</c>,
/// <c>--latency-route</c>, <c>--error-rate</c> and <c>--error-kinds</c> (and their environment
/// variables and config fields) as <c>PUT /__buena/faults</c>. Problems name the setting as the control
/// API spells it (<c>errorKinds[1]</c>); each surface renames it its own way.
/// </summary>
internal static class FaultConfigurationValidator
{
    private static readonly string[] Fields = ["latency", "routeLatency", "errorRate", "errorKinds"];

    private static string LatencyProblem { get; } = string.Create(CultureInfo.InvariantCulture, $"must be a latency such as 200ms, 2s or 50-300ms (at most {LatencyRange.MaxLatencyMs} ms)");

    private const string ErrorRateProblem = "must be a number from 0 to 1";

    private static string RouteProblem { get; } = $"must be a route among {string.Join(", ", RouteNames.All)}";

    private static string ErrorKindProblem { get; } = "must be one of " + FaultKinds.List;

    private static string NoErrorKindProblem { get; } = "must name at least one of " + FaultKinds.List;

    private static string ErrorKindsNotAListProblem { get; } = "must be an array naming at least one of " + FaultKinds.List;

    private const string RouteLatencyProblem = "must be an object of route name to latency, e.g. {\"jobs\": \"2s\"}";

    public const string BodyProblem = "must be a JSON object with latency, routeLatency, errorRate and errorKinds";

    /// <summary>What a field of a body that is not a fault setting is told.</summary>
    public static string UnknownFieldProblem { get; } = $"is not a fault setting ({string.Join(", ", Fields)})";

    /// <summary>The configuration, or null and every problem.</summary>
    public static (FaultConfiguration? Config, IReadOnlyList<OptionProblem> Problems) Validate(FaultConfigurationInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var problems = new List<OptionProblem>();
        var config = FaultConfiguration.None;

        if (input.Latency is { } latency)
        {
            config = config with { Latency = ReadLatency(latency, "latency", problems) };
        }

        var routes = new Dictionary<string, LatencyRange>(StringComparer.Ordinal);
        foreach (var (route, text) in input.RouteLatency ?? [])
        {
            var field = "routeLatency." + route;
            if (!RouteNames.All.Contains(route, StringComparer.Ordinal))
            {
                problems.Add(new OptionProblem(field, text, RouteProblem));
            }
            else if (ReadLatency(text, field, problems) is { } range)
            {
                routes[route] = range;
            }
        }

        config = config with { RouteLatency = routes };
        if (input.ErrorRate is { } rate)
        {
            if (rate is >= 0 and <= 1)
            {
                config = config with { ErrorRate = rate };
            }
            else
            {
                problems.Add(new OptionProblem("errorRate", rate.ToString(CultureInfo.InvariantCulture), ErrorRateProblem));
            }
        }

        if (input.ErrorKinds is { } names)
        {
            config = config with { ErrorKinds = ReadKinds(names, problems) };
        }

        return problems.Count == 0 ? (config, []) : (null, problems);
    }

    /// <summary>What a value of the wrong JSON kind at <paramref name="field"/> (as <c>errorKinds[1]</c>) is told.</summary>
    public static string WrongKind(string field) => field switch
    {
        "latency" => LatencyProblem,
        "routeLatency" => RouteLatencyProblem,
        _ when field.StartsWith("routeLatency.", StringComparison.Ordinal) => LatencyProblem,
        "errorRate" => ErrorRateProblem,
        "errorKinds" => ErrorKindsNotAListProblem,
        _ when field.StartsWith("errorKinds[", StringComparison.Ordinal) => ErrorKindProblem,
        _ => BodyProblem,
    };

    /// <summary>A latency in text (<c>200ms</c>, <c>2s</c>, <c>50-300ms</c>), or null and what is wrong.</summary>
    public static string? ReadLatency(string? text, out LatencyRange? range)
    {
        range = null;
        return text is not null && LatencyRange.TryParse(text, out range) ? null : LatencyProblem;
    }

    private static LatencyRange? ReadLatency(string? text, string field, List<OptionProblem> problems)
    {
        if (ReadLatency(text, out var range) is { } problem)
        {
            problems.Add(new OptionProblem(field, text, problem));
        }

        return range;
    }

    private static List<FaultKind> ReadKinds(List<string?> names, List<OptionProblem> problems)
    {
        if (names.Count == 0)
        {
            problems.Add(new OptionProblem("errorKinds", null, NoErrorKindProblem));
        }

        var kinds = new List<FaultKind>();
        for (var i = 0; i < names.Count; i++)
        {
            if (FaultKinds.TryParse(names[i], out var kind))
            {
                kinds.Add(kind);
            }
            else
            {
                problems.Add(new OptionProblem(string.Create(CultureInfo.InvariantCulture, $"errorKinds[{i}]"), names[i], ErrorKindProblem));
            }
        }

        return kinds;
    }
}
