using BuenaMock.Errors;
using BuenaMock.Simulation;

namespace BuenaMock.Http;

/// <summary>
/// The three control routes over one settings object (faults, rate limits): <c>GET PATH</c> answers the
/// settings in force; <c>PUT PATH</c> replaces them from the body and answers them, or answers a 400
/// VALIDATION_ERROR naming every bad field and changes nothing; <c>POST PATH/reset</c> puts the start-up
/// options' settings back and answers them. The feature keeps its own JSON and validation: it passes them in.
/// </summary>
internal static class SettingsRoutes
{
    /// <param name="path">The settings' path, e.g. <c>/__buena/faults</c>.</param>
    /// <param name="name">The route name the journal and control surface use; the reset route is <c>NAME/reset</c>.</param>
    /// <param name="simulator">The server's clock, for the 400's timestamp.</param>
    /// <param name="current">The settings in force, as the feature's JSON.</param>
    /// <param name="replace">Reads a PUT's body and applies it when it is valid: every problem with it (none: applied).</param>
    /// <param name="reset">Puts the start-up options' settings back.</param>
    public static IReadOnlyList<ApiRoute> Create(string path, string name, Simulator simulator, Func<byte[]> current, Func<ApiRequest, IReadOnlyList<FieldError>> replace, Action reset)
    {
        ArgumentNullException.ThrowIfNull(simulator);
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(replace);
        ArgumentNullException.ThrowIfNull(reset);
        return
        [
            new("GET", path, (_, _) => Responses.Ok(current())) { Name = name, Kind = RouteKind.Control },
            new("PUT", path, (r, _) => replace(r) is { Count: > 0 } errors ? ErrorCatalogue.Validation(errors).ToResponse(simulator.Now) : Responses.Ok(current()))
            {
                Name = name,
                Kind = RouteKind.Control,
            },
            new("POST", path + "/reset", (_, _) =>
            {
                reset();
                return Responses.Ok(current());
            })
            {
                Name = name + "/reset",
                Kind = RouteKind.Control,
            },
        ];
    }
}
