using BuenaMock.Faults;
using BuenaMock.Http;
using BuenaMock.Jobs;
using BuenaMock.Options;
using BuenaMock.RateLimiting;
using BuenaMock.Simulation;

namespace BuenaMock.Dashboard;

/// <summary>Everything the dashboard adds to a server with the control API on: its page and the control reads and resets it uses.</summary>
internal static class DashboardRegistration
{
    public static IEnumerable<ApiRoute> Create(JobStore store, Simulator simulator, FaultSettings faults, RateLimiter rateLimits, BuenaMockOptions options) =>
        [.. DashboardRoutes.Create(), .. JobBrowseRoutes.Create(store, simulator), .. SettingsResetRoutes.Create(faults, rateLimits, options)];
}
