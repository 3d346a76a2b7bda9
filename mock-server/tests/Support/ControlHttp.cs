using System.Text;
using System.Text.Json.Nodes;

namespace BuenaMock.Tests.Support;

/// <summary>Requests with the extra headers the simulation reads (<c>Prefer</c>, <c>Authorization</c>), and the control API at the server's root.</summary>
internal static class ControlHttp
{
    /// <summary>A client at the server's root (<c>/__buena/…</c>), with no key.</summary>
    public static HttpClient RootClient(BuenaMockServer mock) =>
        new() { BaseAddress = new Uri(mock.Url + "/"), Timeout = TimeSpan.FromSeconds(10) };

    public static async Task<HttpResponseMessage> SendAsync(
        this HttpClient client, HttpMethod method, string path, string? key, IReadOnlyDictionary<string, string> headers, string? body = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (key is not null)
        {
            request.Headers.Add("x-api-key", key);
        }

        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    /// <summary>GET with a <c>Prefer</c> header.</summary>
    public static Task<HttpResponseMessage> PreferAsync(this HttpClient client, string path, string? key, string prefer) =>
        client.SendAsync(HttpMethod.Get, path, key, new Dictionary<string, string> { ["Prefer"] = prefer });

    /// <summary>PUTs a fault configuration and checks it was accepted.</summary>
    public static async Task PutFaultsAsync(BuenaMockServer mock, string json)
    {
        using var root = RootClient(mock);
        using var response = await root.SendAsync(HttpMethod.Put, "__buena/faults", body: json);
        ((int)response.StatusCode).Should().Be(200, "PUT /__buena/faults {0} should be accepted: {1}", json, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    public static async Task<JsonNode> JournalAsync(BuenaMockServer mock, string query = "")
    {
        using var root = RootClient(mock);
        return await root.GetJsonAsync("__buena/requests" + query, key: null);
    }

    public static string Header(this HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : throw new InvalidOperationException($"no {name} header on a {(int)response.StatusCode}");
}
