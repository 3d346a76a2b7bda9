using Microsoft.AspNetCore.Builder;
using Swashbuckle.AspNetCore.SwaggerUI;

namespace BuenaMock.DocsPage;

/// <summary>
/// <c>/__buena/docs</c>: Swagger UI rendering the OpenAPI document (<see cref="DocsPageDocument"/>), every asset served by the mock
/// from the Swashbuckle package (no CDN, no validator badge), so the page works with no network. Like the
/// documents it is always served, with no key or admin token; its page and assets, answered by Swagger UI's
/// middleware before WireMock, are not journaled (the document it renders is).
/// </summary>
internal static class DocsPage
{
    public const string Path = "/__buena/docs";

    /// <summary>
    /// Puts Swagger UI's middleware in the pipeline; call from <c>PreWireMockMiddlewareInit</c>, after the
    /// request limits. It runs only for paths under <see cref="Path"/> (matched without regard to case,
    /// as Swagger UI and its static files match them): on every other request it would cost two regex
    /// matches and the static-file checks, measured at about 9 % of the pipeline's CPU time.
    /// </summary>
    public static void Use(IApplicationBuilder app)
    {
        app.UseWhen(http => http.Request.Path.StartsWithSegments(Path, StringComparison.OrdinalIgnoreCase), docs => docs.UseSwaggerUI(Configure));
    }

    private static void Configure(SwaggerUIOptions ui)
    {
        ui.RoutePrefix = Path.TrimStart('/');
        ui.DocumentTitle = "BuenaMock: Buena.ai jobs API";
        ui.SwaggerEndpoint(DocsPageDocument.Path, "Buena.ai jobs API (as mocked by BuenaMock)");

        // Swagger UI's default would fetch a badge from validator.swagger.io: nothing leaves the machine.
        ui.ConfigObject.ValidatorUrl = null;
        ui.DisplayRequestDuration();
        ui.ShowExtensions();
    }
}
