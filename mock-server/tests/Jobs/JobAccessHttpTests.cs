using BuenaMock.Errors;
using BuenaMock.Tests.Support;

namespace BuenaMock.Tests.Jobs;

/// <summary>
/// The jobs routes' access refusals, in the contract's order: key (401) → global key on
/// <c>GET /users/jobs</c> (the bare 400) → permission (403, with the route's own message) → validation.
/// </summary>
public class JobAccessHttpTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private const string BadQuery = "?startDate=yesterday";

    private HttpClient Client => fixture.Client;

    [Theory]
    [InlineData("GET", "users/jobs", "users:read", "Insufficient permissions for user job access")]
    [InlineData("GET", "users/jobs/userJobStatus/user_1", "users:read", "Insufficient permissions for user job access")]
    [InlineData("GET", "users/jobs/jobStatus", "jobs:read", "Insufficient permissions for job access")]
    [InlineData("GET", "users/jobs/jobCounts", "users:read", "Insufficient permissions for job counts")]
    [InlineData("PUT", "users/jobs/editJobMessage/job_1", "jobs:update", "Insufficient permissions to edit job messages")]
    public async Task Send_KeyWithoutThePermissionAndABadQuery_403NamingTheRoutesPermission(string method, string path, string permission, string message)
    {
        using var response = await Client.SendAsync(new HttpMethod(method), path + BadQuery, MockHttp.LimitedKey, method == "PUT" ? "{}" : null);

        ((int)response.StatusCode).Should().Be(403, "the permission is checked before the query");
        var body = await response.ReadJsonAsync();
        ((string?)body["code"]).Should().Be("PERMISSION_DENIED");
        ((string?)body["message"]).Should().Be(message);
        ((string?)body["permissionHelp"]!["required"]).Should().Be(permission);
        body["permissionHelp"]!["available"]!.AsArray().Select(p => (string?)p).Should().Equal("linkedin:schedule");
    }

    [Theory]
    [InlineData("GET", "users/jobs")]
    [InlineData("GET", "users/jobs/userJobStatus/user_1")]
    [InlineData("GET", "users/jobs/jobStatus")]
    [InlineData("GET", "users/jobs/jobCounts")]
    [InlineData("PUT", "users/jobs/editJobMessage/job_1")]
    public async Task Send_NoKeyOrAnUnknownKey_401BeforeEverythingElse(string method, string path)
    {
        using var none = await Client.SendAsync(new HttpMethod(method), path + BadQuery, key: null, method == "PUT" ? "{}" : null);
        using var unknown = await Client.SendAsync(new HttpMethod(method), path + BadQuery, "bna_" + new string('9', 64), method == "PUT" ? "{}" : null);

        foreach (var response in new[] { none, unknown })
        {
            ((int)response.StatusCode).Should().Be(401);
            ((string?)(await response.ReadJsonAsync())["code"]).Should().Be("UNAUTHORIZED");
        }
    }

    [Fact]
    public async Task GetUserJobs_GlobalKeyAndABadQuery_TheDocumentedBare400()
    {
        using var response = await Client.GetAsync("users/jobs" + BadQuery, MockHttp.GlobalKey);

        ((int)response.StatusCode).Should().Be(400, "the global-key 400 comes before validation");
        var body = await response.ReadJsonAsync();
        body.AsObject().Select(p => p.Key).Should().Equal("error", "availableRoute");
        ((string?)body["error"]).Should().Be(ErrorCatalogue.GlobalKeyMessage);
    }

    [Theory]
    [InlineData("users/jobs/userJobStatus/user_1")]
    [InlineData("users/jobs/jobStatus")]
    [InlineData("users/jobs/jobCounts")]
    public async Task Get_GlobalKeyOnARouteForEveryKey_PassesToTheRoutesValidation(string path)
    {
        using var response = await Client.GetAsync(path + BadQuery, MockHttp.GlobalKey);

        ((int)response.StatusCode).Should().Be(400);
        ((string?)(await response.ReadJsonAsync())["code"]).Should().Be("VALIDATION_ERROR");
    }
}
