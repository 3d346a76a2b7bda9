using System.Globalization;

namespace BuenaMock.Json;

/// <summary>The API's timestamp format: ISO 8601, UTC, whole seconds (<c>2024-01-20T10:00:00Z</c>).</summary>
internal static class Timestamps
{
    public const string Format = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    public static string Write(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);
}
