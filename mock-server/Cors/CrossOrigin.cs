using BuenaMock.Options;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;

namespace BuenaMock.Cors;

/// <summary>
/// CORS, on by default as Prism has it, so a page served from another origin can call the mock from a
/// browser. ASP.NET Core's own CORS middleware, placed first in the pipeline: a preflight
/// (<c>OPTIONS</c> with <c>Origin</c> and <c>Access-Control-Request-Method</c>) is answered 204 there,
/// before the request limits, the journal, rate limits and faults see it; every other response, errors
/// included, gets <c>Access-Control-Allow-Origin</c> and the exposed headers added as it starts.
/// </summary>
internal static class CrossOrigin
{
    public const string PolicyName = "BuenaMock";

    /// <summary>What a browser may send: the key, a scenario, a JSON body and the control API's token.</summary>
    public static readonly string[] AllowedHeaders = ["x-api-key", "Prefer", "content-type", "authorization"];

    /// <summary>The methods the API, the control API and <c>/__admin</c> (DELETE) answer.</summary>
    public static readonly string[] AllowedMethods = ["GET", "POST", "PUT", "DELETE"];

    /// <summary>What a browser script may read beyond the safelisted headers: the rate-limit headers, <c>Retry-After</c>, the request id and a 405's <c>Allow</c>.</summary>
    public static readonly string[] ExposedHeaders =
        ["X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset", "X-RateLimit-Window", "Retry-After", "X-Request-Id", "Allow"];

    /// <summary>How long a browser may keep a preflight's answer.</summary>
    public static readonly TimeSpan PreflightMaxAge = TimeSpan.FromMinutes(10);

    /// <summary>Registers the policy; call from <c>AdditionalServiceRegistration</c> when <see cref="BuenaMockOptions.Cors"/> is on.</summary>
    public static void AddServices(IServiceCollection services, BuenaMockOptions options) =>
        services.AddCors(cors => cors.AddPolicy(PolicyName, policy => Configure(policy, options.CorsOrigins)));

    /// <summary>
    /// Puts the middleware in the pipeline; call first from <c>PreWireMockMiddlewareInit</c>. It runs only
    /// for requests that carry <c>Origin</c>: without one it has nothing to add or answer, yet it would still
    /// resolve its policy provider from the request's services and write to <c>HttpContext.Items</c>
    /// (about 250 B allocated per request, measured).
    /// </summary>
    public static void Use(IApplicationBuilder app) =>
        app.UseWhen(http => http.Request.Headers.ContainsKey(HeaderNames.Origin), cors => cors.UseCors(PolicyName));

    private static void Configure(CorsPolicyBuilder policy, IList<string> origins)
    {
        // Any origin gets "*": the mock takes its key from a header, never a cookie, so no credentials are needed.
        _ = origins.Count == 0 ? policy.AllowAnyOrigin() : policy.WithOrigins([.. origins]);
        policy.WithMethods(AllowedMethods)
            .WithHeaders(AllowedHeaders)
            .WithExposedHeaders(ExposedHeaders)
            .SetPreflightMaxAge(PreflightMaxAge);
    }
}
