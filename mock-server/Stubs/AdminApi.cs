using System.Text;
using System.Text.Json.Nodes;
using BuenaMock.Errors;
using BuenaMock.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json;
using WireMock.Admin.Mappings;

namespace BuenaMock.Stubs;

/// <summary>
/// WireMock's admin API for stubs, with <c>--wiremock-admin</c>, answered here rather than by
/// WireMock's own admin interface (never started): that one would also list, delete and reset the
/// generated API's mapping, and answers a failure with a serialized .NET exception. What is served:
/// <c>GET|POST|DELETE /__admin/mappings</c>, <c>GET|PUT|DELETE /__admin/mappings/{guid}</c>,
/// <c>POST /__admin/mappings/reset</c> and <c>POST /__admin/reset</c>, <c>GET|DELETE /__admin/scenarios</c>
/// and <c>POST /__admin/scenarios/reset</c>. Successes are WireMock's JSON (mapping models,
/// <c>{"Status", "Guid"}</c>); everything else under <c>/__admin</c> answers in the error envelope,
/// 404 saying what is not supported. <c>--admin-token</c> guards it as it guards <c>/__buena</c>.
/// </summary>
internal static class AdminApi
{
    public const string Prefix = "/__admin";

    private static readonly JsonSerializerSettings WireMockJson = new()
    {
        NullValueHandling = NullValueHandling.Ignore,
        Formatting = Formatting.Indented,
    };

    public static bool Handles(PathString path) => path.StartsWithSegments(Prefix, StringComparison.Ordinal);

    public static async Task HandleAsync(HttpContext http, RequestPipeline context, StubRegistry stubs)
    {
        var requestId = context.NextRequestId();
        ApiResponse response;
        try
        {
            response = await AnswerAsync(http, context, stubs);
        }
#pragma warning disable CA1031 // Any exception must become the documented 500, never a serialized exception.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            context.Logger.LogError(ex, "Request {RequestId} {Method} {Path} failed", requestId, http.Request.Method, http.Request.Path.Value);
            response = ErrorCatalogue.Internal(requestId).ToResponse(context.Now);
        }

