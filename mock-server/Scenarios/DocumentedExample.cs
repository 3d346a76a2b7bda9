using BuenaMock.Http;

namespace BuenaMock.Scenarios;

/// <summary>
/// The page's 200 example of <c>GET /users/jobs</c> (<c>fixtures/documented/get-user-jobs.200.json</c>,
/// embedded in the server), which <c>Prefer: example=documented</c> and <c>Prefer: dynamic=false</c>
/// answer byte for byte on the routes that return that body.
/// </summary>
internal static class DocumentedExample
{
    public const string ResourceName = "fixtures/documented/get-user-jobs.200.json";

    private static readonly Lazy<byte[]> Bytes = new(Load);

    /// <summary>The routes whose 200 body the example is.</summary>
    public static IReadOnlyList<string> Routes { get; } = [RouteNames.Jobs, RouteNames.UserJobStatus];

    public static bool Serves(string route) => Routes.Contains(route, StringComparer.Ordinal);

    /// <summary>The fixture's bytes, unchanged.</summary>
    public static byte[] Body => Bytes.Value;

    private static byte[] Load()
    {
        using var stream = typeof(DocumentedExample).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the build.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
