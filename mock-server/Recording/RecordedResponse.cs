using System.Text.Json.Nodes;
using BuenaMock.Http;

namespace BuenaMock.Recording;

/// <summary>What the upstream answered: status, the headers worth keeping, and the body (JSON or text).</summary>
internal sealed class RecordedResponse
{
    /// <summary>The response headers a recording keeps and replays besides <c>content-type</c>: the rate-limit ones.</summary>
    public static readonly IReadOnlyList<string> KeptHeaders =
        ["retry-after", "x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-reset", "x-ratelimit-window"];

    public RecordedResponse(int status, IReadOnlyList<KeyValuePair<string, string>> headers, JsonNode? body)
    {
        Status = status;
        Headers = headers;
        Body = body;
    }

    public int Status { get; }

    /// <summary>Header names in lower case, <c>content-type</c> first when there is one.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; }

    public JsonNode? Body { get; }

    public string? ContentType =>
        Headers.FirstOrDefault(h => string.Equals(h.Key, "content-type", StringComparison.OrdinalIgnoreCase)).Value;

    /// <summary>The response a replay serves; without a recorded content type, JSON or plain text by the body.</summary>
    public ApiResponse ToApiResponse()
    {
        var contentType = ContentType ?? (RecordedBody.IsJson(Body) ? ApiResponse.JsonContentType : "text/plain; charset=utf-8");
        var response = new ApiResponse(Status, RecordedBody.ToBytes(Body), contentType);
        foreach (var (name, value) in Headers)
        {
            if (!string.Equals(name, "content-type", StringComparison.OrdinalIgnoreCase) && KeptHeaders.Contains(name.ToLowerInvariant()))
            {
                response.WithHeader(name, value);
            }
        }

        return response;
    }
}
