using BuenaMock.Auth;
using BuenaMock.Jobs;
using BuenaMock.Options;

namespace BuenaMock.Tests.Auth;

public class KeyFactoryTests
{
    private static readonly User[] ThreeUsers =
    [
        new() { Id = DataSet.DocumentedUserId, Name = "First" },
        new() { Id = "bbbbbbbbbbbbbbbbbbbbbbbb", Name = "Second" },
        new() { Id = "cccccccccccccccccccccccc", Name = "Third" },
    ];

    [Fact]
    public void Create_DefaultKeysThreeUsers_EveryKeyBoundToItsUser()
    {
        var keys = KeyFactory.Create(DefaultKeys.Create(), ThreeUsers);

        keys.Select(k => (k.Value, k.Kind, k.UserId)).Should().Equal(
            (DefaultKeys.Full, ApiKeyKind.User, DataSet.DocumentedUserId),
            (DefaultKeys.Limited, ApiKeyKind.User, DataSet.DocumentedUserId),
            (DefaultKeys.Other, ApiKeyKind.User, "bbbbbbbbbbbbbbbbbbbbbbbb"),
            (DefaultKeys.Global, ApiKeyKind.Global, null));
        keys[0].Permissions.Should().Equal("users:read", "jobs:read", "jobs:update", "linkedin:schedule");
    }

    [Fact]
    public void Create_UserIndexBeyondTheUsers_KeyLeftOut()
    {
        var keys = KeyFactory.Create(DefaultKeys.Create(), ThreeUsers[..1]);

        keys.Select(k => k.Value).Should().Equal(DefaultKeys.Full, DefaultKeys.Limited, DefaultKeys.Global);
    }

    [Fact]
    public void Create_UnknownUserId_OptionsExceptionNamingTheEntry()
    {
        ApiKeyOptions[] configured =
        [
            new() { Key = "bna_" + new string('a', 64), UserIndex = 7 },
            new() { Key = "bna_" + new string('b', 64), User = "dddddddddddddddddddddddd" },
        ];

        var act = () => KeyFactory.Create(configured, ThreeUsers);

        act.Should().Throw<OptionsException>().Which.Problems.Should().Equal(
            "keys[1].user \"dddddddddddddddddddddddd\": no such user (set userIds, or use userIndex)");
    }

    [Fact]
    public void Create_UserById_BoundToThatUser()
    {
        var keys = KeyFactory.Create([new() { Key = "bna_" + new string('a', 64), User = "cccccccccccccccccccccccc" }], ThreeUsers);

        keys.Should().ContainSingle().Which.UserId.Should().Be("cccccccccccccccccccccccc");
    }

    [Fact]
    public void Create_GlobalKey_EveryPermissionNoUserDefaultName()
    {
        var keys = KeyFactory.Create([new() { Key = DefaultKeys.Global, Kind = "global", Permissions = ["users:read"] }], ThreeUsers);

        var key = keys.Should().ContainSingle().Subject;
        key.Kind.Should().Be(ApiKeyKind.Global);
        key.UserId.Should().BeNull();
        key.Permissions.Should().Equal("*");
        key.Name.Should().Be("Global key");
    }

    [Fact]
    public void Create_UserKeySettings_CarriedOver()
    {
        var expiry = new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero);

        var key = KeyFactory.Create(
            [new() { Key = "bna_" + new string('a', 64), UserIndex = 2, Permissions = ["jobs:read"], Active = false, ExpiresAt = expiry }],
            ThreeUsers).Single();

        key.Should().BeEquivalentTo(new
        {
            Kind = ApiKeyKind.User,
            UserId = "cccccccccccccccccccccccc",
            Name = "User key",
            Permissions = new[] { "jobs:read" },
            Active = false,
            ExpiresAt = (DateTimeOffset?)expiry,
        });
    }
}
