using System.Text.Json.Nodes;
using BuenaMock.Options;

namespace BuenaMock.BrowserTests.Support;

/// <summary>What the API itself answers, to compare the page with.</summary>
internal static class Api
{
    public static BuenaMockServer Start(Action<BuenaMockOptions>? configure = null)
    {
        var options = new BuenaMockOptions { Port = 0, Seed = 42, Clock = Clock };
        configure?.Invoke(options);
        return BuenaMockServer.Start(options);
    }

    public static readonly DateTimeOffset Clock = new(2026, 1, 15, 12, 0, 0, TimeSpan.Zero);

    public static async Task<JsonNode> UserJobsAsync(BuenaMockServer mock, string query = "")
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(mock.BaseUrl + "/users/jobs" + query));
        request.Headers.Add("x-api-key", DefaultKeys.Full);
        using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);
        ((int)response.StatusCode).Should().Be(200);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
    }

    /// <summary>Sends a GET /users/jobs and returns the status, or null when the connection failed (a fault).</summary>
    public static async Task<int?> TryGetUserJobsAsync(BuenaMockServer mock)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(mock.BaseUrl + "/users/jobs"));
        request.Headers.Add("x-api-key", DefaultKeys.Full);
        try
        {
            using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);
            return (int)response.StatusCode;
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }
}
