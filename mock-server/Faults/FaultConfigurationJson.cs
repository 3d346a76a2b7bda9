using System.Globalization;
using System.Text.Json;
using BuenaMock.Errors;
using BuenaMock.Http;
using BuenaMock.Json;

namespace BuenaMock.Faults;

/// <summary>
/// The JSON of <c>/__buena/faults</c>: <c>{"latency": "50-300ms" | null, "routeLatency": {"jobs": "2s"},
/// "errorRate": 0.1, "errorKinds": ["500", "503", "reset"]}</c>. A body is a whole configuration: a
/// field left out takes its default (no latency, none per route, rate 0, kinds 500 and 503).
/// </summary>
internal static class FaultConfigurationJson
{
    private static readonly string[] Fields = ["latency", "routeLatency", "errorRate", "errorKinds"];

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
        ArgumentNullException.ThrowIfNull(body);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 8 });
        }
        catch (JsonException)
        {
            return (null, [new FieldError("body", "must be a JSON object with latency, routeLatency, errorRate and errorKinds")]);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, [new FieldError("body", "must be a JSON object with latency, routeLatency, errorRate and errorKinds")]);
            }

            var errors = new List<FieldError>();
            var config = FaultConfiguration.None;
            foreach (var property in root.EnumerateObject())
            {
                config = property.Name switch
                {
                    "latency" => config with { Latency = ReadLatency(property.Value, "latency", errors) },
                    "routeLatency" => config with { RouteLatency = ReadRouteLatency(property.Value, errors) },
                    "errorRate" => config with { ErrorRate = ReadRate(property.Value, errors) },
                    "errorKinds" => config with { ErrorKinds = ReadKinds(property.Value, errors) },
                    _ => Unknown(property.Name, config, errors),
                };
            }

            return errors.Count == 0 ? (config, []) : (null, errors);
        }
    }

    private static FaultConfiguration Unknown(string name, FaultConfiguration config, List<FieldError> errors)
    {
        errors.Add(new FieldError(name, $"is not a fault setting ({string.Join(", ", Fields)})"));
        return config;
    }

    private static LatencyRange? ReadLatency(JsonElement value, string field, List<FieldError> errors)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.String && LatencyRange.TryParse(value.GetString()!, out var range))
        {
            return range;
        }

        errors.Add(new FieldError(field, string.Create(CultureInfo.InvariantCulture, $"must be null or a latency such as \"200ms\", \"2s\" or \"50-300ms\" (at most {LatencyRange.MaxLatencyMs} ms)")));
        return null;
    }

    private static Dictionary<string, LatencyRange> ReadRouteLatency(JsonElement value, List<FieldError> errors)
    {
        var result = new Dictionary<string, LatencyRange>(StringComparer.Ordinal);
        if (value.ValueKind == JsonValueKind.Null)
        {
            return result;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new FieldError("routeLatency", "must be an object of route name to latency, e.g. {\"jobs\": \"2s\"}"));
            return result;
        }

        foreach (var entry in value.EnumerateObject())
        {
            if (!RouteNames.All.Contains(entry.Name, StringComparer.Ordinal))
            {
                errors.Add(new FieldError("routeLatency." + entry.Name, $"is not a route (one of {string.Join(", ", RouteNames.All)})"));
            }
            else if (ReadLatency(entry.Value, "routeLatency." + entry.Name, errors) is { } range)
            {
                result[entry.Name] = range;
            }
        }

        return result;
    }

    private static double ReadRate(JsonElement value, List<FieldError> errors)
    {
        if (value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var rate) && rate is >= 0 and <= 1)
        {
            return rate;
        }

        errors.Add(new FieldError("errorRate", "must be a number from 0 to 1"));
        return 0;
    }

    private static List<FaultKind> ReadKinds(JsonElement value, List<FieldError> errors)
    {
        var kinds = new List<FaultKind>();
        if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() == 0)
        {
            errors.Add(new FieldError("errorKinds", $"must be a non-empty array of {FaultKinds.List}"));
            return kinds;
        }

        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String && FaultKinds.TryParse(item.GetString(), out var kind))
            {
                kinds.Add(kind);
            }
            else
            {
                errors.Add(new FieldError(string.Create(CultureInfo.InvariantCulture, $"errorKinds[{index}]"), $"is not one of {FaultKinds.List}"));
            }

            index++;
        }

        return kinds;
    }
}
