using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BuenaMock.ContractTests.Infrastructure;

/// <summary>Tolerant reads of JSON values: a wrong kind gives null (the schema check reports it), never an exception.</summary>
public static class JsonRead
{
    public static string? Text(JsonNode? node)
        => node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    public static double? Number(JsonNode? node)
        => node is JsonValue value && value.GetValueKind() == JsonValueKind.Number && value.TryGetValue<double>(out var d) ? d : null;

    public static long? Whole(JsonNode? node)
        => Number(node) is { } d && d == Math.Floor(d) && Math.Abs(d) < 9e15 ? (long)d : null;

    public static bool? Boolean(JsonNode? node)
        => node is JsonValue value && value.GetValueKind() is JsonValueKind.True or JsonValueKind.False ? value.GetValue<bool>() : null;

    /// <summary>An ISO 8601 / RFC 3339 instant, or null when the value is absent, null or not such a string.</summary>
    public static DateTimeOffset? Instant(JsonNode? node)
        => Text(node) is { } text && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant) ? instant : null;

    public static bool IsNull(JsonNode? node, string property)
        => node is JsonObject obj && obj.TryGetPropertyValue(property, out var value) && value is null;

    public static bool Has(JsonNode? node, string property)
        => node is JsonObject obj && obj.ContainsKey(property);

    public static IReadOnlyList<string> Strings(JsonNode? node)
        => node is JsonArray array ? [.. array.Select(Text).OfType<string>()] : [];
}
