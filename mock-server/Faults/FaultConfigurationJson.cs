using BuenaMock.Errors;
using BuenaMock.Json;

namespace BuenaMock.Faults;

/// <summary>
/// The JSON of <c>/__buena/faults</c>: <c>{"latency": "50-300ms" | null, "routeLatency": {"jobs": "2s"},
/// "errorRate": 0.1, "errorKinds": ["500", "503", "reset"]}</c>. A body is a whole configuration
/// (<see cref="FaultConfigurationInput"/>), checked by <see cref="FaultConfigurationValidator"/>.
/// Written by hand in a fixed field order, which the answers pin.
/// </summary>
internal static class FaultConfigurationJson
{
    private static readonly ColdJsonMessages Messages = new(
        FaultConfigurationValidator.BodyProblem, FaultConfigurationValidator.WrongKind, _ => FaultConfigurationValidator.UnknownFieldProblem);

    public static byte[] Write(FaultConfiguration config) => JsonBody.Write(w =>
    {
        ArgumentNullException.ThrowIfNull(config);
        w.WriteStartObject();
        if (config.Latency is { } latency)
        {
            w.WriteString("latency", latency.ToString());
        }
        else
        {
            w.WriteNull("latency");
        }

        w.WriteStartObject("routeLatency");
        foreach (var (route, range) in config.RouteLatency.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            w.WriteString(route, range.ToString());
        }

        w.WriteEndObject();
        w.WriteNumber("errorRate", config.ErrorRate);
        w.WriteStartArray("errorKinds");
        foreach (var kind in config.ErrorKinds)
        {
            w.WriteStringValue(kind.Name());
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });

    /// <summary>Reads a whole configuration; on any problem, null and every bad field named.</summary>
    public static (FaultConfiguration? Config, IReadOnlyList<FieldError> Errors) Read(byte[] body)
    {
        var (input, unknown) = ColdJson.Read(body, FaultJsonContext.Default.FaultConfigurationInput, Messages);
        if (input is null)
        {
            return (null, unknown);
        }

        var (config, problems) = FaultConfigurationValidator.Validate(input);
        IReadOnlyList<FieldError> errors = [.. problems.Select(p => new FieldError(p.Field, p.Message)), .. unknown];
        return errors.Count == 0 ? (config, []) : (null, errors);
    }
}
