using System.Runtime.CompilerServices;
using BuenaMock.Auth;
using BuenaMock.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace BuenaMock.Stubs;

/// <summary>
/// The middleware placed before WireMock's (after the request limits) for the stubs: <c>/__admin</c>
/// goes to <see cref="AdminApi"/> when it is on; the query is made one WireMock can parse
/// (<see cref="WireMockQuery"/>); and, once stubs exist, a request a stub answered (the generated
/// API did not, <see cref="MarkGenerated"/>) is written to the journal with route <c>stub</c>.
/// With no stubs the request goes straight on.
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

    public static void Register(object applicationBuilder, MockContext context, StubRegistry stubs)
    {
        if (applicationBuilder is not IApplicationBuilder app)
        {
            throw new ArgumentException($"Expected an {nameof(IApplicationBuilder)}, got {applicationBuilder?.GetType().Name ?? "null"}.", nameof(applicationBuilder));
        }

        app.Use((http, next) => RunAsync(http, next, context, stubs));
    }

    private static async Task RunAsync(HttpContext http, RequestDelegate next, MockContext context, StubRegistry stubs)
    {
        if (context.Options.WireMockAdmin && stubs.Attached && AdminApi.Handles(http.Request.Path))
        {
            await AdminApi.HandleAsync(http, context, stubs);
            return;
        }

        WireMockQuery.Prepare(http.Request);
        if (!stubs.MayHaveStubs)
        {
            await next(http);
            return;
        }

        var generated = new StrongBox<bool>();
        Generated.Value = generated;
        var started = context.RealTime.GetTimestamp();
        var arrived = context.Clock.GetUtcNow();
        if (http.Request.ContentLength is not (null or 0) || http.Request.Headers.TransferEncoding.Count > 0)
        {
            http.Request.EnableBuffering(JournalRequest.MaxBodyBytes);
        }

        // Journaled as the answer starts, so a client that reads the journal next finds the entry.
        http.Response.OnStarting(async () =>
        {
            if (!generated.Value)
            {
                context.Journal.Add(await EntryAsync(http, context, arrived, started));
            }
        });
        await next(http);
    }

    private static async Task<JournalEntry> EntryAsync(HttpContext http, MockContext context, DateTimeOffset arrived, long started)
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

        var (text, truncated) = JournalRequest.Body(body.AsSpan(0, read));
        var request = http.Request;
        return new JournalEntry(
            Id: context.NextRequestId(),
            Time: arrived,
            Method: request.Method.ToUpperInvariant(),
            Path: request.Path.Value ?? "",
            Query: (WireMockQuery.OriginalRawQuery ?? request.QueryString.Value ?? "").TrimStart('?'),
            Status: http.Response.StatusCode,
            Route: StubRoute,
            Key: request.Headers.TryGetValue(RequestGuard.KeyHeader, out var key) ? ApiKey.Redact(key[0]) : null,
            DurationMs: (long)Math.Round(context.RealTime.GetElapsedTime(started).TotalMilliseconds, MidpointRounding.AwayFromZero),
            Fault: null,
            Headers: JournalRequest.Headers(request.Headers.Select(h => new KeyValuePair<string, IEnumerable<string>>(h.Key, h.Value.Select(v => v ?? "")))),
            Body: text,
            BodyTruncated: truncated);
    }
}
