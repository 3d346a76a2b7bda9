using System.Text.Json;
using BuenaMock.Http;
using BuenaMock.Tests.Support;

namespace BuenaMock.Tests.Http;

public class ContentTypeTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    public static TheoryData<string, string, string?, int> Responses => new()
    {
        { "GET", "users/jobs", MockHttp.FullKey, 200 },
        { "GET", "health", null, 200 },
        { "GET", "users/jobs", MockHttp.GlobalKey, 400 },
        { "GET", "users/jobs?startDate=yesterday", MockHttp.FullKey, 400 },
        { "GET", "users/jobs", null, 401 },
        { "GET", "users/jobs", MockHttp.LimitedKey, 403 },
        { "GET", "no/such/route", null, 404 },
        { "GET", "users/jobs/userJobStatus/ffffffffffffffffffffffff", MockHttp.GlobalKey, 404 },
        { "POST", "users/jobs", null, 405 },
    };

    [Theory]
    [MemberData(nameof(Responses))]
    public async Task Send_AnyOutcome_JsonContentTypeWithUtf8Charset(string method, string path, string? key, int status)
    {
        using var response = await server.Client.SendAsync(new HttpMethod(method), path, key);

        ((int)response.StatusCode).Should().Be(status);
        response.Content.Headers.ContentType!.ToString().Should().Be("application/json; charset=utf-8");
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var parse = () => JsonDocument.Parse(body).Dispose();
        parse.Should().NotThrow("every body is JSON: {0}", body);
    }
}
