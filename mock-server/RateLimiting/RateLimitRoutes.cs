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
        return SettingsRoutes.Create(Path, "rate-limits", simulator, () => Current(limits), r => Replace(limits, r), limits.RestoreOptions);
    }

    private static byte[] Current(RateLimiter limits) => JsonBody.Write(w =>
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
    });

    private static IReadOnlyList<FieldError> Replace(RateLimiter limits, ApiRequest request)
    {
        var (policy, errors) = Read(request.Body);
        if (errors.Count == 0)
        {
            limits.Replace(policy);
        }

        return errors;
    }

    private const string BodyProblem = "must be a JSON object {\"rateLimits\": \"…\"}";

    private static readonly ColdJsonMessages Messages = new(
        BodyProblem, field => field == "rateLimits" ? RateLimitPolicy.Problem : BodyProblem, _ => "is not a rate-limit setting (rateLimits)");

    /// <summary>The policy a body asks for (null: off), or every problem with the body.</summary>
    private static (RateLimitPolicy? Policy, IReadOnlyList<FieldError> Errors) Read(byte[] body)
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
