using BuenaMock.ContractTests.Infrastructure;
using BuenaMock.ContractTests.Verdicts;
using FluentAssertions;
using Microsoft.OpenApi.Models;
using Microsoft.OpenApi.Readers;

namespace BuenaMock.ContractTests.Documents;

/// <summary>schemas/openapi.yaml parses without error, and every operation it lists is served by the target.</summary>
public sealed class OpenApiTests(TargetFixture target) : ContractTest(target)
{
    private static string OpenApiPath => Path.Combine(SchemaCatalog.DefaultDirectory, SchemaNames.OpenApi);

    [Fact]
    public void OpenApi_Document_ParsesWithoutErrors()
    {
        var (document, diagnostic) = Read();

        diagnostic.Errors.Select(e => $"{e.Pointer}: {e.Message}").Should().BeEmpty("{0} must parse without errors", OpenApiPath);
        document.Paths.Should().NotBeEmpty("the OpenAPI document describes the routes");
    }

    [Fact]
    [Rule(RuleCatalog.RoutesServed)]
    public async Task OpenApi_EveryDocumentedOperation_IsServedByTheTarget()
    {
        var key = RequireKey(KeyRole.Main);
        var user = await RequireUserIdAsync(KeyRole.Main);
        var jobs = await GetMainJobsAsync();
        var jobId = jobs.Jobs.Select(j => j.Id).FirstOrDefault(id => id is not null) ?? "job-id";
        var (document, _) = Read();
        var basePath = document.Servers.Select(s => Uri.TryCreate(s.Url, UriKind.Absolute, out var u) ? u.AbsolutePath.TrimEnd('/') : s.Url.TrimEnd('/')).FirstOrDefault() ?? string.Empty;

        var failures = new List<string>();
        var probed = 0;
        foreach (var (template, item) in document.Paths)
        {
            // The mock's own endpoints (x-buenamock-*) are not part of the Buena.ai API contract.
            if (item.Extensions.Keys.Any(k => k.StartsWith("x-buenamock-", StringComparison.Ordinal)))
            {
                continue;
            }

            foreach (var (method, _) in item.Operations)
            {
                if (method != OperationType.Get && !Configuration.AllowWrites)
                {
                    TestContext.Current.TestOutputHelper?.WriteLine($"not probed (writes off): {method} {template}");
                    continue;
                }

                var path = Relative(template, basePath)
                    .Replace("{userId}", Uri.EscapeDataString(user), StringComparison.Ordinal)
                    .Replace("{jobId}", Uri.EscapeDataString(jobId), StringComparison.Ordinal);
                // Non-GET operations get a malformed body ({}), which the contract rejects with a 400: nothing is written.
                var response = await Client.SendAsync(new HttpMethod(method.ToString().ToUpperInvariant()), path, key, query: null, body: method == OperationType.Get ? null : "{}");
                probed++;
                if (response.StatusCode is 404 or 405 or >= 500)
                {
                    failures.Add($"{method.ToString().ToUpperInvariant()} {template}: {response.Describe()}");
                }
            }
        }

        probed.Should().BePositive("the OpenAPI document lists operations to probe");
        failures.Should().BeEmpty("every operation schemas/openapi.yaml documents must be served (an answer other than 404, 405 or 5xx; 4xx allowed)");
    }

    private static (OpenApiDocument Document, OpenApiDiagnostic Diagnostic) Read()
    {
        File.Exists(OpenApiPath).Should().BeTrue("schemas/openapi.yaml is copied into the test output");
        var document = new OpenApiStringReader().Read(File.ReadAllText(OpenApiPath), out var diagnostic);
        return (document, diagnostic);
    }

    /// <summary>The OpenAPI path relative to the target's base URL (paths may or may not repeat the server's /api/v2).</summary>
    private static string Relative(string template, string basePath)
        => basePath.Length > 0 && template.StartsWith(basePath + "/", StringComparison.Ordinal) ? template[basePath.Length..] : template;
}
