using System.Text.Json.Nodes;
using BuenaMock.BrowserTests.Support;
using BuenaMock.Options;

namespace BuenaMock.BrowserTests;

/// <summary>
/// A page on another origin (a second server on another port of 127.0.0.1) calling the mock from the
/// browser, with the key in <c>x-api-key</c>, so Chromium sends a real CORS preflight first.
/// </summary>
public sealed class CrossOriginTests(BrowserFixture browser)
{
    private const string FetchJobs = """
        async ([base, key]) => {
          try {
            const r = await fetch(base + '/users/jobs', { headers: { 'x-api-key': key } });
            const body = await r.json();
            return { status: r.status, requestId: r.headers.get('X-Request-Id'), userId: body.userId ?? null, error: null };
          } catch (e) {
            return { status: null, requestId: null, userId: null, error: String(e) };
          }
        }
        """;

    [Fact]
    public async Task PageOnAnotherOrigin_ReadsJobsAndTheExposedRequestId()
    {
        await using var mock = Api.Start();

        var answer = await FetchFromFrontEndAsync(mock);

        answer["error"].Should().BeNull();
        ((int?)answer["status"]).Should().Be(200);
        ((string?)answer["userId"]).Should().Be("65e0a32640a597f6a7f897ea");
        ((string?)answer["requestId"]).Should().StartWith("req_", "X-Request-Id is exposed to scripts on other origins");
    }

    [Fact]
    public async Task CorsOff_PageOnAnotherOrigin_IsRefusedByTheBrowser()
    {
        await using var mock = Api.Start(o => o.Cors = false);

        var answer = await FetchFromFrontEndAsync(mock);

        ((string?)answer["error"]).Should().Contain("Failed to fetch", "without CORS the browser refuses the answer");
    }

    private async Task<JsonNode> FetchFromFrontEndAsync(BuenaMockServer mock)
    {
        // Any page of another origin will do: a second server's OpenAPI document (it sets no CSP).
        await using var frontEnd = Api.Start();
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(frontEnd.Url + "/__buena/openapi.json");
        var result = await page.EvaluateAsync<System.Text.Json.JsonElement>(FetchJobs, new[] { mock.BaseUrl, DefaultKeys.Full });
        return JsonNode.Parse(result.GetRawText())!;
    }
}
