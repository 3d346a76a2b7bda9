using System.Text.Json.Nodes;
using BuenaMock.Documents;
using BuenaMock.Http;
using BuenaMock.OpenApi;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace BuenaMock.DocsPage;

/// <summary>
/// The OpenAPI document as the docs page shows it: the same as <c>/__buena/openapi.json</c>, but with this
/// server first among the servers (as a relative URL, so it holds for any host, port and scheme), so that
/// "Try it out" calls the mock and never the real API by default. Served beside the other documents so its
/// relative schema references resolve the same way.
/// </summary>
internal static class DocsPageDocument
{
    public const string Path = "/__buena/docs-openapi.json";

    private static readonly Lazy<byte[]> Bytes = new(Build);

    /// <summary>Answers <see cref="Path"/>; call from <c>PreWireMockMiddlewareInit</c> before Swagger UI.</summary>
    public static void Use(IApplicationBuilder app) =>
        app.Use((http, next) => http.Request.Path == Path && HttpMethods.IsGet(http.Request.Method) ? WriteAsync(http) : next(http));

    private static async Task WriteAsync(HttpContext http)
    {
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = "application/json; charset=utf-8";
        http.Response.ContentLength = Bytes.Value.Length;
        await http.Response.Body.WriteAsync(Bytes.Value, http.RequestAborted);
    }

    private static byte[] Build()
    {
        var document = YamlToJson.Convert(System.Text.Encoding.UTF8.GetString(DocumentRoutes.Resource("openapi.yaml")!))!.AsObject();
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
