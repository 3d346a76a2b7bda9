using System.Runtime.CompilerServices;
using BuenaMock.Auth;
using BuenaMock.Http;
using BuenaMock.Journal;
using BuenaMock.Options;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace BuenaMock.Stubs;

/// <summary>
/// The middleware placed before WireMock's (after the request limits) for the stubs: <c>/__admin</c>
/// goes to <see cref="AdminApi"/> when it is on; the query is made one WireMock can parse
/// (<see cref="WireMockQuery"/>); and, once stubs exist, a request a stub answered (the generated
/// API did not, <see cref="MarkGenerated"/>) is written to the journal with route <c>stub</c>.
/// With no stubs, no admin API and a query WireMock can parse, the request goes straight on.
/// </summary>
internal static class StubPipeline
{
    /// <summary>The journal's route name for an answer a stub gave.</summary>
    public const string StubRoute = "stub";

    private static readonly AsyncLocal<StrongBox<bool>?> Generated = new();

    /// <summary>Called by the generated API's mapping: this request is not a stub's.</summary>
    public static void MarkGenerated()
    {
        if (Generated.Value is { } box)
        {
            box.Value = true;
        }
    }

    public static void Register(object applicationBuilder, RequestPipeline pipeline, BuenaMockOptions options, StubRegistry stubs)
    {
        if (applicationBuilder is not IApplicationBuilder app)
        {
            throw new ArgumentException($"Expected an {nameof(IApplicationBuilder)}, got {applicationBuilder?.GetType().Name ?? "null"}.", nameof(applicationBuilder));
        }

        app.Use((http, next) => RunAsync(http, next, pipeline, options.WireMockAdmin, stubs));
    }

    private static Task RunAsync(HttpContext http, RequestDelegate next, RequestPipeline pipeline, bool admin, StubRegistry stubs)
    {
        // The common case, checked without an async frame (about 150 B and a state machine per request,
        // measured): no stub, no /__admin call, a query WireMock parses as it is. With the admin API on,
        // only a call under /__admin leaves it.
        return stubs.MayHaveStubs
            || (admin && stubs.Attached && AdminApi.Handles(http.Request.Path))
            || WireMockQuery.MayNeedCleaning(http.Request.QueryString.Value)
            ? RunStubsAsync(http, next, pipeline, admin, stubs)
            : next(http);
    }

    private static async Task RunStubsAsync(HttpContext http, RequestDelegate next, RequestPipeline pipeline, bool admin, StubRegistry stubs)
    {
        if (admin && stubs.Attached && AdminApi.Handles(http.Request.Path))
        {
            await AdminApi.HandleAsync(http, pipeline, stubs);
            return;
        }

        // Inside this async method, so the query as sent stays with this request only.
        WireMockQuery.Prepare(http.Request);
        if (!stubs.MayHaveStubs)
        {
            await next(http);
            return;
        }

        var generated = new StrongBox<bool>();
        Generated.Value = generated;
        var started = pipeline.RealTime.GetTimestamp();
        var arrived = pipeline.ArrivalTime();
        if (http.Request.ContentLength is not (null or 0) || http.Request.Headers.TransferEncoding.Count > 0)
        {
            http.Request.EnableBuffering(JournalRequest.MaxBodyBytes);
        }

        // Journaled as the answer starts, so a client that reads the journal next finds the entry.
        http.Response.OnStarting(async () =>
        {
            if (!generated.Value)
            {
                await RecordAsync(http, pipeline, arrived, started);
            }
        });
        await next(http);
    }

    private static async Task RecordAsync(HttpContext http, RequestPipeline pipeline, DateTimeOffset arrived, long started)
    {
        var body = new byte[JournalRequest.MaxBodyBytes + 1];
        var read = 0;
        if (http.Request.Body.CanSeek)
        {
            http.Request.Body.Position = 0;
            int n;
            while (read < body.Length && (n = await http.Request.Body.ReadAsync(body.AsMemory(read), http.RequestAborted)) > 0)
            {
                read += n;
            }
        }

        var request = http.Request;
        var sent = RequestPipeline.RequestSent.Of(JournalRequest.Headers(request.Headers), body.AsSpan(0, read));
        pipeline.Record(
            pipeline.NextRequestId(),
            arrived,
            request.Method.ToUpperInvariant(),
            request.Path.Value ?? "",
            (WireMockQuery.OriginalRawQuery ?? request.QueryString.Value ?? "").TrimStart('?'),
            request.Headers.TryGetValue(ApiKey.Header, out var key) ? key[0] : null,
            new ApiResponse(http.Response.StatusCode, []),
            StubRoute,
            started,
            sent);
    }
}
