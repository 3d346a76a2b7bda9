using BuenaMock.ContractTests.Infrastructure;
using BuenaMock.ContractTests.Verdicts;
using FluentAssertions;

namespace BuenaMock.ContractTests.Health;

/// <summary>GET /health needs no permission and never answers 401; a valid key adds authentication, user and apiKey.</summary>
public sealed class HealthTests(TargetFixture target) : ContractTest(target)
{
    [Fact]
    [Rule(RuleCatalog.HealthNoKey)]
    public async Task Health_NoKey_ReturnsVersionStatusTimestampOnly()
    {
        var response = await Client.GetAsync("health", apiKey: null);

        response.ShouldConform(200, Schemas, SchemaNames.Health);
        ShouldHaveBasics(response);
        ShouldHaveNoIdentity(response);
    }

    [Theory]
    [Rule(RuleCatalog.HealthInvalidKey)]
    [InlineData("not-a-key")]
    [InlineData("bna_ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff")]
    public async Task Health_BadKey_Returns200WithoutIdentityNever401(string key)
    {
        if (Configuration.ConfiguredKeys.Contains(key))
        {
            Skip("The probe key is one of the configured keys.");
        }

        var response = await Client.GetAsync("health", key);

        response.StatusCode.Should().NotBe(401, "/health never answers 401{0}", response.Describe());
        response.ShouldConform(200, Schemas, SchemaNames.Health);
        ShouldHaveBasics(response);
        ShouldHaveNoIdentity(response);
    }

    [Fact]
    [Rule(RuleCatalog.HealthWithKey)]
    public async Task Health_UserKey_AddsUserAuthenticationUserAndApiKey()
    {
        var response = await Client.GetAsync("health", RequireKey(KeyRole.Main));

        response.ShouldConform(200, Schemas, SchemaNames.Health);
        ShouldHaveBasics(response);
        var json = response.Json;
        JsonRead.Text(json?["authentication"]).Should().Be("user", "a user key authenticates as user{0}", response.Describe());
        JsonRead.Text(json?["user"]?["id"]).Should().NotBeNullOrEmpty("with a user key /health names the user{0}", response.Describe());
        JsonRead.Text(json?["apiKey"]?["name"]).Should().NotBeNull("with a key /health describes it: apiKey.name{0}", response.Describe());
        JsonRead.Number(json?["apiKey"]?["usageCount"]).Should().NotBeNull("with a key /health describes it: apiKey.usageCount{0}", response.Describe());
        JsonRead.Strings(json?["apiKey"]?["permissions"]).Should().Contain("users:read", "BUENA_API_KEY is a key with users:read{0}", response.Describe());
    }

    [Fact]
    [Rule(RuleCatalog.HealthWithKey)]
    public async Task Health_KeyWithoutUsersRead_Returns200WithItsPermissions()
    {
        var response = await Client.GetAsync("health", RequireKey(KeyRole.Limited));

        response.ShouldConform(200, Schemas, SchemaNames.Health);
        JsonRead.Text(response.Json?["authentication"]).Should().Be("user", "/health needs no permission{0}", response.Describe());
        JsonRead.Strings(response.Json?["apiKey"]?["permissions"]).Should().NotContain("users:read", "BUENA_LIMITED_API_KEY lacks users:read{0}", response.Describe());
    }

    [Fact]
    [Rule(RuleCatalog.HealthGlobalKey)]
    public async Task Health_GlobalKey_AuthenticationGlobalAndNoUser()
    {
        var response = await Client.GetAsync("health", RequireKey(KeyRole.Global));

        response.ShouldConform(200, Schemas, SchemaNames.Health);
        ShouldHaveBasics(response);
        JsonRead.Text(response.Json?["authentication"]).Should().Be("global", "a global key authenticates as global{0}", response.Describe());
        response.Json?["user"].Should().BeNull("a global key has no user: user is null{0}", response.Describe());
        JsonRead.Strings(response.Json?["apiKey"]?["permissions"]).Should().Contain("*", "a global key holds every permission (*){0}", response.Describe());
    }

    private static void ShouldHaveBasics(ContractResponse response)
    {
        JsonRead.Text(response.Json?["version"]).Should().Be("2.0", "/health reports the API version 2.0{0}", response.Describe());
        JsonRead.Text(response.Json?["status"]).Should().NotBeNullOrEmpty("/health reports a status{0}", response.Describe());
        JsonRead.Instant(response.Json?["timestamp"]).Should().NotBeNull("/health reports an ISO 8601 timestamp{0}", response.Describe());
    }

    private static void ShouldHaveNoIdentity(ContractResponse response)
    {
        response.Json?["user"].Should().BeNull("without a valid key /health names no user{0}", response.Describe());
        response.Json?["apiKey"].Should().BeNull("without a valid key /health describes no key{0}", response.Describe());
    }
}
