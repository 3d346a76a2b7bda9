using System.Text.Json.Nodes;

namespace BuenaMock.Tests.OpenApi;

/// <summary>
/// Holds an answer of the mock to schemas/openapi.yaml: the status is one the document gives for the
/// request's operation, the media type one it lists, and the body follows that response's schema, every
/// violation named with its JSON path.
/// </summary>
internal static class OpenApiAssert
{
    /// <summary>Checks the answer against the operation of its request, and returns its JSON body.</summary>
    public static async Task<JsonNode?> FollowsTheDocumentAsync(this HttpResponseMessage response)
    {
        var request = response.RequestMessage!;
        var (described, where) = OpenApiContract.ResponseFor(request.Method.Method, request.RequestUri!.AbsolutePath, (int)response.StatusCode);
        described.Should().NotBeNull("schemas/openapi.yaml must describe the answer {0} ({1})", where, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return await FollowsAsync(response, described!, where);
    }

    /// <summary>Checks the answer against a response of <c>#/components/responses</c> (an answer no operation owns).</summary>
    public static Task<JsonNode?> FollowsTheDocumentAsync(this HttpResponseMessage response, string component) =>
        FollowsAsync(response, OpenApiContract.Component(component), $"components/responses/{component}");

    private static async Task<JsonNode?> FollowsAsync(HttpResponseMessage response, JsonNode described, string where)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        var content = described["content"]?.AsObject();
        content.Should().NotBeNull("{0} describes no body, but the answer has one: {1}", where, text);
        content!.Select(c => c.Key).Should().Contain(mediaType, "{0} lists the media types of its body", where);

        var violations = await OpenApiContract.ViolationsAsync(content[mediaType!]!["schema"]!, text);
        violations.Should().BeEmpty("the answer must follow the schema of {0}: {1}", where, text);
        return JsonNode.Parse(text);
    }
}
