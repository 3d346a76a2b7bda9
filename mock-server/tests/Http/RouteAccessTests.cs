using System.Text;
using System.Text.Json.Nodes;
using BuenaMock.Auth;
using BuenaMock.Http;
using BuenaMock.Tests.Support;

namespace BuenaMock.Tests.Http;

public class RouteAccessTests
{
    private static readonly RouteAccess UserRoute = new(Permissions.UsersRead, "Insufficient permissions for user job access") { UserKeysOnly = true };
    private static readonly RouteAccess AnyKeyRoute = new(Permissions.JobsRead, "Insufficient permissions for job access");

    [Fact]
    public void Refusal_NoKey_401()
    {
        UserRoute.Refusal(null, TestClock.Now)!.Status.Should().Be(401);
    }

    [Fact]
    public void Refusal_GlobalKeyOnAUserKeysRoute_TheBare400()
    {
        var refusal = UserRoute.Refusal(Key(ApiKeyKind.Global, []), TestClock.Now)!;

        refusal.Status.Should().Be(400);
        JsonNode.Parse(Encoding.UTF8.GetString(refusal.Body))!.AsObject().Select(p => p.Key).Should().Equal("error", "availableRoute");
    }

    [Fact]
    public void Refusal_GlobalKeyOnARouteForEveryKey_None()
    {
        AnyKeyRoute.Refusal(Key(ApiKeyKind.Global, []), TestClock.Now).Should().BeNull();
    }

    [Fact]
    public void Refusal_UserKeyWithoutThePermission_403WithTheRoutesMessageAndPermission()
    {
        var refusal = AnyKeyRoute.Refusal(Key(ApiKeyKind.User, [Permissions.UsersRead]), TestClock.Now)!;

        refusal.Status.Should().Be(403);
        var body = JsonNode.Parse(Encoding.UTF8.GetString(refusal.Body))!;
        ((string?)body["message"]).Should().Be("Insufficient permissions for job access");
        ((string?)body["permissionHelp"]!["required"]).Should().Be(Permissions.JobsRead);
    }

    [Fact]
    public void Refusal_UserKeyWithThePermission_None()
    {
        UserRoute.Refusal(Key(ApiKeyKind.User, [Permissions.UsersRead]), TestClock.Now).Should().BeNull();
    }

    private static ApiKey Key(ApiKeyKind kind, IReadOnlyList<string> permissions) => new()
    {
        Value = kind == ApiKeyKind.Global ? "abc12345-xyz789def456ghi123jkl" : "bna_" + new string('a', 64),
        Kind = kind,
        UserId = kind == ApiKeyKind.Global ? null : "65e0a32640a597f6a7f897ea",
        Name = "k",
        Permissions = permissions,
    };
}
