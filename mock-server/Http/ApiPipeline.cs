using BuenaMock.Errors;
using BuenaMock.Faults;
using BuenaMock.RateLimiting;
using BuenaMock.Scenarios;

namespace BuenaMock.Http;

/// <summary>
/// What runs around an API route's handler, in this order, once the route is matched (404/405 first):
/// the <c>Prefer</c> header is read (a bad one is a 400 naming it); the request is held back by
/// <c>Prefer: delay</c> or the configured latency; <c>Prefer: code</c> answers its error; the error rate
/// may answer a fault; then the handler runs (key → rate limit → the route's own checks), and
/// <c>Prefer: example=documented</c>/<c>dynamic=false</c> swap a 200's body for the page's example.
/// Documents and control routes never pass through here.
/// </summary>
public static class ApiPipeline
{
    public const string PreferHeader = "Prefer";

    public static async Task<ApiResponse> RunAsync(ApiRoute route, RouteValues values, ApiRequest request, MockContext context)
    {
        ArgumentNullException.ThrowIfNull(route);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);

        var (prefer, problems) = Preferences.Parse(request.Header(PreferHeader));
        var documented = prefer.DocumentedExample || prefer.Static;
        if (problems.Count == 0 && documented && !DocumentedExample.Serves(route.Name))
        {
            var asked = prefer.DocumentedExample ? "example=documented" : "dynamic=false";
            problems = [new FieldError(PreferHeader, $"{asked}: no static example exists for route {route.Name} (only {string.Join(", ", DocumentedExample.Routes)})")];
        }

        if (problems.Count > 0)
        {
            return ErrorCatalogue.Validation(problems).ToResponse(context.Now);
        }

        // Drawn for every request, whatever Prefer says, so the seeded sequence depends only on the requests' order.
        var decision = context.Faults.Decide(route.Name);
        var delay = prefer.DelayMs ?? decision.DelayMs;
        if (delay > 0)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(delay), context.RealTime);
        }

        if (prefer.Code is { } code)
        {
            return ScenarioResponses.For(code, route, request, context);
        }

        switch (decision.Fault)
        {
            case FaultKinds.Internal:
                return ErrorCatalogue.Internal(request.RequestId).ToResponse(context.Now);
            case FaultKinds.Unavailable:
                return ErrorCatalogue.ServiceUnavailable().ToResponse(context.Now);
            case FaultKinds.Reset:
                return new ApiResponse(500, []) { Fault = FaultKinds.Reset };
        }

        ApiResponse response;
        try
        {
            response = route.Handler(request, values);
        }
        catch (RateLimitExceededException ex)
        {
            response = RateLimitResponses.Exceeded(ex.Window, context.Now);
        }
        if (documented && response.Status == 200)
        {
            var example = Responses.Ok(DocumentedExample.Body);
            example.Headers.AddRange(response.Headers);
            response = example;
        }

        if (FaultKinds.GarblesAnswer(decision.Fault))
        {
            response.Fault = decision.Fault;
        }

        return response;
    }

    /// <summary>
    /// Adds the <c>X-RateLimit-*</c> headers to an API route's answer when limits are on and a valid key
    /// was sent: the standing after this request when it was counted, else the key's current standing.
    /// </summary>
    public static void AddRateLimitHeaders(ApiResponse response, ApiRequest request, MockContext context)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        if (!context.RateLimits.Enabled || response.Fault == FaultKinds.Reset)
        {
            return;
        }

        var window = request.RateLimit;
        if (window is null && (request.Key ?? context.Keys.Authenticate(request.Header(RequestGuard.KeyHeader), context.Now)) is { } key)
        {
            window = context.RateLimits.Peek(key.Value, context.Now);
        }

        if (window is not null)
        {
            RateLimitResponses.AddHeaders(response, window);
        }
    }
}
