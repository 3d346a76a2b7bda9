using BuenaMock.Documents;
using BuenaMock.Errors;
using BuenaMock.Http;
using BuenaMock.Json;
using BuenaMock.Simulation;

namespace BuenaMock.RateLimiting;

/// <summary>
/// <c>GET /__buena/rate-limits</c> answers the limits in force (<c>{"rateLimits": "off"}</c> or
/// <c>{"rateLimits": "60,1000,10000", "perMinute": 60, "perHour": 1000, "perDay": 10000}</c>);
/// <c>PUT /__buena/rate-limits</c> with <c>{"rateLimits": "off" | "documented" | "m,h,d"}</c> replaces
/// them, forgets every key's count, and answers the new limits; <c>POST /__buena/rate-limits/reset</c>
/// puts the start-up options' limits back, every count forgotten, and answers them.
/// </summary>
internal static class RateLimitRoutes
{
    public const string Path = DocumentRoutes.Prefix + "/rate-limits";

    public static IReadOnlyList<ApiRoute> Create(RateLimiter limits, Simulator simulator)
    {
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentNullException.ThrowIfNull(simulator);
        return
        [
            new("GET", Path, (_, _) => Current(limits)) { Name = "rate-limits", Kind = RouteKind.Control },
            new("PUT", Path, (r, _) => Replace(limits, simulator, r)) { Name = "rate-limits", Kind = RouteKind.Control },
            new("POST", Path + "/reset", (_, _) => Restore(limits)) { Name = "rate-limits/reset", Kind = RouteKind.Control },
        ];
    }

    private static ApiResponse Current(RateLimiter limits) => Responses.Ok(JsonBody.Write(w =>
    {
        w.WriteStartObject();
        if (limits.Policy is { } policy)
        {
            w.WriteString("rateLimits", policy.ToString());
            w.WriteNumber("perMinute", policy.PerMinute);
            w.WriteNumber("perHour", policy.PerHour);
            w.WriteNumber("perDay", policy.PerDay);
        }
        else
        {
            w.WriteString("rateLimits", "off");
        }

        w.WriteEndObject();
    }));

    private static ApiResponse Restore(RateLimiter limits)
    {
        limits.RestoreOptions();
        return Current(limits);
    }

    private static ApiResponse Replace(RateLimiter limits, Simulator simulator, ApiRequest request)
    {
        var (policy, errors) = Read(request.Body);
        if (errors.Count > 0)
        {
            return ErrorCatalogue.Validation(errors).ToResponse(simulator.Now);
        }

        limits.Replace(policy);
        return Current(limits);
    }

    private const string BodyProblem = "must be a JSON object {\"rateLimits\": \"…\"}";

    private static readonly ColdJsonMessages Messages = new(
        BodyProblem, field => field == "rateLimits" ? RateLimitPolicy.Problem : BodyProblem, _ => "is not a rate-limit setting (rateLimits)");

    /// <summary>The policy a body asks for (null: off), or every problem with the body.</summary>
    internal static (RateLimitPolicy? Policy, IReadOnlyList<FieldError> Errors) Read(byte[] body)
    {
        var (input, unknown) = ColdJson.Read(body, RateLimitJsonContext.Default.RateLimitsInput, Messages);
        if (input is null)
        {
            return (null, unknown);
        }

        RateLimitPolicy? policy = null;
        return input.RateLimits is not { } text || !RateLimitPolicy.TryParse(text, out policy)
            ? (null, [new FieldError("rateLimits", RateLimitPolicy.Problem), .. unknown])
            : (policy, unknown);
    }
}
