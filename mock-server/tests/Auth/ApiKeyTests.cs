using BuenaMock.Auth;

namespace BuenaMock.Tests.Auth;

public class ApiKeyTests
{
    [Theory]
    [InlineData("bna_1111111111111111111111111111111111111111111111111111111111111111", "bna_1111…")]
    [InlineData("abc12345-xyz789def456ghi123jkl", "abc12345…")]
    public void Redact_DocumentedKeyFormats_First8CharactersAndEllipsis(string key, string expected)
    {
        ApiKey.Redact(key).Should().Be(expected);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Redact_NoKey_None(string? key)
    {
        ApiKey.Redact(key).Should().Be("(none)");
    }

    [Fact]
    public void Has_UserKey_OnlyItsPermissions()
    {
        var key = UserKey([Permissions.UsersRead]);

        key.Has(Permissions.UsersRead).Should().BeTrue();
        key.Has(Permissions.JobsUpdate).Should().BeFalse();
    }

    [Fact]
    public void Has_WildcardOrGlobalKey_EveryPermission()
    {
        UserKey([Permissions.Wildcard]).Has(Permissions.JobsUpdate).Should().BeTrue();
        new ApiKey { Value = "abc12345-xyz789def456ghi123jkl", Kind = ApiKeyKind.Global, Name = "g", Permissions = [] }
            .Has(Permissions.JobsUpdate).Should().BeTrue();
    }

    private static ApiKey UserKey(IReadOnlyList<string> permissions) => new()
    {
        Value = "bna_" + new string('a', 64),
        Kind = ApiKeyKind.User,
        UserId = "65e0a32640a597f6a7f897ea",
        Name = "k",
        Permissions = permissions,
    };
}
