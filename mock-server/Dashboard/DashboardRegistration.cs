using BuenaMock.Http;

namespace BuenaMock.Dashboard;

/// <summary>Everything the dashboard adds to a server with the control API on: its page and the control reads and resets it uses.</summary>
internal static class DashboardRegistration
{
    public static IEnumerable<ApiRoute> Create(MockContext context) =>
        [.. DashboardRoutes.Create(context), .. JobBrowseRoutes.Create(context), .. SettingsResetRoutes.Create(context)];
}
