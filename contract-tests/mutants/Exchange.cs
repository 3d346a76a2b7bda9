using System.Text.Json.Nodes;

namespace BuenaMock.Mutants;

/// <summary>One request through the proxy as a mutant may change it: method, route (after /api/v2/), query, key, body.</summary>
public sealed class Exchange
{
    public required string Method { get; set; }

    /// <summary>The path after <c>/api/v2/</c> (e.g. <c>users/jobs</c>), or the whole path when it is not under it.</summary>
    public required string Route { get; set; }

    public required Dictionary<string, string> Query { get; init; }

    public string? Key { get; set; }

    public string? Body { get; set; }

    public string? ContentType { get; set; }

    public bool Is(string route) => string.Equals(Route.TrimEnd('/'), route, StringComparison.Ordinal);

    public bool StartsWith(string prefix) => Route.StartsWith(prefix, StringComparison.Ordinal);
}

/// <summary>An answer, as the upstream gave it or as a mutant makes it.</summary>
public sealed class Answer
{
    public int Status { get; set; }

    public Dictionary<string, string> Headers { get; } = new(StringComparer.OrdinalIgnoreCase);

    public string Body { get; set; } = string.Empty;

    /// <summary>Changes the body as JSON (a body that is not JSON is left alone).</summary>
    public void EditJson(Action<JsonNode> edit)
    {
        ArgumentNullException.ThrowIfNull(edit);
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(Body);
        }
        catch (System.Text.Json.JsonException)
        {
            return;
        }

        if (node is not null)
        {
            edit(node);
            Body = node.ToJsonString();
        }
    }

    /// <summary>An error in the documented envelope.</summary>
    public static Answer Error(int status, string code, string message) => Json(status, new JsonObject
    {
        ["error"] = true,
        ["code"] = code,
        ["message"] = message,
        ["version"] = "2.0",
        ["timestamp"] = "2024-01-20T15:30:00Z",
    }.ToJsonString());

    public static Answer Json(int status, string body)
    {
        var answer = new Answer { Status = status, Body = body };
        answer.Headers["Content-Type"] = "application/json; charset=utf-8";
        return answer;
    }
}
