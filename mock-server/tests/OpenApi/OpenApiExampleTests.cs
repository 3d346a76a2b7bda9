using System.Globalization;
using System.Text.Json.Nodes;
using BuenaMock.Options;
using BuenaMock.Tests.Support;

namespace BuenaMock.Tests.OpenApi;

/// <summary>
/// The examples in schemas/openapi.yaml: every JSON response has one, each follows its response's schema,
/// a documented one is its fixture verbatim, and a generated one is what the mock answers to the request
/// it names (seed 42, clock pinned, after the requests its <c>before</c> lists), so tools that serve or show
/// the examples (Prism, Swagger UI) show the truth. Request body examples follow their schemas too.
/// </summary>
public class OpenApiExampleTests
{
    public static TheoryData<string> ExampleIds => [.. Examples().Select(e => e.Id)];

    [Fact]
    public void Responses_EveryJsonResponse_CarriesAnExample()
    {
        var bare = Responses()
            .Where(r => r.Response["content"]?["application/json"] is { } json && json["examples"] is null && json["example"] is null)
            .Select(r => r.Where);

        bare.Should().BeEmpty("OpenAPI tools show and serve a response's examples, and invent a body without one");
        Examples().Should().HaveCountGreaterThan(30);
    }

    [Theory]
    [MemberData(nameof(ExampleIds))]
    public async Task Example_FollowsItsResponseSchema(string id)
    {
        var example = Examples().Single(e => e.Id == id);

        var violations = await OpenApiContract.ViolationsAsync(example.Schema, example.Value.ToJsonString());

        violations.Should().BeEmpty("{0} must follow its response's schema", id);
    }

    [Fact]
    public async Task RequestBodyExamples_FollowTheirSchemas()
    {
        var checkedExamples = 0;
        foreach (var (template, _, item) in OpenApiContract.Paths())
        {
            foreach (var method in OpenApiContract.Methods.Where(m => item[m]?["requestBody"] is not null))
            {
                var json = item[method]!["requestBody"]!["content"]?["application/json"];
                var examples = json?["examples"]?.AsObject().Select(e => (e.Key, e.Value!["value"]!)).ToList() ?? [];
                if (json?["example"] is { } single)
                {
                    examples.Add(("example", single));
                }

                foreach (var (name, value) in examples)
                {
                    var violations = await OpenApiContract.ViolationsAsync(json!["schema"]!, value.ToJsonString());
                    violations.Should().BeEmpty("the request example {0} of {1} {2} must follow its schema", name, method.ToUpperInvariant(), template);
                    checkedExamples++;
                }
            }
        }

        checkedExamples.Should().BeGreaterThan(2);
    }

    [Theory]
    [MemberData(nameof(ExampleIds))]
    public async Task Example_IsItsSourceVerbatim(string id)
    {
        var example = Examples().Single(e => e.Id == id);

        if (example.Fixture is { } fixture)
        {
            var documented = JsonNode.Parse(await File.ReadAllTextAsync(RepositoryPaths.Of(fixture), TestContext.Current.CancellationToken));
            JsonNode.DeepEquals(example.Value, documented).Should().BeTrue("{0} is the page's example {1}, verbatim, but is {2}", id, fixture, example.Value.ToJsonString());
        }
        else if (example.Request is { } request)
        {
            var (status, answer) = await AnswerAsync(request);
            example.Status.Should().Be(status.ToString(CultureInfo.InvariantCulture), "{0} is the mock's answer to {1}", id, request.ToJsonString());
            JsonNode.DeepEquals(example.Value, answer).Should().BeTrue("{0} must be the mock's answer to {1}: {2}, not {3}", id, request.ToJsonString(), answer?.ToJsonString(), example.Value.ToJsonString());
        }
        else
        {
            (example.Inferred || example.Summary.Contains("page", StringComparison.Ordinal)).Should().BeTrue(
                "{0} says where it comes from: x-buenamock-fixture, x-buenamock-request, x-inferred for the mock's answer that varies, or a summary naming the page", id);
        }
    }

    /// <summary>
    /// Sends the example's request to a fresh mock (seed 42, clock pinned, plus its <c>args</c>), after the
    /// requests listed in its <c>before</c> (each must succeed), and returns the status and JSON body.
    /// </summary>
    private static async Task<(int Status, JsonNode? Body)> AnswerAsync(JsonNode request)
    {
        string[] args = [.. request["args"]?.AsArray().Select(a => (string)a!) ?? [], "--port", "0", "--clock", "2026-01-15T12:00:00Z"];
        var loaded = OptionsLoader.Load(args, new Dictionary<string, string?>());
        loaded.Problems.Should().BeEmpty();
        await using var mock = BuenaMockServer.Start(loaded.Options!);
        using var client = ControlHttp.RootClient(mock);
        foreach (var before in request["before"]?.AsArray() ?? [])
        {
            using var prepared = await SendAsync(client, before!);
            prepared.IsSuccessStatusCode.Should().BeTrue("the example's earlier request {0} must succeed, but answered {1}", before!.ToJsonString(), await prepared.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        }

        using var response = await SendAsync(client, request);
        return ((int)response.StatusCode, await response.ReadJsonAsync());
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, JsonNode request)
    {
        var headers = request["headers"]?.AsObject().ToDictionary(h => h.Key, h => (string)h.Value!) ?? [];
        return client.SendAsync(
            new HttpMethod((string)request["method"]!), ((string)request["path"]!).TrimStart('/'), (string?)request["key"], headers, (string?)request["body"]);
    }

    private sealed record Example(string Id, string Status, string Summary, JsonNode Schema, JsonNode Value, string? Fixture, JsonNode? Request, bool Inferred);

    private static IEnumerable<Example> Examples()
    {
        foreach (var (where, status, response) in Responses())
        {
            if (response["content"]?["application/json"] is not { } json || json["examples"] is not JsonObject examples)
            {
                continue;
            }

            foreach (var (name, example) in examples)
            {
                yield return new Example(
                    $"{where} {status} {name}", status, (string?)example!["summary"] ?? "", json["schema"]!, example["value"]!,
                    (string?)example["x-buenamock-fixture"], example["x-buenamock-request"], (bool?)example["x-inferred"] == true);
            }
        }
    }

    /// <summary>Every operation's responses, each <c>$ref</c> to <c>#/components/responses</c> followed.</summary>
    private static IEnumerable<(string Where, string Status, JsonNode Response)> Responses()
    {
        foreach (var (path, _, item) in OpenApiContract.Paths())
        {
            foreach (var method in OpenApiContract.Methods.Where(m => item[m] is not null))
            {
                foreach (var (status, response) in item[method]!["responses"]!.AsObject())
                {
                    yield return ($"{method.ToUpperInvariant()} {path}", status, OpenApiContract.Resolve(response!));
                }
            }
        }
    }
}
