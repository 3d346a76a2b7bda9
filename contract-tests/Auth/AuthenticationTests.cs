using BuenaMock.ContractTests.Infrastructure;
using BuenaMock.ContractTests.Rules;
using BuenaMock.ContractTests.Verdicts;

namespace BuenaMock.ContractTests.Auth;

/// <summary>A missing, malformed or unknown key is a 401 UNAUTHORIZED on every user and legacy route.</summary>
[Rule(RuleCatalog.Unauthorized)]
public sealed class AuthenticationTests(TargetFixture target) : ContractTest(target)
{
    public static TheoryData<string> Routes => new() { "users/jobs", "users/jobs/jobStatus", "users/jobs/jobCounts", "users/jobs/userJobStatus/{user}" };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Get_NoKey_Returns401(string route)
    {
        var response = await Client.GetAsync(await ResolveAsync(route), apiKey: null);

        response.ShouldBeUnauthorized(Schemas);
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Get_MalformedKey_Returns401(string route)
    {
        var response = await Client.GetAsync(await ResolveAsync(route), "not-a-key");

        response.ShouldBeUnauthorized(Schemas);
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Get_UnknownWellFormedKey_Returns401(string route)
    {
        var response = await Client.GetAsync(await ResolveAsync(route), UnknownKey());

        response.ShouldBeUnauthorized(Schemas);
    }

    [Fact]
    public async Task GetUserJobs_EmptyKeyHeader_Returns401()
    {
        var response = await Client.GetAsync("users/jobs", string.Empty);

        response.ShouldBeUnauthorized(Schemas);
    }

    [Fact]
    public async Task EditJobMessage_NoKey_Returns401()
    {
        var response = await Client.PutAsync("users/jobs/editJobMessage/any-job", apiKey: null, """{"message":"contract test"}""");

        response.ShouldBeUnauthorized(Schemas);
    }

    /// <summary>A well-formed user key (bna_ + 64 hex) that is none of the configured keys.</summary>
    private string UnknownKey()
    {
        var configured = Configuration.ConfiguredKeys.ToHashSet(StringComparer.OrdinalIgnoreCase);
        return "fedcba".Select(c => "bna_" + new string(c, 64)).First(k => !configured.Contains(k));
    }

    /// <summary>userJobStatus needs a user id; the main key's user when known, else a well-formed stand-in (the 401 comes first).</summary>
    private async Task<string> ResolveAsync(string route)
    {
        if (!route.Contains("{user}", StringComparison.Ordinal))
        {
            return route;
        }

        var user = await Target.UserIdOfAsync(KeyRole.Main) ?? "65e0a32640a597f6a7f897ea";
        return route.Replace("{user}", Uri.EscapeDataString(user), StringComparison.Ordinal);
    }
}
