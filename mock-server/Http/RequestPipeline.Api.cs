using BuenaMock.Errors;
using BuenaMock.Faults;
using BuenaMock.RateLimiting;
using BuenaMock.Scenarios;

namespace BuenaMock.Http;

internal sealed partial class RequestPipeline
{
    public const string PreferHeader = "Prefer";

    /// <summary>
    /// The API steps, in this order: the <c>Prefer</c> header (a bad one is a 400 naming it) → the
    /// latency (<c>Prefer: delay</c> or the configured one) → the key, looked up once → <c>Prefer: code</c>
    /// answers its error, or an injected 500/503/reset answers instead of the route → the rate limit (a
    /// key over it gets the 429 and the request is not counted; otherwise it is counted) → the route's
    /// declared access (<see cref="RouteAccess"/>: 401 without a key, the global-key 400, 403 without the
    /// permission) → the route's own checks and answer, given the key →
    /// <c>Prefer: example=documented</c>/<c>dynamic=false</c> swap a 200's body for the page's example,
    /// and an <c>empty</c>/<c>malformed</c> fault garbles the answer.
    /// </summary>
    private async Task<Outcome> AnswerApiAsync(ApiRoute route, RouteValues values, ApiRequest request)
    {
        var (prefer, problems) = Preferences.Parse(request.Header(PreferHeader));
        var documented = prefer.DocumentedExample || prefer.Static;
        if (problems.Count == 0 && documented && !DocumentedExample.Serves(route.Name))
        {
            var asked = prefer.DocumentedExample ? "example=documented" : "dynamic=false";
            problems = [new FieldError(PreferHeader, $"{asked}: no static example exists for route {route.Name} (only {string.Join(", ", DocumentedExample.Routes)})")];
        }

        if (problems.Count > 0)
        {
            return new Outcome(ErrorCatalogue.Validation(problems).ToResponse(Now), Identify(request));
        }

        // Drawn for every request, whatever Prefer says, so the seeded sequence depends only on the requests' order.
        var decision = faults.Decide(route.Name);
        var delay = prefer.DelayMs ?? decision.DelayMs;
        if (delay > 0)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(delay), realTime);
        }

        var caller = Identify(request);
        if (prefer.Code is { } code)
        {
            return new Outcome(ScenarioResponses.For(code, route, request.RequestId, caller.Key, rateLimits.Policy, Now), caller);
        }

        switch (decision.Fault)
        {
            case FaultKind.Internal or FaultKind.Unavailable:
                // Marked as the fault it is, so the journal tells an injected 500/503 from a real one.
                var injected = (decision.Fault == FaultKind.Internal ? ErrorCatalogue.Internal(request.RequestId) : ErrorCatalogue.ServiceUnavailable()).ToResponse(Now);
                injected.Fault = decision.Fault;
                return new Outcome(injected, caller);
            case FaultKind.Reset:
                return new Outcome(new ApiResponse(500, []) { Fault = FaultKind.Reset }, caller);
        }

        if (caller.Key is { } key)
        {
            var standing = rateLimits.Hit(key.Value, Now);
            caller = caller with { Standing = standing?.Window };
            if (standing is { Allowed: false } refused)
            {
                return new Outcome(RateLimitResponses.Exceeded(refused.Window, Now), caller);
            }

            keys.RecordUse(key);
        }

        var response = route.Access?.Refusal(caller.Key, Now) ?? Answer(route, values, request, caller);
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

        return new Outcome(response, caller);
    }

    /// <summary>The route's own answer; an exception is the logged 500, with the caller's rate-limit standing kept.</summary>
    private ApiResponse Answer(ApiRoute route, RouteValues values, ApiRequest request, Caller caller)
    {
        try
        {
            return route.Handler(request, values, caller.Key);
        }
#pragma warning disable CA1031 // Any exception must become the documented 500, whatever its type.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return Fail(request.RequestId, request.Method, request.Path, ex);
        }
    }
}
