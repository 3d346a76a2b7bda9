using BuenaMock.Options;

namespace BuenaMock.Faults;

/// <summary>
/// One whole fault configuration: latency (global, and per route name instead of it), the fraction
/// of API requests answered with a fault, and the faults to choose from. Immutable; replaced whole.
/// </summary>
internal sealed record FaultConfiguration
{
    public static FaultConfiguration None { get; } = new();

    /// <summary>Latency of every API route that has none of its own; null for none.</summary>
    public LatencyRange? Latency { get; init; }

    /// <summary>Latency per route name (<see cref="Http.RouteNames"/>), instead of <see cref="Latency"/>.</summary>
    public IReadOnlyDictionary<string, LatencyRange> RouteLatency { get; init; } = new Dictionary<string, LatencyRange>(StringComparer.Ordinal);

    /// <summary>Fraction (0 to 1) of API requests answered with a fault.</summary>
    public double ErrorRate { get; init; }

    /// <summary>The faults <see cref="ErrorRate"/> chooses from, uniformly (<see cref="FaultKind"/>).</summary>
    public IReadOnlyList<FaultKind> ErrorKinds { get; init; } = [FaultKind.Internal, FaultKind.Unavailable];

    /// <summary>The options' fault configuration; the options must have been validated (<see cref="FaultConfigurationValidator"/>).</summary>
    public static FaultConfiguration From(BuenaMockOptions options) =>
        FaultConfigurationValidator.Validate(FaultConfigurationInput.From(options)).Config
        ?? throw new ArgumentException("The fault options are not valid: validate the options first.", nameof(options));

    /// <summary>The latency of <paramref name="route"/>: its own when it has one, else the global one.</summary>
    public LatencyRange? LatencyFor(string route) =>
        RouteLatency.TryGetValue(route, out var own) ? own : Latency;
}
