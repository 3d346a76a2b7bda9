using System.Collections.Concurrent;
using System.Reflection;
using BuenaMock.Errors;
using BuenaMock.Http;
using BuenaMock.Simulation;

namespace BuenaMock.Documents;

/// <summary>
/// Serves the contract the server keeps: <c>/__buena/openapi.yaml</c>, the same as
/// <c>/__buena/openapi.json</c>, and each JSON Schema it references at <c>/__buena/NAME.schema.json</c>
/// (so the document's relative <c>$ref</c>s resolve against the server).
/// </summary>
internal static class DocumentRoutes
{
    public const string Prefix = "/__buena";
    public const string YamlContentType = "application/yaml; charset=utf-8";
    private const string ResourcePrefix = "schemas/";

    private static readonly ConcurrentDictionary<string, byte[]?> Cache = new(StringComparer.Ordinal);

    public static IReadOnlyList<ApiRoute> Create(Simulator simulator)
    {
        ArgumentNullException.ThrowIfNull(simulator);
        return [new("GET", Prefix + "/{document}", (r, v) => Document(simulator, r, v["document"])) { Name = "document", Kind = RouteKind.Document, Constraint = v => IsDocument(v["document"]) }];
    }

    /// <summary>Whether the server carries a document of that name (so other /__buena paths stay 404).</summary>
    public static bool IsDocument(string name) =>
        name is "openapi.yaml" or "openapi.json" or DocsPage.DocsPageDocument.Name || (name.EndsWith(".schema.json", StringComparison.Ordinal) && Resource(name) is not null);

    /// <summary>The names of the schema files the server carries.</summary>
    public static IReadOnlyList<string> SchemaNames() =>
        typeof(DocumentRoutes).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".schema.json", StringComparison.Ordinal))
            .Select(n => n[ResourcePrefix.Length..])
            .Order(StringComparer.Ordinal)
            .ToArray();

    /// <summary>The bytes of an embedded contract file, or null when there is none of that name.</summary>
    public static byte[]? Resource(string name)
    {
        if (Cache.TryGetValue(name, out var cached))
        {
            return cached;
        }

        // Only files that exist are cached: names come from request paths, and caching every miss would let
        // clients grow the cache without bound.
        using var stream = typeof(DocumentRoutes).Assembly.GetManifestResourceStream(ResourcePrefix + name);
        if (stream is null)
        {
            return null;
        }

        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return Cache.GetOrAdd(name, copy.ToArray());
    }

    /// <summary>How many documents are cached (at most the embedded files, openapi.json and the docs page's document).</summary>
    internal static int CachedCount => Cache.Count;

    private static ApiResponse Document(Simulator simulator, ApiRequest request, string name) => name switch
    {
        "openapi.yaml" => new ApiResponse(200, Resource(name)!, YamlContentType),
        "openapi.json" => Responses.Ok(OpenApiJson()),
        DocsPage.DocsPageDocument.Name => Responses.Ok(Cache.GetOrAdd(name, _ => DocsPage.DocsPageDocument.Build(OpenApiJson()))!),
        _ when name.EndsWith(".schema.json", StringComparison.Ordinal) && Resource(name) is { } bytes => Responses.Ok(bytes),
        _ => ErrorCatalogue.RouteNotFound(request.Method, request.Path).ToResponse(simulator.Now),
    };

    private static readonly System.Text.Json.JsonSerializerOptions IndentedJson = new() { WriteIndented = true };

    private static byte[] OpenApiJson() => Cache.GetOrAdd("openapi.json", _ => OpenApiAsJson())!;

    private static byte[] OpenApiAsJson() =>
        System.Text.Encoding.UTF8.GetBytes(OpenApi.YamlToJson.Convert(System.Text.Encoding.UTF8.GetString(Resource("openapi.yaml")!))!.ToJsonString(IndentedJson));
}
