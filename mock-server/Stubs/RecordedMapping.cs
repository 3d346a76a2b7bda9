using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using BuenaMock.Auth;
using BuenaMock.Http;
using BuenaMock.Json;

namespace BuenaMock.Stubs;

/// <summary>
/// One recorded exchange as a WireMock.Net mapping (the format <c>--mappings</c> and WireMock.Net's
/// static mappings read): the method, the path and each query parameter matched exactly, a write's
/// body matched as JSON (<c>JsonMatcher</c>: formatting and key order ignored) or as text; the key
/// matched by its pattern (<see cref="KeyPattern"/>) or its absence, and written nowhere but as
/// <see cref="ApiKey.Redact"/> makes it in the description; the answer's status, content type,
/// rate-limit headers and body as sent.
/// </summary>
internal static class RecordedMapping
{
    /// <summary>The response headers kept besides <c>Content-Type</c>: the rate-limit ones.</summary>
    public static readonly IReadOnlyList<string> KeptHeaders =
        ["retry-after", "x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-reset", "x-ratelimit-window"];

    /// <summary>What a user key looks like; any other key is matched by presence.</summary>
    public const string UserKeyPattern = "^bna_[0-9a-f]{64}$";

    public static JsonObject Create(ApiRequest request, int status, IReadOnlyList<KeyValuePair<string, string>> responseHeaders, byte[] responseBody, string upstream, DateTimeOffset recordedAt)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(responseHeaders);
        var key = request.Header(ApiKey.Header);
        var matchers = new JsonObject
        {
            ["Path"] = Exact(request.Path),
            ["Methods"] = new JsonArray(request.Method),
        };

        var parameters = Parameters(request.RawQuery);
        if (parameters.Count > 0)
        {
            matchers["Params"] = parameters;
        }

        matchers["Headers"] = new JsonArray(key is null
            ? new JsonObject { ["Name"] = ApiKey.Header, ["Matchers"] = new JsonArray(Matcher("WildcardMatcher", "*")), ["RejectOnMatch"] = true }
            : new JsonObject { ["Name"] = ApiKey.Header, ["Matchers"] = new JsonArray(KeyPattern(key)) });

        if (request.Method is not ("GET" or "HEAD" or "DELETE") && request.Body.Length > 0)
        {
            matchers["Body"] = new JsonObject { ["Matcher"] = BodyMatcher(request.Body) };
        }

        var headers = new JsonObject();
        foreach (var (name, value) in responseHeaders)
        {
            headers[name] = value;
        }

        var body = ResponseBody(responseBody);
        return new JsonObject
        {
            ["Title"] = Title(request),
            ["Description"] = string.Create(CultureInfo.InvariantCulture, $"Recorded from {upstream} at {Timestamps.Write(recordedAt)}; key {(key is null ? "none" : ApiKey.Redact(key))}"),
            ["Request"] = matchers,
            ["Response"] = new JsonObject
            {
                ["StatusCode"] = status,
                ["Headers"] = headers,
                [body.Field] = body.Value,
            },
        };
    }

    /// <summary>UTF-8 text as it is (<c>Body</c>); any other bytes base64 (WireMock's <c>BodyAsBytes</c>), so replay sends the same bytes.</summary>
    private static (string Field, string Value) ResponseBody(byte[] body) =>
        Utf8.IsValid(body) ? ("Body", Encoding.UTF8.GetString(body)) : ("BodyAsBytes", Convert.ToBase64String(body));

    /// <summary>Requests that get the same mapping match: a repeat of one is a later state of its scenario.</summary>
    public static string Signature(JsonObject mapping) => mapping["Request"]!.ToJsonString();

    /// <summary><c>GET /api/v2/users/jobs?status=failed</c>: the mapping's title, and its scenario's name.</summary>
    public static string Title(ApiRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.RawQuery.Length == 0 ? $"{request.Method} {request.Path}" : $"{request.Method} {request.Path}?{request.RawQuery}";
    }

    /// <summary>A user key by its pattern, any other key by its presence: the value itself is never written.</summary>
    public static JsonObject KeyPattern(string key) =>
        KeyFormat.IsUserKey(key) ? Matcher("RegexMatcher", UserKeyPattern) : Matcher("WildcardMatcher", "*");

    /// <summary>As WireMock reads a query (<see cref="QueryPart.Split"/>): a name once with all its values, a part that is only <c>=</c>s skipped.</summary>
    private static JsonArray Parameters(string rawQuery)
    {
        var byName = new List<(string Name, List<string> Values)>();
        foreach (var part in QueryPart.Split(rawQuery))
        {
            if (part.Name is not { } name)
            {
                continue;
            }

            var entry = byName.Find(p => p.Name == name);
            if (entry.Name is null)
            {
                byName.Add(entry = (name, []));
            }

            if (part.Value is { } value)
            {
                entry.Values.Add(value);
            }
        }

        return [.. byName.Select(p => (JsonNode)new JsonObject
        {
            ["Name"] = p.Name,
            ["Matchers"] = new JsonArray([.. p.Values.Select(v => (JsonNode)Matcher("ExactMatcher", v))]),
        })];
    }

    private static JsonObject BodyMatcher(byte[] body)
    {
        var text = Encoding.UTF8.GetString(body);
        try
        {
            if (JsonNode.Parse(text) is { } json && json.GetValueKind() is JsonValueKind.Object or JsonValueKind.Array)
            {
                return new JsonObject { ["Name"] = "JsonMatcher", ["Pattern"] = json };
            }
        }
        catch (JsonException)
        {
            // Not JSON: matched as text below.
        }

        return Matcher("ExactMatcher", text);
    }

    private static JsonObject Exact(string value) => new() { ["Matchers"] = new JsonArray(Matcher("ExactMatcher", value)) };

    private static JsonObject Matcher(string name, string pattern) => new() { ["Name"] = name, ["Pattern"] = pattern };
}
