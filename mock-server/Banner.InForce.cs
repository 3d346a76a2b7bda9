using System.Globalization;
using System.Security.Cryptography;
using BuenaMock.Json;
using BuenaMock.Options;

namespace BuenaMock;

/// <summary>The banner's account of what is in force: clock, limits, faults, state, CORS, HTTPS and the extra endpoints.</summary>
internal static partial class Banner
{
    private static IEnumerable<string> InForce(BuenaMockServer server)
    {
        var options = server.Options;
        var inv = CultureInfo.InvariantCulture;
        var now = Timestamps.Write(server.Clock.GetUtcNow());
        var scale = server.Clock.Scale;
        yield return (options.Clock, scale) switch
        {
            (_, 0) => $"  Clock     pinned at {now}",
            (null, 1) => $"  Clock     real time (now {now})",
            (null, _) => string.Create(inv, $"  Clock     running {scale}x faster than real time (now {now})"),
            ({ } start, _) => string.Create(inv, $"  Clock     running {scale}x from {Timestamps.Write(start)} (now {now})"),
        };

        yield return options.RateLimits is { } limits
            ? string.Create(inv, $"  Limits    {limits.PerMinute:N0}/minute, {limits.PerHour:N0}/hour, {limits.PerDay:N0}/day per key")
            : "  Limits    off";
        yield return $"  Faults    {Faults(options)}";
        if (options.StatePath is { } state)
        {
            yield return File.Exists(state) ? $"  State     {state} (loaded; saved on shutdown)" : $"  State     {state} (new; saved on shutdown)";
        }

        yield return options.Cors
            ? $"  CORS      {(options.CorsOrigins.Count == 0 ? "any origin" : string.Join(", ", options.CorsOrigins))}"
            : "  CORS      off";
        if (server.Certificate is { } certificate)
        {
            yield return certificate.Subject == Https.HttpsCertificate.GeneratedSubject
                ? $"  HTTPS     generated development certificate, SHA-256 {certificate.GetCertHashString(HashAlgorithmName.SHA256)}; not trusted by clients: use curl -k, or --https-cert"
                : $"  HTTPS     {options.HttpsCertificatePath} ({certificate.Subject})";
        }

        yield return options.ControlEnabled
            ? $"  Control   {server.Url}/__buena{(options.AdminToken is null ? "" : " (needs the admin token)")}"
            : "  Control   off (--no-control)";
        yield return $"  Docs      {server.Url}{DocsPage.DocsPage.Path}";
        if (options.WireMockAdmin)
        {
            yield return $"  WireMock  {server.Url}/__admin";
        }
    }

    private static string Faults(BuenaMockOptions options)
    {
        var parts = new List<string>();
        if (options.Latency is { } latency)
        {
            parts.Add($"latency {latency}");
        }

        parts.AddRange(options.RouteLatency.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => $"{r.Key} latency {r.Value}"));
        if (options.ErrorRate > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"errors on {options.ErrorRate * 100:0.##}% of API requests ({string.Join(", ", options.ErrorKinds)})"));
        }

        return parts.Count == 0 ? "none" : string.Join("; ", parts);
    }
}
