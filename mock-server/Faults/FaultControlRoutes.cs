using BuenaMock.Documents;
using BuenaMock.Errors;
using BuenaMock.Http;

namespace BuenaMock.Faults;

/// <summary>
/// <c>GET /__buena/faults</c> answers the fault configuration in force; <c>PUT /__buena/faults</c>
/// replaces it whole (and restarts the seeded draws) and answers it. A bad body is a 400
/// VALIDATION_ERROR naming every bad field, and changes nothing.
/// </summary>
public static class FaultControlRoutes
{
    public const string Path = DocumentRoutes.Prefix + "/faults";

    public static IReadOnlyList<ApiRoute> Create(MockContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return
        [
            new("GET", Path, (_, _) => Current(context)) { Name = "faults", Kind = RouteKind.Control },
            new("PUT", Path, (r, _) => Replace(context, r)) { Name = "faults", Kind = RouteKind.Control },
        ];
    }

    private static ApiResponse Current(MockContext context) => Responses.Ok(FaultConfigurationJson.Write(context.Faults.Current));

    private static ApiResponse Replace(MockContext context, ApiRequest request)
    {
        var (config, errors) = FaultConfigurationJson.Read(request.Body);
        if (config is null)
        {
            return ErrorCatalogue.Validation(errors).ToResponse(context.Now);
        }

        context.Faults.Replace(config);
        return Current(context);
    }
}
