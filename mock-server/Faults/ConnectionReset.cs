using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace BuenaMock.Faults;

/// <summary>
/// The <c>reset</c> fault: WireMock has no fault that drops the connection, so an ASP.NET Core
/// middleware placed before WireMock's (<see cref="WireMock.Settings.WireMockServerSettings.PreWireMockMiddlewareInit"/>)
/// keeps each request's <see cref="HttpContext"/> where the route callback, which runs inside it, can
/// reach it, and <see cref="TryAbortCurrent"/> aborts that connection before anything is written.
/// </summary>
internal static class ConnectionReset
{
    private static readonly AsyncLocal<HttpContext?> Current = new();

    /// <summary>Registers the middleware; pass as <c>PreWireMockMiddlewareInit</c> (it receives the <see cref="IApplicationBuilder"/>).</summary>
    public static void Register(object applicationBuilder)
    {
        if (applicationBuilder is not IApplicationBuilder app)
        {
            throw new ArgumentException($"Expected an {nameof(IApplicationBuilder)}, got {applicationBuilder?.GetType().Name ?? "null"}.", nameof(applicationBuilder));
        }

        app.Use(async (context, next) =>
        {
            Current.Value = context;
            await next(context);
        });
    }

    /// <summary>Whether <see cref="TryAbortCurrent"/> has a connection to abort (the middleware is in place).</summary>
    public static bool CanAbortCurrent => Current.Value is not null;

    /// <summary>Aborts the connection of the request being handled; false when there is none (no middleware).</summary>
    public static bool TryAbortCurrent()
    {
        if (Current.Value is not { } context)
        {
            return false;
        }

        context.Abort();
        return true;
    }
}
