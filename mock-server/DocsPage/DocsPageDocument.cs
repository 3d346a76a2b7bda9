using System.Text.Json.Nodes;
using BuenaMock.Documents;

namespace BuenaMock.DocsPage;

/// <summary>
/// The OpenAPI document as the docs page shows it: the same as <c>/__buena/openapi.json</c>, but with this
/// server first among the servers (as a relative URL, so it holds for any host, port and scheme), so that
/// "Try it out" calls the mock and never the real API by default. Served as one of the documents
/// (<see cref="DocumentRoutes"/>), so its relative schema references resolve the same way and it is journaled like them.
/// </summary>
internal static class DocsPageDocument
{
    /// <summary>Its name among the documents under <c>/__buena</c>.</summary>
    public const string Name = "docs-openapi.json";

    public const string Path = DocumentRoutes.Prefix + "/" + Name;

    /// <summary>Built from <c>/__buena/openapi.json</c>'s bytes, so the YAML is converted once.</summary>
    public static byte[] Build(byte[] openApiJson)
    {
        var document = JsonNode.Parse(openApiJson)!.AsObject();
        var servers = document["servers"]?.AsArray().Select(s => s!.DeepClone()).ToList() ?? [];
        document["servers"] = new JsonArray([This("/api/v2"), .. servers]);
        foreach (var (_, item) in document["paths"]!.AsObject())
        {
            if (item!["servers"] is not null)
            {
                item["servers"] = new JsonArray(This("/"));
            }
        }

        return System.Text.Encoding.UTF8.GetBytes(document.ToJsonString());
    }

    private static JsonObject This(string url) => new() { ["url"] = url, ["description"] = "This BuenaMock server" };
}
