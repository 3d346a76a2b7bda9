using System.Collections.Frozen;
using BuenaMock.Documents;
using BuenaMock.Http;

namespace BuenaMock.Dashboard;

/// <summary>
/// The dashboard page at <c>/__buena/ui/</c> and its files at <c>/__buena/ui/NAME</c>, embedded in the
/// assembly, so it works offline. The page holds no data (it reads the control API from the browser),
/// so it is served without the admin token, like the contract documents; it is not served with
/// <c>--no-control</c>. Every file goes out with a Content-Security-Policy that allows only this
/// server's own scripts, styles and calls.
/// </summary>
internal static class DashboardRoutes
{
    public const string Path = DocumentRoutes.Prefix + "/ui";

    /// <summary>No inline script or style, nothing from another origin, no framing.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private const string ResourcePrefix = "dashboard/";

    private static readonly FrozenDictionary<string, string> ContentTypes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["index.html"] = "text/html; charset=utf-8",
        ["dashboard.js"] = "text/javascript; charset=utf-8",
        ["dashboard.css"] = "text/css; charset=utf-8",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly Lazy<FrozenDictionary<string, byte[]>> Files = new(Load);

    public static IReadOnlyList<ApiRoute> Create() =>
        [
            new("GET", Path, (_, _) => File("index.html")) { Name = "ui", Kind = RouteKind.Document },
            new("GET", Path + "/{file}", (_, v) => File(v["file"]))
            {
                Name = "ui",
                Kind = RouteKind.Document,
                Constraint = v => ContentTypes.ContainsKey(v["file"]),
            },
        ];

    private static ApiResponse File(string name) =>
        new ApiResponse(200, Files.Value[name], ContentTypes[name])
            .WithHeader("Content-Security-Policy", ContentSecurityPolicy)
            .WithHeader("X-Content-Type-Options", "nosniff")
            .WithHeader("Referrer-Policy", "no-referrer")
            .WithHeader("Cache-Control", "no-cache");

    private static FrozenDictionary<string, byte[]> Load()
    {
        var assembly = typeof(DashboardRoutes).Assembly;
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var name in ContentTypes.Keys)
        {
            using var stream = assembly.GetManifestResourceStream(ResourcePrefix + name)
                ?? throw new InvalidOperationException($"The dashboard file {name} is not embedded in {assembly.GetName().Name}.");
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            files[name] = copy.ToArray();
        }

        return files.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