        await RequestLimits.WriteAsync(http, response, requestId, closeConnection: false);
    }

    private static async Task<ApiResponse> AnswerAsync(HttpContext http, RequestPipeline context, StubRegistry stubs)
    {
        if (!ControlGuard.Authorized(http.Request.Headers.Authorization.FirstOrDefault(), context.AdminToken))
        {
            return ErrorCatalogue.ControlUnauthorized().ToResponse(context.Now);
        }

        var method = http.Request.Method.ToUpperInvariant();
        var path = (http.Request.Path.Value ?? "").TrimEnd('/');
        var rest = path.Length > Prefix.Length ? path[(Prefix.Length + 1)..] : "";
        switch (rest.Split('/'))
        {
            case ["mappings"]:
                return method switch
                {
                    "GET" => Json(200, Listed(stubs)),
                    "POST" => Added(stubs.Add(await ReadBodyAsync(http)), context),
                    "DELETE" => Status(200, $"{stubs.RemoveAll()} mappings deleted"),
                    _ => NotAllowed(method, path, ["GET", "POST", "DELETE"], context),
                };
            case ["mappings", "reset"] or ["reset"]:
                return method == "POST" ? Reset(stubs, context) : NotAllowed(method, path, ["POST"], context);
            case ["mappings", var id] when Guid.TryParse(id, out var guid):
                return method switch
                {
                    "GET" => Listed(stubs).FirstOrDefault(m => m.Guid == guid) is { } model ? Json(200, model) : NoSuchStub(guid, context),
                    "PUT" => await ReplaceAsync(http, stubs, guid, context),
                    "DELETE" => stubs.Remove(guid) ? Status(200, "Mapping removed", guid) : NoSuchStub(guid, context),
                    _ => NotAllowed(method, path, ["GET", "PUT", "DELETE"], context),
                };
            case ["scenarios"]:
                return method switch
                {
                    "GET" => Json(200, stubs.Scenarios()),
                    "DELETE" => ResetScenarios(stubs),
                    _ => NotAllowed(method, path, ["GET", "DELETE"], context),
                };
            case ["scenarios", "reset"]:
                return method == "POST" ? ResetScenarios(stubs) : NotAllowed(method, path, ["POST"], context);
            case ["requests", ..]:
                return ErrorCatalogue.NotFound($"{method} {path} is not supported: the requests the mock answered are at GET /__buena/requests").ToResponse(context.Now);
            default:
                return ErrorCatalogue.NotFound($"{method} {path} is not supported: the admin API serves /__admin/mappings, /__admin/mappings/{{guid}}, /__admin/mappings/reset, /__admin/reset, /__admin/scenarios and /__admin/scenarios/reset").ToResponse(context.Now);
        }
    }

    private static async Task<string> ReadBodyAsync(HttpContext http)
    {
        using var reader = new StreamReader(http.Request.Body, Encoding.UTF8);
        return await reader.ReadToEndAsync(http.RequestAborted);
    }

    private static ApiResponse Added(StubChange change, RequestPipeline context)
    {
        if (!change.Succeeded)
        {
            return Invalid(change.Problem!, context);
        }

        return change.Guids.Count == 1
            ? Status(201, "Mapping added", change.Guids[0])
            : Json(201, new Dictionary<string, object> { ["Status"] = "Mappings added", ["Guids"] = change.Guids });
    }

    private static async Task<ApiResponse> ReplaceAsync(HttpContext http, StubRegistry stubs, Guid guid, RequestPipeline context)
    {
        if (stubs.List().All(m => m.Guid != guid))
        {
            return NoSuchStub(guid, context);
        }

        // The path names the mapping: its id replaces any in the body.
        var body = await ReadBodyAsync(http);
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(body, documentOptions: new System.Text.Json.JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = System.Text.Json.JsonCommentHandling.Skip });
        }
        catch (System.Text.Json.JsonException ex)
        {
            return Invalid($"not valid JSON ({StubDocument.FirstLine(ex.Message)})", context);
        }

        if (node is not JsonObject mapping)
        {
            return Invalid("not a WireMock mapping (one mapping object is expected)", context);
        }

        foreach (var key in mapping.Select(p => p.Key).Where(k => string.Equals(k, "Guid", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            mapping.Remove(key);
        }

        mapping["Guid"] = guid.ToString();
        var change = stubs.Add(mapping);
        return change.Succeeded ? Status(200, "Mapping added or updated", guid) : Invalid(change.Problem!, context);
    }

    /// <summary>
    /// The stubs as WireMock lists them, without <c>UpdatedAt</c>: WireMock stamps it from the wall clock,
    /// and the mock's answers depend only on its seed and clock.
    /// </summary>
    private static IEnumerable<MappingModel> Listed(StubRegistry stubs) =>
        stubs.List().Select(m =>
        {
            m.UpdatedAt = null;
            return m;
        });

    private static ApiResponse Reset(StubRegistry stubs, RequestPipeline context)
    {
        var problems = stubs.Reset();
        foreach (var problem in problems)
        {
            context.Logger.LogError("Mappings folder not loaded on reset: {Problem}", problem);
        }

        return problems.Count == 0
            ? Status(200, "Mappings reset")
            : ErrorCatalogue.Validation([.. problems.Select(p => new FieldError("mappings", p))]).ToResponse(context.Now);
    }

    private static ApiResponse ResetScenarios(StubRegistry stubs)
    {
        stubs.ResetScenarios();
        return Status(200, "Scenarios reset");
    }

    private static ApiResponse Invalid(string problem, RequestPipeline context) =>
        ErrorCatalogue.Validation([new FieldError("body", problem)]).ToResponse(context.Now);

    private static ApiResponse NoSuchStub(Guid guid, RequestPipeline context) =>
        ErrorCatalogue.NotFound($"No stub has the id {guid}").ToResponse(context.Now);

    private static ApiResponse NotAllowed(string method, string path, IReadOnlyList<string> allowed, RequestPipeline context) =>
        ErrorCatalogue.MethodNotAllowed(method, path, allowed).ToResponse(context.Now);

    private static ApiResponse Status(int status, string text, Guid? guid = null) =>
        Json(status, guid is { } id ? new Dictionary<string, object> { ["Guid"] = id, ["Status"] = text } : new Dictionary<string, object> { ["Status"] = text });

    private static ApiResponse Json(int status, object value) =>
        new(status, Encoding.UTF8.GetBytes(JsonConvert.SerializeObject(value, WireMockJson)));
}
