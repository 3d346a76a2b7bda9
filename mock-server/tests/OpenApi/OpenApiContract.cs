using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using BuenaMock.OpenApi;
using BuenaMock.Tests.Support;
using NJsonSchema;

namespace BuenaMock.Tests.OpenApi;

/// <summary>
/// schemas/openapi.yaml as the tests read it: its operations, the response it describes for a request
/// and status, and that response's JSON Schema, so a test can hold any answer of the mock to the document.
/// </summary>
internal static class OpenApiContract
{
    public static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    private static readonly Lazy<JsonNode> Parsed = new(() => YamlToJson.Convert(File.ReadAllText(RepositoryPaths.Of("schemas", "openapi.yaml")))!);
    private static readonly ConcurrentDictionary<string, Task<JsonSchema>> Files = new(StringComparer.Ordinal);

    public static JsonNode Document => Parsed.Value;

    /// <summary>
    /// Every path of the document as the mock serves it: the API's under <c>/api/v2</c>, the mock's own
    /// (<c>x-buenamock-*</c>) at the root.
    /// </summary>
    public static IEnumerable<(string Template, string Served, JsonObject Item)> Paths()
    {
        foreach (var (template, item) in Document["paths"]!.AsObject())
        {
            var mockOwn = item!.AsObject().Any(p => p.Key.StartsWith("x-buenamock-", StringComparison.Ordinal));
            yield return (template, mockOwn ? template : "/api/v2" + template, item.AsObject());
        }
    }

    /// <summary>Follows a <c>$ref</c> to <c>#/components/responses</c>; any other response as it stands.</summary>
    public static JsonNode Resolve(JsonNode response) =>
        response["$ref"] is { } reference ? Component(((string)reference!).Split('/')[^1]) : response;

    /// <summary>A response of <c>#/components/responses</c>, by name.</summary>
    public static JsonNode Component(string name) =>
        Document["components"]!["responses"]![name] ?? throw new InvalidOperationException($"schemas/openapi.yaml has no components/responses/{name}");

    /// <summary>
    /// The response the document describes for <paramref name="status"/> to <paramref name="method"/> on the
    /// concrete <paramref name="path"/> (literal templates before ones with <c>{parameters}</c>). A method the
    /// path does not serve takes the status from the path's other operations (its 405). Null when the document
    /// describes none, with the reason.
    /// </summary>
    public static (JsonNode? Response, string Where) ResponseFor(string method, string path, int status)
    {
        var match = Paths()
            .Where(p => Matches(p.Served, path))
            .OrderBy(p => p.Served.Count(c => c == '{'))
            .Select(p => ((string Template, JsonObject Item)?)(p.Template, p.Item))
            .FirstOrDefault();
        if (match is not { } found)
        {
            return (null, $"no path of schemas/openapi.yaml matches {path}");
        }

        var code = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var operations = found.Item[method.ToLowerInvariant()] is { } operation
            ? [operation]
            : Methods.Select(m => found.Item[m]).OfType<JsonNode>().ToList();
        var where = $"{method.ToUpperInvariant()} {found.Template} {code}";
        var response = operations.Select(o => o["responses"]?[code]).OfType<JsonNode>().FirstOrDefault();
        return (response is null ? null : Resolve(response), where);
    }

    /// <summary>
    /// Every violation of <paramref name="json"/> against a body's schema as the document gives it: a file
    /// (<c>$ref</c>, optionally to one of its definitions), a <c>oneOf</c> of files (exactly one must hold),
    /// or an inline schema. Each violation names its JSON path.
    /// </summary>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(JsonNode schema, string json)
    {
        if (schema["oneOf"] is JsonArray oneOf && oneOf.All(s => s?["$ref"] is not null))
        {
            var each = new List<string>();
            foreach (var reference in oneOf.Select(s => (string)s!["$ref"]!))
            {
                var problems = Violations(await FileAsync(reference), json);
                each.Add($"{reference}: {(problems.Count == 0 ? "holds" : string.Join("; ", problems))}");
            }

            return each.Count(e => e.EndsWith(": holds", StringComparison.Ordinal)) == 1 ? [] : [$"exactly one of its schemas must hold: {string.Join(" | ", each)}"];
        }

        var single = schema["$ref"] is { } file
            ? await FileAsync((string)file!)
            : await JsonSchema.FromJsonAsync(schema.ToJsonString(), TestContext.Current.CancellationToken);
        return Violations(single, json);
    }

    /// <summary>A schema file of <c>schemas/</c> by its reference (<c>./x.schema.json</c> or <c>./x.schema.json#/definitions/y</c>), loaded once.</summary>
    private static async Task<JsonSchema> FileAsync(string reference)
    {
        var parts = reference.Split('#', 2);
        var file = await Files.GetOrAdd(Path.GetFileName(parts[0]), f => JsonSchema.FromFileAsync(RepositoryPaths.Of("schemas", f)));
        return parts.Length == 1 || parts[1].Length == 0 ? file : file.Definitions[parts[1].Split('/')[^1]];
    }

    private static List<string> Violations(JsonSchema schema, string json) =>
        [.. schema.Validate(json).Select(e => $"{e.Path}: {e.Kind}")];

    private static bool Matches(string template, string path)
    {
        var expected = template.Split('/');
        var actual = path.Split('?')[0].TrimEnd('/').Split('/');
        return expected.Length == actual.Length
            && expected.Zip(actual).All(p => p.First.StartsWith('{') || string.Equals(p.First, p.Second, StringComparison.Ordinal));
    }
}
