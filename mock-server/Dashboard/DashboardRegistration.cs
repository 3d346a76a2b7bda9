using BuenaMock.Http;
using BuenaMock.Jobs;
using BuenaMock.Simulation;

namespace BuenaMock.Dashboard;

/// <summary>Everything the dashboard adds to a server with the control API on: its page and the control reads it uses.</summary>
internal static class DashboardRegistration
{
    public static IEnumerable<ApiRoute> Create(JobStore store, Simulator simulator) =>
        [.. DashboardRoutes.Create(), .. JobBrowseRoutes.Create(store, simulator)];
}
