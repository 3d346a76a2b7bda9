using BuenaMock.Auth;
using BuenaMock.Errors;
using BuenaMock.Faults;
using BuenaMock.Journal;
using BuenaMock.RateLimiting;
using BuenaMock.Simulation;
using Microsoft.Extensions.Logging;
using WireMock;

namespace BuenaMock.Http;

/// <summary>
/// The one path every request follows, in this order (the order is written here and nowhere else):
/// <list type="number">
/// <item>the route: no template matches → 404, none for the method → 405 (<see cref="RouteTable"/>);</item>
/// <item>by the route's kind: an API route runs the API steps (<see cref="AnswerApiAsync"/>: <c>Prefer</c>
/// → latency → key → scenario or fault → rate limit → the route's declared access → the route's checks and answer); a control route
/// needs the admin token (<see cref="ControlGuard"/>); a document is served as it is;</item>
/// <item>an exception becomes a logged 500 in the envelope, with the request id;</item>
/// <item>an API route's answer gets the caller's <c>X-RateLimit-*</c> headers;</item>
/// <item>every request but a control call gets a journal entry (<see cref="Record"/>, which the
/// request-limit refusals of <see cref="RequestLimits"/> use too);</item>
/// <item>a <c>reset</c> fault drops the connection instead of answering.</item>
/// </list>
/// </summary>
internal sealed partial class RequestPipeline(
    KeyRing keys,
    RateLimiter rateLimits,
    FaultSettings faults,
    RequestJournal journal,
    Simulator simulator,
    string? adminToken,
    ILogger logger,
    TimeProvider realTime)
{
    private long _requestCount;

    /// <summary>The server's one "now" (<see cref="Simulator.Now"/>): what every envelope's timestamp says.</summary>
    public DateTimeOffset Now => simulator.Now;

    public ILogger Logger => logger;

    /// <summary>The token the control API and <c>/__admin</c> require (<c>--admin-token</c>); null: none.</summary>
    public string? AdminToken => adminToken;

    /// <summary>Real time, for what a client measures with its own watch (added latency, durations); never the virtual clock.</summary>
    public TimeProvider RealTime => realTime;

    /// <summary>A request id unique within this server's lifetime, e.g. <c>req_000042</c>.</summary>
    public string NextRequestId() => $"req_{Interlocked.Increment(ref _requestCount):D6}";

    /// <summary>Answers one request to a path served by <paramref name="routes"/> (empty: no route, the 404).</summary>
    public Task<IResponseMessage> HandleAsync(IRequestMessage message, ApiRoute[] routes) =>
        RunAsync(message, routes.Length == 0 ? null : routes[0], request =>
        {
            if (routes.Length == 0)
            {
                return Task.FromResult(new Outcome(ErrorCatalogue.RouteNotFound(request.Method, request.Path).ToResponse(Now)));
            }

            // HEAD is answered as GET; the server sends no body for it.
            var method = request.Method == "HEAD" ? "GET" : request.Method;
            if (Array.Find(routes, r => string.Equals(r.Method, method, StringComparison.Ordinal)) is not { } route)
            {
                var refusal = ErrorCatalogue.MethodNotAllowed(request.Method, request.Path, [.. routes.Select(r => r.Method)]).ToResponse(Now);
                return Task.FromResult(new Outcome(refusal, routes[0].Kind == RouteKind.Api ? Identify(request) : Caller.Anonymous));
            }

            route.TryMatch(request.Path, out var values);
            return route.Kind switch
            {
                RouteKind.Api => AnswerApiAsync(route, values, request),
                RouteKind.Control => Task.FromResult(new Outcome(ControlGuard.Check(request, adminToken, Now) ?? route.Handler(request, values, null))),
                _ => Task.FromResult(new Outcome(route.Handler(request, values, null))),
            };
        });

    /// <summary>
    /// Runs a handler outside the route table (proxy and replay) through the frame of the path: request
    /// id, an exception as a logged 500, the journal. No <c>Prefer</c>, faults or rate limits: the
    /// upstream or the recording decides those.
    /// </summary>
    public Task<IResponseMessage> HandleAsync(IRequestMessage message, Func<ApiRequest, Task<ApiResponse>> handler) =>
        RunAsync(message, route: null, async request => new Outcome(await handler(request)));

    /// <summary>Adds a journal entry for one answered (or reset) request; the one place entries are made.</summary>
    public void Record(string requestId, DateTimeOffset arrived, string method, string path, string query, string? key, ApiResponse response, string? route, long startedTimestamp, RequestSent? sent = null) =>
        journal.Add(new JournalEntry(
            Id: requestId,
            Time: arrived,
            Method: method,
            Path: path,
            Query: query,
            Status: response.Fault == FaultKind.Reset ? null : response.Status,
            Route: string.IsNullOrEmpty(route) ? null : route,
            Key: key is null ? null : ApiKey.Redact(key),
            DurationMs: (long)Math.Round(realTime.GetElapsedTime(startedTimestamp).TotalMilliseconds, MidpointRounding.AwayFromZero),
            Fault: response.Fault,
            Headers: sent?.Headers,
            Body: sent?.Body,
            BodyTruncated: sent?.BodyTruncated ?? false));

    /// <summary>What the journal keeps of what a client sent (<see cref="JournalRequest"/>).</summary>
    public sealed record RequestSent(IReadOnlyList<KeyValuePair<string, string>> Headers, string? Body, bool BodyTruncated)
    {
        public static RequestSent Of(IReadOnlyList<KeyValuePair<string, string>> headers, ReadOnlySpan<byte> body)
        {
            var (text, truncated) = JournalRequest.Body(body);
            return new RequestSent(headers, text, truncated);
        }
    }

    /// <summary>The request's key when it is known and usable now, not counted: the one place a key is looked up.</summary>
    private Caller Identify(ApiRequest request) => new(keys.Authenticate(request.Header(ApiKey.Header), Now), null);

    /// <summary>The instant a request arrived, to the millisecond, as the journal lists it.</summary>
    public DateTimeOffset ArrivalTime() => simulator.Clock.GetUtcNow();

    /// <summary>The logged 500 an unexpected exception becomes; never its message or stack trace in the body.</summary>
    public ApiResponse Fail(string requestId, string method, string path, Exception exception)
    {
        logger.LogError(exception, "Request {RequestId} {Method} {Path} failed", requestId, method, path);
        return ErrorCatalogue.Internal(requestId).ToResponse(Now);
    }

    private async Task<IResponseMessage> RunAsync(IRequestMessage message, ApiRoute? route, Func<ApiRequest, Task<Outcome>> answer)
    {
        var started = realTime.GetTimestamp();
        var arrived = ArrivalTime();
        var request = new ApiRequest(message, NextRequestId());
        Outcome outcome;
        try
        {
            outcome = await answer(request);
        }
#pragma warning disable CA1031 // Any exception must become the documented 500, whatever its type.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            outcome = new Outcome(Fail(request.RequestId, message.Method, message.Path, ex));
        }

        var response = outcome.Response;
        if (route?.Kind == RouteKind.Api)
        {
            AddRateLimitHeaders(response, outcome.Caller);
        }

        if (response.Fault == FaultKind.Reset && !ConnectionReset.CanAbortCurrent)
        {
            logger.LogWarning("Request {RequestId}: no connection to reset (middleware missing); answering 500", request.RequestId);
            response = ErrorCatalogue.Internal(request.RequestId).ToResponse(Now);
        }

        // Journaled before a reset: the client sees the connection drop at once, and may read the journal next.
        if (route?.Kind != RouteKind.Control)
        {
            Record(request.RequestId, arrived, request.Method, request.Path, request.RawQuery, request.Header(ApiKey.Header), response, route?.Name, started, RequestSent.Of(request.JournalHeaders(), request.Body));
        }

        if (response.Fault == FaultKind.Reset)
        {
            ConnectionReset.TryAbortCurrent();
        }

        return RouteRegistration.ToResponseMessage(response, request.RequestId);
    }

    /// <summary>
    /// The <c>X-RateLimit-*</c> headers when limits are on and a valid key was sent: the standing after
    /// this request when it was counted, else the key's current standing.
    /// </summary>
    private void AddRateLimitHeaders(ApiResponse response, Caller caller)
    {
        if (!rateLimits.Enabled || response.Fault == FaultKind.Reset)
        {
            return;
        }

        var window = caller.Standing ?? (caller.Key is { } key ? rateLimits.Peek(key.Value, Now) : null);
        if (window is not null)
        {
            RateLimitResponses.AddHeaders(response, window);
        }
    }

    /// <summary>A response and who it was for.</summary>
    private readonly record struct Outcome(ApiResponse Response, Caller Caller)
    {
        public Outcome(ApiResponse response)
            : this(response, Caller.Anonymous)
        {
        }
    }
}
