using System.Text.Json.Serialization;
using BuenaMock.Options;

namespace BuenaMock.Faults;

/// <summary>
/// A fault configuration as a user writes it, before <see cref="FaultConfigurationValidator"/> checks
/// it: latencies as text, faults by name. The body of <c>PUT /__buena/faults</c> is read into it
/// (<c>{"latency": "50-300ms" | null, "routeLatency": {"jobs": "2s"}, "errorRate": 0.1,
/// "errorKinds": ["500", "503", "reset"]}</c>, a field left out taking its default), and the options
/// (command line, environment, config file, code) are turned into it, so both are checked alike.
/// </summary>
internal sealed class FaultConfigurationInput
{
    public string? Latency { get; init; }

    public Dictionary<string, string?>? RouteLatency { get; init; }

    public double? ErrorRate { get; init; }

    public List<string?>? ErrorKinds { get; init; }

    public static FaultConfigurationInput From(BuenaMockOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new FaultConfigurationInput
        {
            Latency = options.Latency?.ToString(),
            RouteLatency = options.RouteLatency.ToDictionary(p => p.Key, p => (string?)p.Value.ToString(), StringComparer.Ordinal),
            ErrorRate = options.ErrorRate,
            ErrorKinds = [.. options.ErrorKinds],
        };
    }
}

/// <summary>The cold JSON of the fault settings: read with generated code, no reflection.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, MaxDepth = 8)]
[JsonSerializable(typeof(FaultConfigurationInput))]
internal sealed partial class FaultJsonContext : JsonSerializerContext;
