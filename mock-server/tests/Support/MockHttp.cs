using System.Text;
using System.Text.Json.Nodes;
using BuenaMock.Options;

namespace BuenaMock.Tests.Support;

/// <summary>Starts in-process servers on a free port with the pinned clock, and sends requests with a key.</summary>
internal static class MockHttp
{
    public static readonly string FullKey = DefaultKeys.Full;
    public static readonly string LimitedKey = DefaultKeys.Limited;
    public static readonly string OtherKey = DefaultKeys.Other;
    public const string GlobalKey = DefaultKeys.Global;

    public static BuenaMockServer Start(int seed = 42, Action<BuenaMockOptions>? configure = null)
    {
        var options = new BuenaMockOptions { Port = 0, Seed = seed, Clock = TestClock.Now };
        configure?.Invoke(options);
        return BuenaMockServer.Start(options);
    }

    /// <summary>A client whose relative paths (<c>users/jobs</c>) resolve under the server's <c>/api/v2/</c>.</summary>
    public static HttpClient Client(BuenaMockServer mock) =>
        new() { BaseAddress = new Uri(mock.BaseUrl + "/"), Timeout = TimeSpan.FromSeconds(10) };

    public static async Task<HttpResponseMessage> SendAsync(this HttpClient client, HttpMethod method, string path, string? key = null, string? body = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (key is not null)
        {
            request.Headers.Add("x-api-key", key);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public static Task<HttpResponseMessage> GetAsync(this HttpClient client, string path, string? key) =>
        client.SendAsync(HttpMethod.Get, path, key);

    public static async Task<byte[]> GetBytesAsync(this HttpClient client, string path, string? key)
    {
        using var response = await client.GetAsync(path, key);
        return await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
    }

    public static async Task<JsonNode> GetJsonAsync(this HttpClient client, string path, string? key)
    {
        using var response = await client.GetAsync(path, key);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        ((int)response.StatusCode).Should().Be(200, "GET {0} should succeed, but answered {1}", path, text);
        return JsonNode.Parse(text)!;
    }

    public static async Task<JsonNode> ReadJsonAsync(this HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;

    /// <summary>The message of the job with <paramref name="jobId"/> in a body's <c>data.jobs</c>.</summary>
    public static string? MessageOf(JsonNode body, string jobId) =>
        body["data"]!["jobs"]!.AsArray().Single(j => (string?)j!["id"] == jobId)!["message"]!.GetValue<string>();
}
