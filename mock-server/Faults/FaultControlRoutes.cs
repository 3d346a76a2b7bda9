using BuenaMock.Documents;
using BuenaMock.Errors;
using BuenaMock.Http;
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
        return SettingsRoutes.Create(Path, "faults", simulator, () => FaultConfigurationJson.Write(faults.Current), r => Replace(faults, r), faults.RestoreOptions);
    }

    private static IReadOnlyList<FieldError> Replace(FaultSettings faults, ApiRequest request)
    {
        var (config, errors) = FaultConfigurationJson.Read(request.Body);
        if (config is not null)
        {
            faults.Replace(config);
        }

        return errors;
    }
}
