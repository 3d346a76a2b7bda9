using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using BuenaMock.Auth;
using BuenaMock.Json;

namespace BuenaMock.Recording;

/// <summary>
/// One exchange as an indented JSON file, WireMock-mapping-like:
/// <c>{"request": {method, path, query, headers, body}, "response": {status, headers, body}, "recordedAt"}</c>.
/// The key is written only as <see cref="ApiKey.Redact"/> makes it.
/// </summary>
internal static class RecordingFile
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static byte[] Write(RecordedRequest request, IEnumerable<KeyValuePair<string, string>> requestHeaders, RecordedResponse response, DateTimeOffset recordedAt)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(requestHeaders);
        ArgumentNullException.ThrowIfNull(response);
        var query = new JsonObject();
        foreach (var group in request.Query.GroupBy(p => p.Key, StringComparer.Ordinal))
        {
            var values = group.Select(p => p.Value).ToArray();
            query[group.Key] = values.Length == 1 ? JsonValue.Create(values[0]) : new JsonArray([.. values.Select(v => (JsonNode?)JsonValue.Create(v))]);
        }

        var headers = new JsonObject();
        foreach (var (name, value) in requestHeaders)
        {
            var lower = name.ToLowerInvariant();
            headers[lower] = string.Equals(lower, ApiKey.Header, StringComparison.Ordinal) ? ApiKey.Redact(value) : value;
        }

        var responseHeaders = new JsonObject();
        foreach (var (name, value) in response.Headers)
        {
            responseHeaders[name.ToLowerInvariant()] = value;
        }

        var file = new JsonObject
        {
            ["request"] = new JsonObject
            {
                ["method"] = request.Method,
                ["path"] = request.Path,
                ["query"] = query,
                ["headers"] = headers,
                ["body"] = request.Body?.DeepClone(),
            },
            ["response"] = new JsonObject
            {
                ["status"] = response.Status,
                ["headers"] = responseHeaders,
                ["body"] = response.Body?.DeepClone(),
            },
            ["recordedAt"] = Timestamps.Write(recordedAt),
        };
        return JsonSerializer.SerializeToUtf8Bytes(file, Indented);
    }

    /// <summary>Reads a recording; a file that is not one throws <see cref="FormatException"/> saying what is wrong.</summary>
    public static (RecordedRequest Request, RecordedResponse Response) Read(ReadOnlySpan<byte> bytes)
    {
        // A file saved by an editor may start with a byte order mark, which the JSON reader refuses.
        if (bytes.StartsWith(Utf8Bom))
        {
            bytes = bytes[Utf8Bom.Length..];
        }

        JsonNode? root;
        try
        {
            root = JsonNode.Parse(bytes, documentOptions: new JsonDocumentOptions { AllowDuplicateProperties = false });
        }
        catch (JsonException ex)
        {
            throw new FormatException($"not valid JSON ({FirstLine(ex.Message)})", ex);
        }

        if (root is not JsonObject file || file["request"] is not JsonObject request || file["response"] is not JsonObject response)
        {
            throw new FormatException("not a recording (an object with \"request\" and \"response\" objects is expected)");
        }

        var method = Text(request, "method") ?? throw new FormatException("request.method is missing or not a string");
        var path = Text(request, "path");
        if (path is null || !path.StartsWith('/'))
        {
            throw new FormatException("request.path is missing or does not start with /");
        }

        if (response["status"] is not JsonValue statusValue || !statusValue.TryGetValue<int>(out var status) || status is < 100 or > 599)
        {
            throw new FormatException("response.status is missing or not an HTTP status (100-599)");
        }

        var requestHeaders = Headers(request, "request.headers");
        var hasKey = requestHeaders.Any(h => string.Equals(h.Key, ApiKey.Header, StringComparison.OrdinalIgnoreCase));
        return (
            new RecordedRequest(method, path, Query(request), hasKey, request["body"]?.DeepClone()),
            new RecordedResponse(status, Headers(response, "response.headers"), response["body"]?.DeepClone()));
    }

    private static List<KeyValuePair<string, string>> Query(JsonObject request)
    {
        var query = new List<KeyValuePair<string, string>>();
        switch (request["query"])
        {
            case null:
                return query;
            case JsonObject parameters:
                foreach (var (name, value) in parameters)
                {
                    if (value is JsonArray values)
                    {
                        foreach (var item in values)
                        {
                            query.Add(new(name, StringOf(item, $"request.query.{name}")));
                        }
                    }
                    else
                    {
                        query.Add(new(name, StringOf(value, $"request.query.{name}")));
                    }
                }

                return query;
            default:
                throw new FormatException("request.query is not an object");
        }
    }

    private static List<KeyValuePair<string, string>> Headers(JsonObject owner, string where)
    {
        var headers = new List<KeyValuePair<string, string>>();
        switch (owner["headers"])
        {
            case null:
                return headers;
            case JsonObject values:
                foreach (var (name, value) in values)
                {
                    headers.Add(new(name.ToLowerInvariant(), StringOf(value, $"{where}.{name}")));
                }

                return headers;
            default:
                throw new FormatException($"{where} is not an object");
        }
    }

    private static string? Text(JsonObject owner, string name) =>
        owner[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static string StringOf(JsonNode? node, string where) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? text : throw new FormatException($"{where} is not a string");

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
