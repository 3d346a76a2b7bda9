using BuenaMock.Auth;
using BuenaMock.Documents;
using BuenaMock.Errors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using BadHttpRequestException = Microsoft.AspNetCore.Http.BadHttpRequestException;

namespace BuenaMock.Http;

/// <summary>
/// The caps on what one request may carry, enforced by an ASP.NET Core middleware placed before
/// WireMock's (<see cref="WireMock.Settings.WireMockServerSettings.PreWireMockMiddlewareInit"/>), so an
/// oversized request is refused in the error envelope before WireMock reads it: headers over
/// <see cref="MaxHeaderBytes"/> or <see cref="MaxHeaderCount"/> → 431, a query over
/// <see cref="MaxQueryBytes"/> → 400 naming <c>query</c>, a <c>Content-Length</c> over
/// <see cref="MaxBodyBytes"/> → 413 without reading the body. A chunked body is capped by Kestrel
/// (<see cref="IHttpMaxRequestBodySizeFeature"/>) and its refusal turned into the same 413. Any other
/// exception that escapes WireMock becomes the envelope 500, never WireMock's serialized exception.
/// Kestrel's own limits are raised above these (<see cref="ConfigureKestrel"/>) so the envelope answers first.
/// </summary>
internal static class RequestLimits
{
    public const int MaxBodyBytes = 64 * 1024;
    public const int MaxQueryBytes = 8 * 1024;
    public const int MaxHeaderBytes = 16 * 1024;
    public const int MaxHeaderCount = 100;

    /// <summary>Kestrel's limits, above the mock's: past them Kestrel answers alone (an empty 431 or 414) and closes the connection.</summary>
    public const int KestrelMaxHeaderBytes = 4 * MaxHeaderBytes;
    public const int KestrelMaxRequestLineBytes = 64 * 1024;
    public const int KestrelMaxHeaderCount = 2 * MaxHeaderCount;

    /// <summary>The longest Host remembered as usable (a DNS name's limit).</summary>
    private const int MaxCachedHostLength = 255;

    /// <summary>The last Host seen in a URL that parsed; shared by every server in the process (a host parses or not wherever it is sent).</summary>
    private static volatile string? _usableHost;

    /// <summary>Raises Kestrel's limits; pass as <c>AdditionalServiceRegistration</c>. Post-configured: WireMock sets its own limits first.</summary>
    public static void ConfigureKestrel(IServiceCollection services) =>
        services.PostConfigure<KestrelServerOptions>(kestrel =>
        {
            kestrel.Limits.MaxRequestHeadersTotalSize = KestrelMaxHeaderBytes;
            kestrel.Limits.MaxRequestLineSize = KestrelMaxRequestLineBytes;
            kestrel.Limits.MaxRequestHeaderCount = KestrelMaxHeaderCount;
        });

    /// <summary>Registers the middleware; pass (with the <see cref="IApplicationBuilder"/>) from <c>PreWireMockMiddlewareInit</c>, before any other.</summary>
    public static void Register(object applicationBuilder, RequestPipeline pipeline)
    {
        if (applicationBuilder is not IApplicationBuilder app)
        {
            throw new ArgumentException($"Expected an {nameof(IApplicationBuilder)}, got {applicationBuilder?.GetType().Name ?? "null"}.", nameof(applicationBuilder));
        }

        ArgumentNullException.ThrowIfNull(pipeline);
        app.Use((http, next) => GuardAsync(http, next, pipeline));
    }

    /// <summary>The error for a request over a cap (headers, then query, then declared body length); null when it is within them.</summary>
    public static ApiError? Refusal(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        long headerBytes = 0;
        var headerCount = 0;
        foreach (var (name, values) in request.Headers)
        {
            foreach (var value in values)
            {
                headerBytes += name.Length + (value?.Length ?? 0) + 4; // "name: value\r\n"
                headerCount++;
            }
        }

        if (headerBytes > MaxHeaderBytes || headerCount > MaxHeaderCount)
        {
            return ErrorCatalogue.HeadersTooLarge(MaxHeaderBytes, MaxHeaderCount);
        }

        var query = request.QueryString.Value ?? "";
        if (query.Length - 1 > MaxQueryBytes)
        {
            return ErrorCatalogue.QueryTooLong(MaxQueryBytes);
        }

        return request.ContentLength > MaxBodyBytes ? ErrorCatalogue.PayloadTooLarge(MaxBodyBytes) : null;
    }

