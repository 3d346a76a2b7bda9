using BuenaMock.Http;
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
    public static IReadOnlyList<ApiRoute> Create(MockContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return
        [
            new("POST", FaultControlRoutes.Path + "/reset", (_, _) => ResetFaults(context)) { Name = "faults/reset", Kind = RouteKind.Control },
            new("POST", RateLimitRoutes.Path + "/reset", (_, _) => ResetRateLimits(context)) { Name = "rate-limits/reset", Kind = RouteKind.Control },
        ];
    }

    private static ApiResponse ResetFaults(MockContext context)
    {
        context.Faults.Replace(FaultConfiguration.From(context.Options));
        return Responses.Ok(FaultConfigurationJson.Write(context.Faults.Current));
    }

    private static ApiResponse ResetRateLimits(MockContext context)
    {
        context.RateLimits.Replace(context.Options.RateLimits);
        return RateLimitRoutes.Current(context);
    }
}
