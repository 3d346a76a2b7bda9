using BuenaMock.Tests.Support;

namespace BuenaMock.Tests.Http;

public class MethodNotAllowedTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Theory]
    [InlineData("POST", "users/jobs", "GET")]
    [InlineData("DELETE", "users/jobs/jobStatus", "GET")]
    [InlineData("PATCH", "users/jobs/jobCounts", "GET")]
    [InlineData("GET", "users/jobs/editJobMessage/job_0123456789", "PUT")]
    [InlineData("PUT", "health", "GET")]
    public async Task Send_WrongMethodWithoutKey_405EnvelopeWithAllowHeader(string method, string path, string allowed)
    {
        using var response = await server.Client.SendAsync(new HttpMethod(method), path);

        ((int)response.StatusCode).Should().Be(405, "the route is decided before the key");
        AllowHeader(response).Should().Be(allowed);
        var body = await response.ReadJsonAsync();
        ((string?)body["code"]).Should().Be("METHOD_NOT_ALLOWED");
        ((bool?)body["error"]).Should().BeTrue();
    }

    private static string? AllowHeader(HttpResponseMessage response) =>
        response.Content.Headers.TryGetValues("Allow", out var fromContent) ? string.Join(", ", fromContent)
        : response.Headers.TryGetValues("Allow", out var fromResponse) ? string.Join(", ", fromResponse)
        : null;
}
