using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BuenaMock.Recording;

/// <summary>
/// How a body is kept in a recording: as JSON when it parses as JSON (other than a bare string), so
/// the file stays readable and matching ignores formatting; otherwise as its text.
/// </summary>
internal static class RecordedBody
{
    private static readonly JsonDocumentOptions ParseOptions = new() { AllowDuplicateProperties = false };

    private static readonly JsonSerializerOptions CompactOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Null for an empty body; the parsed JSON; or a JSON string holding the raw text.</summary>
    public static JsonNode? FromBytes(byte[] body)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (body.Length == 0)
        {
            return null;
        }

        var text = Encoding.UTF8.GetString(body);
        try
        {
            var node = JsonNode.Parse(text, documentOptions: ParseOptions);
            if (node is not null && node.GetValueKind() != JsonValueKind.String)
            {
                return node;
            }
        }
        catch (JsonException)
        {
            // Not JSON: kept as text below.
        }

        return JsonValue.Create(text);
    }

    /// <summary>The bytes a recorded body is served as: compact JSON, or the text as it was.</summary>
    public static byte[] ToBytes(JsonNode? body) => body switch
    {
        null => [],
        JsonValue value when value.GetValueKind() == JsonValueKind.String => Encoding.UTF8.GetBytes(value.GetValue<string>()),
        _ => Encoding.UTF8.GetBytes(body.ToJsonString(CompactOptions)),
    };

    /// <summary>True when the body was kept as JSON rather than as text.</summary>
    public static bool IsJson(JsonNode? body) => body is not null && body.GetValueKind() != JsonValueKind.String;

    public static bool AreEqual(JsonNode? left, JsonNode? right) => JsonNode.DeepEquals(left, right);
}
