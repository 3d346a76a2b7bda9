using BuenaMock.Auth;
using BuenaMock.Errors;
using BuenaMock.Http;
using BuenaMock.Json;
using BuenaMock.Simulation;

namespace BuenaMock.Health;

/// <summary>
/// <c>GET /health</c>: never a 401. Without a valid key: version, status, timestamp. With one it adds
/// authentication, user (null for a global key) and apiKey (name, permissions, usageCount).
/// </summary>
internal static class HealthRoutes
{
    public const string Path = "/api/v2/health";

    public static ApiRoute Create(KeyRing keys, Simulator simulator)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(simulator);
        return new ApiRoute("GET", Path, (_, _, key) => Health(keys, simulator.Now, key)) { Name = RouteNames.Health };
    }

    private static ApiResponse Health(KeyRing keys, DateTimeOffset now, ApiKey? key) => Responses.Ok(JsonBody.Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("version", ApiError.Version);
        w.WriteString("status", "healthy");
        if (key is not null)
        {
            w.WriteString("authentication", key.Kind == ApiKeyKind.Global ? "global" : "user");
            if (key.UserId is null)
            {
                w.WriteNull("user");
            }
            else
            {
                w.WriteStartObject("user");
                w.WriteString("id", key.UserId);
                w.WriteEndObject();
            }

            w.WriteStartObject("apiKey");
            w.WriteString("name", key.Name);
            w.WriteStartArray("permissions");
            foreach (var permission in key.Permissions)
            {
                w.WriteStringValue(permission);
            }

            w.WriteEndArray();
            w.WriteNumber("usageCount", keys.UsageOf(key));
            w.WriteEndObject();
        }

        w.WriteString("timestamp", Timestamps.Write(now));
        w.WriteEndObject();
    }));
}
