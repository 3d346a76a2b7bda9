using BuenaMock.ContractTests.Infrastructure;
using BuenaMock.ContractTests.Rules;
using BuenaMock.ContractTests.Verdicts;
using FluentAssertions;

namespace BuenaMock.ContractTests.Auth;

/// <summary>A key without users:read is a 403 naming it; a global key on /users/jobs is the documented bare 400.</summary>
public sealed class PermissionTests(TargetFixture target) : ContractTest(target)
{
    [Fact]
    [Rule(RuleCatalog.PermissionDenied)]
    public async Task GetUserJobs_KeyWithoutUsersRead_Returns403NamingUsersRead()
    {
        var response = await Client.GetAsync("users/jobs", RequireKey(KeyRole.Limited));

        response.ShouldBePermissionDenied(Schemas, "users:read");
    }

    [Fact]
    [Rule(RuleCatalog.PermissionDenied)]
    public async Task GetUserJobs_KeyWithoutUsersRead_AvailableListsTheKeysPermissions()
    {
        var key = RequireKey(KeyRole.Limited);
        var health = await Client.GetAsync("health", key);
        health.ShouldConform(200, Schemas, SchemaNames.Health);
        if (health.Json?["apiKey"]?["permissions"] is null)
        {
            Skip("GET /health with BUENA_LIMITED_API_KEY reports no apiKey.permissions to compare with.");
        }

        var response = await Client.GetAsync("users/jobs", key);

        response.ShouldBePermissionDenied(Schemas, "users:read");
        JsonRead.Strings(response.Json?["permissionHelp"]?["available"]).Should().BeEquivalentTo(JsonRead.Strings(health.Json?["apiKey"]?["permissions"]),
            "permissionHelp.available lists the key's real permissions, as /health reports them{0}{1}", health.Describe(), response.Describe());
    }

    [Fact]
    [Rule(RuleCatalog.GlobalKey)]
    public async Task GetUserJobs_GlobalKey_ReturnsDocumentedBare400()
    {
        var response = await Client.GetAsync("users/jobs", RequireKey(KeyRole.Global));

        response.ShouldBeGlobalKeyError(Schemas);
    }

    [Fact]
    [Rule(RuleCatalog.CheckOrder)]
    public async Task GetUserJobs_GlobalKeyWithFilters_ReturnsDocumentedBare400BeforeValidation()
    {
        var response = await Client.GetAsync("users/jobs", RequireKey(KeyRole.Global), new JobFilter(StartDate: "abc").Query);

        response.ShouldBeGlobalKeyError(Schemas);
    }

    [Fact]
    [Rule(RuleCatalog.CheckOrder)]
    public async Task GetUserJobs_KeyWithoutUsersReadAndBadDate_Returns403BeforeValidation()
    {
        var response = await Client.GetAsync("users/jobs", RequireKey(KeyRole.Limited), new JobFilter(StartDate: "abc").Query);

        response.ShouldBePermissionDenied(Schemas, "users:read");
    }
}