    private static async Task GuardAsync(HttpContext http, RequestDelegate next, RequestPipeline pipeline)
    {
        var started = pipeline.RealTime.GetTimestamp();
        try
        {
            // Also makes Kestrel drop, rather than drain, the unread body of a refused request.
            if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
            {
                bodySize.MaxRequestBodySize = MaxBodyBytes;
            }

            if (Refusal(http.Request) is { } refusal)
            {
                await RefuseAsync(http, refusal, pipeline, started);
                return;
            }

            // WireMock builds a Uri from the request's URL: an HTTP/1.0 request without a Host header, or a
            // Host that Uri or IDN decoding cannot take ("xn--"), would throw there. The host plays no part in routing.
            if (!HasUsableUrl(http.Request))
            {
                http.Request.Host = new HostString("localhost", http.Connection.LocalPort);
            }

            await next(http);
        }
#pragma warning disable CA1031 // Whatever escapes WireMock must not reach its exception middleware, which serializes the exception.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            if (http.RequestAborted.IsCancellationRequested)
            {
                return; // the client left, or the "reset" fault aborted the connection
            }

            if (http.Response.HasStarted)
            {
                pipeline.Logger.LogError(ex, "{Method} {Path} failed after its answer started; connection aborted", http.Request.Method, http.Request.Path.Value);
                http.Abort();
                return;
            }

            if (ex is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge })
            {
                await RefuseAsync(http, ErrorCatalogue.PayloadTooLarge(MaxBodyBytes), pipeline, started);
            }
            else if (ex is BadHttpRequestException)
            {
                await RefuseAsync(http, ErrorCatalogue.UnreadableBody(), pipeline, started);
            }
            else
            {
                var requestId = pipeline.NextRequestId();
                await WriteAsync(http, pipeline.Fail(requestId, http.Request.Method, http.Request.Path.Value ?? "", ex), requestId, closeConnection: false);
            }
        }
    }

    private static bool HasUsableUrl(HttpRequest request)
    {
        // Whether a URL parses turns on its host, which is checked once: a Host header seen in a usable URL
        // is taken as usable again, with no URL built and parsed (about 160 B and a Uri per request, measured).
        // A path or query Uri cannot take is not mended by another Host, and with the path under
        // MaxQueryBytes (the query already is) the URL stays far below Uri's length limit.
        string? host = request.Headers.Host;
        if (host is not null && string.Equals(host, _usableHost, StringComparison.Ordinal) && request.Path.Value is { Length: < MaxQueryBytes })
        {
            return true;
        }

        try
        {
            // Reading request.Host throws too, for a Host IDN decoding cannot take.
            if (!Uri.TryCreate(request.GetEncodedUrl(), UriKind.Absolute, out _))
            {
                return false;
            }
        }
        catch (ArgumentException)
        {
            return false;
        }

        if (host is { Length: <= MaxCachedHostLength })
        {
            _usableHost = host;
        }

        return true;
    }

    /// <summary>
    /// Lists a refused request in the journal, then answers it, closing the connection (its body is left
    /// unread): listed first, as every answer is, so a client holding its answer finds it in the journal.
    /// </summary>
    private static async Task RefuseAsync(HttpContext http, ApiError error, RequestPipeline pipeline, long started)
    {
        var requestId = pipeline.NextRequestId();
        var response = error.ToResponse(pipeline.Now);
        var path = http.Request.Path.Value ?? "";
        if (!path.StartsWith(DocumentRoutes.Prefix + "/", StringComparison.Ordinal))
        {
            var key = http.Request.Headers.TryGetValue(ApiKey.Header, out var sent) ? sent[0] : null;
            pipeline.Record(requestId, pipeline.ArrivalTime(), http.Request.Method.ToUpperInvariant(), path, (http.Request.QueryString.Value ?? "").TrimStart('?'), key, response, route: null, started);
        }

        await WriteAsync(http, response, requestId, closeConnection: true);
    }

    /// <summary>Writes an answer in place of WireMock's (also used by the stubs' admin API).</summary>
    internal static async Task WriteAsync(HttpContext http, ApiResponse response, string requestId, bool closeConnection)
    {
        http.Response.Clear();
        if (closeConnection)
        {
            http.Response.Headers.Connection = "close";
        }

        http.Response.StatusCode = response.Status;
        http.Response.ContentType = response.ContentType;
        http.Response.ContentLength = response.Body.Length;
        http.Response.Headers["X-Request-Id"] = requestId;
        foreach (var (name, value) in response.Headers)
        {
            http.Response.Headers.Append(name, value);
        }

        await http.Response.Body.WriteAsync(response.Body, http.RequestAborted);
    }
}
