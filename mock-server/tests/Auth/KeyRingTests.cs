using BuenaMock.Auth;
using BuenaMock.Tests.Support;

namespace BuenaMock.Tests.Auth;

public class KeyRingTests
{
    private static readonly DateTimeOffset Now = TestClock.Now;

    private static readonly ApiKey Usable = Key("bna_" + new string('a', 64));
    private static readonly ApiKey Inactive = Key("bna_" + new string('b', 64), active: false);
    private static readonly ApiKey Expired = Key("bna_" + new string('c', 64), expiresAt: Now.AddSeconds(-1));
    private static readonly ApiKey ExpiringNow = Key("bna_" + new string('d', 64), expiresAt: Now);
    private static readonly ApiKey ExpiringLater = Key("bna_" + new string('e', 64), expiresAt: Now.AddSeconds(1));

    private readonly KeyRing _ring = new([Usable, Inactive, Expired, ExpiringNow, ExpiringLater]);

    [Fact]
    public void Authenticate_KnownUsableKey_ThatKey()
    {
        _ring.Authenticate(Usable.Value, Now).Should().BeSameAs(Usable);
        _ring.Authenticate(ExpiringLater.Value, Now).Should().BeSameAs(ExpiringLater);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("bna_ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff")]
    [InlineData("BNA_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData(" bna_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    public void Authenticate_MissingOrUnknownKey_Null(string? value)
    {
        _ring.Authenticate(value, Now).Should().BeNull();
    }

    [Fact]
    public void Authenticate_DeactivatedKey_Null()
    {
        _ring.Authenticate(Inactive.Value, Now).Should().BeNull();
    }

    [Fact]
    public void Authenticate_ExpiredKey_Null()
    {
        _ring.Authenticate(Expired.Value, Now).Should().BeNull();
        _ring.Authenticate(ExpiringNow.Value, Now).Should().BeNull("a key is no longer usable at its expiry instant");
    }

    [Fact]
    public void Authenticate_KeyThatLaterExpires_UsableUntilThen()
    {
        _ring.Authenticate(ExpiringLater.Value, Now).Should().NotBeNull();
        _ring.Authenticate(ExpiringLater.Value, Now.AddSeconds(1)).Should().BeNull();
    }

    [Fact]
    public void RecordUse_EachCall_CountsOneMoreForThatKeyOnly()
    {
        _ring.UsageOf(Usable).Should().Be(0);

        _ring.RecordUse(Usable).Should().Be(1);
        _ring.RecordUse(Usable).Should().Be(2);

        _ring.UsageOf(Usable).Should().Be(2);
        _ring.UsageOf(ExpiringLater).Should().Be(0);
    }

    [Fact]
    public void Authenticate_AnyKey_DoesNotCountAUse()
    {
        _ring.Authenticate(Usable.Value, Now);

        _ring.UsageOf(Usable).Should().Be(0, "the request guard counts uses, not the lookup");
    }

    [Fact]
    public void ResetUsage_AfterUses_CountsStartAgain()
    {
        _ring.RecordUse(Usable);

        _ring.ResetUsage();

        _ring.UsageOf(Usable).Should().Be(0);
    }

    [Fact]
    public void RecordUse_ConcurrentCalls_NoUseLost()
    {
        Parallel.For(0, 1000, _ => _ring.RecordUse(Usable));

        _ring.UsageOf(Usable).Should().Be(1000);
    }

    private static ApiKey Key(string value, bool active = true, DateTimeOffset? expiresAt = null) => new()
    {
        Value = value,
        Kind = ApiKeyKind.User,
        UserId = "65e0a32640a597f6a7f897ea",
        Name = value[..8],
        Permissions = [Permissions.UsersRead],
        Active = active,
        ExpiresAt = expiresAt,
    };
}
