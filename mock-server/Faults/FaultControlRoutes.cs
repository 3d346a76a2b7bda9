using BuenaMock.Documents;
using BuenaMock.Errors;
using BuenaMock.Http;
using BuenaMock.Json;
using BuenaMock.Simulation;

namespace BuenaMock.Faults;

/// <summary>
/// <c>GET /__buena/faults</c> answers the fault configuration in force; <c>PUT /__buena/faults</c>
/// replaces it whole (and restarts the seeded draws) and answers it; <c>POST /__buena/faults/reset</c>
/// puts the start-up options' configuration back (seeded draws restarted) and answers it. A bad body
/// is a 400 VALIDATION_ERROR naming every bad field, and changes nothing.
/// </summary>
internal static class FaultControlRoutes
{
    public const string Path = DocumentRoutes.Prefix + "/faults";

    public static IReadOnlyList<ApiRoute> Create(FaultSettings faults, Simulator simulator)
    {
        ArgumentNullException.ThrowIfNull(faults);
        ArgumentNullException.ThrowIfNull(simulator);
        return
        [
            new("GET", Path, (_, _) => Current(faults)) { Name = "faults", Kind = RouteKind.Control },
            new("PUT", Path, (r, _) => Replace(faults, simulator, r)) { Name = "faults", Kind = RouteKind.Control },
            new("POST", Path + "/reset", (_, _) => Restore(faults)) { Name = "faults/reset", Kind = RouteKind.Control },
        ];
    }

    private static ApiResponse Current(FaultSettings faults) => Responses.Ok(FaultConfigurationJson.Write(faults.Current));

    private static ApiResponse Restore(FaultSettings faults)
    {
        faults.RestoreOptions();
        return Current(faults);
    }

    private static ApiResponse Replace(FaultSettings faults, Simulator simulator, ApiRequest request)
    {
        var (config, errors) = FaultConfigurationJson.Read(request.Body);
        if (config is null)
        {
            return ErrorCatalogue.Validation(errors).ToResponse(simulator.Now);
        }

        faults.Replace(config);
        return Current(faults);
    }
}
