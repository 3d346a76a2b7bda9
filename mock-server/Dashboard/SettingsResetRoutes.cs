using BuenaMock.Http;
using BuenaMock.Faults;
using BuenaMock.Options;
using BuenaMock.RateLimiting;
using BuenaMock.Simulation;

namespace BuenaMock.Dashboard;

/// <summary>
/// Undoing run-time changes one concern at a time, without the full <c>POST /__buena/reset</c>:
/// <c>POST /__buena/faults/reset</c> puts the start-up options' latency and error rate back in force
/// (seeded draws restarted) and <c>POST /__buena/rate-limits/reset</c> the options' rate limits
/// (every count forgotten). Each answers what its GET answers.
/// </summary>
internal static class SettingsResetRoutes
{
    public static IReadOnlyList<ApiRoute> Create(FaultSettings faults, RateLimiter rateLimits, BuenaMockOptions options)
    {
        ArgumentNullException.ThrowIfNull(faults);
        ArgumentNullException.ThrowIfNull(rateLimits);
        ArgumentNullException.ThrowIfNull(options);
        return
        [
            new("POST", FaultControlRoutes.Path + "/reset", (_, _) => ResetFaults(faults, options)) { Name = "faults/reset", Kind = RouteKind.Control },
            new("POST", RateLimitRoutes.Path + "/reset", (_, _) => ResetRateLimits(rateLimits, options)) { Name = "rate-limits/reset", Kind = RouteKind.Control },
        ];
    }

    private static ApiResponse ResetFaults(FaultSettings faults, BuenaMockOptions options)
    {
        faults.Replace(FaultConfiguration.From(options));
        return Responses.Ok(FaultConfigurationJson.Write(faults.Current));
    }

    private static ApiResponse ResetRateLimits(RateLimiter rateLimits, BuenaMockOptions options)
    {
        rateLimits.Replace(options.RateLimits);
        return RateLimitRoutes.Current(rateLimits);
    }
}
