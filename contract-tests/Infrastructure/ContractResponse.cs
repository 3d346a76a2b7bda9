using System.Text.Json;
using System.Text.Json.Nodes;

namespace BuenaMock.ContractTests.Infrastructure;

/// <summary>
/// One exchange with the target, kept whole so that every assertion can say what was asked and what came back.
/// </summary>
public sealed class ContractResponse
{
    private readonly Lazy<(JsonNode? Node, string? Error)> _json;

    public ContractResponse(string method, string url, string? apiKey, int statusCode, string? contentType, string body, string? requestBody = null, IReadOnlyDictionary<string, string>? headers = null)
    {
        Headers = headers ?? new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        Method = method;
        Url = url;
        RedactedKey = Redaction.Key(apiKey);
        StatusCode = statusCode;
        ContentType = contentType;
        Body = body ?? string.Empty;
        RequestBody = requestBody;
        _json = new Lazy<(JsonNode?, string?)>(Parse);
    }

    public string Method { get; }

    public string Url { get; }

    /// <summary>The key sent in <c>x-api-key</c>, cut to its first 8 characters.</summary>
    public string RedactedKey { get; }

    public int StatusCode { get; }

    /// <summary>The whole <c>Content-Type</c> header, or null when the response had none.</summary>
    public string? ContentType { get; }

    public string Body { get; }

    public string? RequestBody { get; }

    /// <summary>The response's headers (names case-insensitive).</summary>
    public IReadOnlyDictionary<string, string> Headers { get; }

    /// <summary>A header's value, or null when absent.</summary>
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    /// <summary>The body parsed as JSON, or null when it is not JSON (see <see cref="JsonError"/>).</summary>
    public JsonNode? Json => _json.Value.Node;

    /// <summary>Why the body is not JSON, or null when it is.</summary>
    public string? JsonError => _json.Value.Error;

    /// <summary>The request and the response, for failure messages: method, URL, redacted key, status, content type, body (2 KB at most).</summary>
    public string Describe()
    {
        var request = $"{Method} {Url} (x-api-key: {RedactedKey})";
        if (RequestBody is not null)
        {
            request += $" with body {Redaction.Truncate(RequestBody, 300)}";
        }

        return $"""

            request:  {request}
            response: {StatusCode}, Content-Type: {ContentType ?? "(none)"}
            body:     {Redaction.Truncate(Body)}
            """;
    }

    public override string ToString() => $"{Method} {Url} → {StatusCode}";

    private (JsonNode?, string?) Parse()
    {
        try
        {
            return (JsonNode.Parse(Body), null);
        }
        catch (JsonException e)
        {
            return (null, e.Message);
        }
    }
}
