using BuenaMock.Tests.Support;
using Microsoft.OpenApi.Readers;

namespace BuenaMock.Tests.OpenApi;

/// <summary>schemas/openapi.yaml and the routes the mock serves describe the same set of operations.</summary>
public sealed class OpenApiCoverageTests
{
    [Fact]
    public async Task Routes_EveryServedOperation_IsInTheOpenApiDocumentAndTheReverse()
    {
        await using var mock = MockHttp.Start();
        var served = mock.Routes.Select(r => $"{r.Method} {r.Template}").ToHashSet(StringComparer.Ordinal);

        var documented = Documented();

        served.Except(documented).Should().BeEmpty("every route the mock serves must be described in schemas/openapi.yaml");
        documented.Except(served).Should().BeEmpty("every operation schemas/openapi.yaml describes must be served by the mock");
    }

    [Fact]
    public async Task OpenApiJson_ServedByTheMock_ListsTheSamePaths()
    {
        await using var mock = MockHttp.Start();
        using var http = new HttpClient();

        var json = await http.GetStringAsync(new Uri(mock.Url + "/__buena/openapi.json"), TestContext.Current.CancellationToken);
        var document = new OpenApiStringReader().Read(json, out var diagnostic);

        diagnostic.Errors.Should().BeEmpty();
        document.Paths.Keys.Should().BeEquivalentTo(Read().Paths.Keys);
    }

    private static HashSet<string> Documented()
    {
        var document = Read();
        var operations = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (template, item) in document.Paths)
        {
            // /__admin is answered outside the route table; OpenApi/AdminOperationsTests holds it to the document.
            if (item.Extensions.ContainsKey("x-buenamock-admin"))
            {
                continue;
            }

            // The API's paths are relative to its /api/v2 server; the mock's own sit at the root.
            var mockOwn = item.Extensions.Keys.Any(k => k.StartsWith("x-buenamock-", StringComparison.Ordinal));
            var path = mockOwn ? template : "/api/v2" + template;
            foreach (var method in item.Operations.Keys)
            {
                operations.Add($"{method.ToString().ToUpperInvariant()} {path}");
            }
        }

        return operations;
    }

    private static Microsoft.OpenApi.Models.OpenApiDocument Read()
    {
        using var stream = File.OpenRead(RepositoryPaths.Of("schemas", "openapi.yaml"));
        var document = new OpenApiStreamReader().Read(stream, out var diagnostic);
        diagnostic.Errors.Should().BeEmpty();
        return document;
    }
}
