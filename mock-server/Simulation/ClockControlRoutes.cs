using System.Globalization;
using BuenaMock.Documents;
using BuenaMock.Errors;
using BuenaMock.Http;
using BuenaMock.Json;

namespace BuenaMock.Simulation;

/// <summary>
/// The virtual clock at run time: <c>GET /__buena/clock</c>, <c>POST /__buena/clock/advance?seconds=N</c>
/// and <c>POST /__buena/clock/set?at=ISO-8601</c> (never backwards; the instant read and checked as
/// <c>--clock</c> is, by <see cref="ClockInstant"/>). Each answers the clock as it now is.
/// </summary>
internal static class ClockControlRoutes
{
    /// <summary>The most one call may move the clock: ten years.</summary>
    public const long MaxAdvanceSeconds = 10L * 366 * 24 * 3600;

    public static IReadOnlyList<ApiRoute> Create(Simulator simulator)
    {
        ArgumentNullException.ThrowIfNull(simulator);
        return
        [
            new("GET", DocumentRoutes.Prefix + "/clock", (_, _) => Clock(simulator)) { Name = "clock", Kind = RouteKind.Control },
            new("POST", DocumentRoutes.Prefix + "/clock/advance", (r, _) => Advance(simulator, r)) { Name = "clock/advance", Kind = RouteKind.Control },
            new("POST", DocumentRoutes.Prefix + "/clock/set", (r, _) => Set(simulator, r)) { Name = "clock/set", Kind = RouteKind.Control },
        ];
    }

    private static ApiResponse Advance(Simulator simulator, ApiRequest request)
    {
        var text = request.Query.TryGetValue("seconds", out var values) && values.Count == 1 ? values[0] : null;
        if (!double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds)
            || seconds <= 0 || seconds > MaxAdvanceSeconds)
        {
            return ErrorCatalogue.Validation([new FieldError("seconds", string.Create(CultureInfo.InvariantCulture, $"must be a positive number of seconds, at most {MaxAdvanceSeconds}"))]).ToResponse(simulator.Now);
        }

        simulator.Clock.Advance(TimeSpan.FromSeconds(seconds));
        return Clock(simulator);
    }

    private static ApiResponse Set(Simulator simulator, ApiRequest request)
    {
        var text = request.Query.TryGetValue("at", out var values) && values.Count == 1 ? values[0] : null;
        if (ClockInstant.Read(text, out var at) is { } problem)
        {
            return ErrorCatalogue.Validation([new FieldError("at", problem)]).ToResponse(simulator.Now);
        }

        if (!simulator.Clock.TrySet(at))
        {
            return ErrorCatalogue.Validation([new FieldError("at", $"must not be before the clock's now ({Timestamps.Write(simulator.Now)}): the clock never goes backwards")]).ToResponse(simulator.Now);
        }

        return Clock(simulator);
    }

    private static ApiResponse Clock(Simulator simulator) => Responses.Ok(JsonBody.Write(w =>
    {
        var now = simulator.Now;
        w.WriteStartObject();
        w.WriteString("now", Timestamps.Write(now));
        w.WriteNumber("unix", now.ToUnixTimeSeconds());
        w.WriteNumber("timeScale", simulator.Clock.Scale);
        w.WriteBoolean("frozen", simulator.Clock.Scale == 0);
        w.WriteEndObject();
    }));
}
