using BuenaMock.ContractTests.Infrastructure;
using BuenaMock.ContractTests.Rules;
using BuenaMock.ContractTests.Verdicts;

namespace BuenaMock.ContractTests.Routing;

/// <summary>Unknown routes are 404 NOT_FOUND, known routes with a wrong method 405 METHOD_NOT_ALLOWED — decided before the key.</summary>
public sealed class RoutingTests(TargetFixture target) : ContractTest(target)
{
    public static TheoryData<string, string> WrongMethods => new()
    {
        { "POST", "users/jobs" },
        { "DELETE", "users/jobs/jobStatus" },
        { "POST", "users/jobs/jobCounts" },
        { "GET", "users/jobs/editJobMessage/any-job" },
        { "DELETE", "health" },
    };

    [Theory]
    [Rule(RuleCatalog.NotFound)]
    [InlineData("users/nope")]
    [InlineData("users/jobs/nope")]
    [InlineData("nope")]
    public async Task Get_UnknownRouteWithKey_Returns404(string route)
    {
        var response = await Client.GetAsync(route, RequireKey(KeyRole.Main));

        response.ShouldBeNotFound(Schemas);
    }

    [Theory]
    [Rule(RuleCatalog.RouteBeforeKey)]
    [InlineData("users/nope")]
    [InlineData("users/jobs/nope")]
    public async Task Get_UnknownRouteWithoutKey_Returns404BeforeAuthentication(string route)
    {
        var response = await Client.GetAsync(route, apiKey: null);

        response.ShouldBeNotFound(Schemas);
    }

    [Theory]
    [Rule(RuleCatalog.MethodNotAllowed)]
    [MemberData(nameof(WrongMethods))]
    public async Task Send_KnownRouteWrongMethod_Returns405(string method, string route)
    {
        var response = await Client.SendAsync(new HttpMethod(method), route, RequireKey(KeyRole.Main), query: null, body: method == "POST" ? "{}" : null);

        response.ShouldBeMethodNotAllowed(Schemas);
    }

    [Theory]
    [Rule(RuleCatalog.RouteBeforeKey)]
    [MemberData(nameof(WrongMethods))]
    public async Task Send_KnownRouteWrongMethodWithoutKey_Returns405BeforeAuthentication(string method, string route)
    {
        var response = await Client.SendAsync(new HttpMethod(method), route, apiKey: null, query: null, body: method == "POST" ? "{}" : null);

        response.ShouldBeMethodNotAllowed(Schemas);
    }
}
