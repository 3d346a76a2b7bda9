using BuenaMock.Simulation;
using BuenaMock.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace BuenaMock.Tests.Simulation;

public class VirtualClockTests
{
    private readonly FakeTimeProvider _real = new(new DateTimeOffset(2030, 6, 1, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public void GetUtcNow_PinnedAndFrozen_StaysAtTheStartWhateverRealTimeDoes()
    {
        var clock = new VirtualClock(_real, TestClock.Now, scale: 0);

        _real.Advance(TimeSpan.FromHours(3));

        clock.GetUtcNow().Should().Be(TestClock.Now);
    }

    [Fact]
    public void GetUtcNow_PinnedAndRunning_MovesWithRealTime()
    {
        var clock = new VirtualClock(_real, TestClock.Now, scale: 1);

        _real.Advance(TimeSpan.FromSeconds(90));

        clock.GetUtcNow().Should().Be(TestClock.Now.AddSeconds(90));
    }

    [Fact]
    public void GetUtcNow_Scaled_RunsThatManyTimesFaster()
    {
        var clock = new VirtualClock(_real, TestClock.Now, scale: 60);

        _real.Advance(TimeSpan.FromSeconds(2));

        clock.GetUtcNow().Should().Be(TestClock.Now.AddMinutes(2));
    }

    [Fact]
    public void GetUtcNow_NoStart_FollowsTheSource()
    {
        var clock = new VirtualClock(_real, start: null, scale: 1);

        _real.Advance(TimeSpan.FromMinutes(5));

        clock.GetUtcNow().Should().Be(_real.GetUtcNow());
    }

    [Fact]
    public void Advance_Forward_MovesTheClock()
    {
        var clock = new VirtualClock(_real, TestClock.Now, scale: 0);

        clock.Advance(TimeSpan.FromDays(1)).Should().Be(TestClock.Now.AddDays(1));

        clock.GetUtcNow().Should().Be(TestClock.Now.AddDays(1));
    }

    [Fact]
    public void Advance_Backwards_Throws()
    {
        var clock = new VirtualClock(_real, TestClock.Now, scale: 0);

        var act = () => clock.Advance(TimeSpan.FromSeconds(-1));

        act.Should().Throw<ArgumentOutOfRangeException>();
        clock.GetUtcNow().Should().Be(TestClock.Now);
    }

    [Fact]
    public void TrySet_PastInstant_FalseAndUnchanged()
    {
        var clock = new VirtualClock(_real, TestClock.Now, scale: 0);

        clock.TrySet(TestClock.Now.AddSeconds(-1)).Should().BeFalse();

        clock.GetUtcNow().Should().Be(TestClock.Now);
    }

    [Fact]
    public void TrySet_FutureInstant_TrueAndSet()
    {
        var clock = new VirtualClock(_real, TestClock.Now, scale: 1);

        clock.TrySet(TestClock.Now.AddHours(1)).Should().BeTrue();
        _real.Advance(TimeSpan.FromSeconds(10));

        clock.GetUtcNow().Should().Be(TestClock.Now.AddHours(1).AddSeconds(10));
    }

    [Fact]
    public void Constructor_NegativeScale_Throws()
    {
        var act = () => new VirtualClock(_real, TestClock.Now, scale: -1);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
