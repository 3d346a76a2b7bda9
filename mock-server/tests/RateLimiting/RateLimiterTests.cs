using BuenaMock.RateLimiting;


namespace BuenaMock.Tests.RateLimiting;

public class RateLimiterTests
{
    // 2026-01-15T12:00:00Z: a whole minute, hour and day, so the windows start here.
    private static readonly DateTimeOffset Start = new(2026, 1, 15, 12, 0, 0, TimeSpan.Zero);
    private static readonly long StartUnix = Start.ToUnixTimeSeconds();

    [Fact]
    public void Hit_Off_ReturnsNull()
    {
        var limiter = new RateLimiter(null);

        limiter.Hit("a", Start).Should().BeNull();
        limiter.Peek("a", Start).Should().BeNull();
        limiter.Enabled.Should().BeFalse();
    }

    [Fact]
    public void Hit_UnderTheMinuteLimit_AllowedAndCountsDown()
    {
        var limiter = new RateLimiter(new RateLimitPolicy(3, 100, 1000));

        var first = limiter.Hit("a", Start)!.Value;
        var second = limiter.Hit("a", Start.AddSeconds(10))!.Value;

        first.Allowed.Should().BeTrue();
        first.Window.Should().Be(new RateLimitWindow("minute", 3, 2, StartUnix + 60));
        second.Window.Remaining.Should().Be(1);
    }

    [Fact]
    public void Hit_OverTheMinuteLimit_RefusedWithTheMinuteWindow()
    {
        var limiter = new RateLimiter(new RateLimitPolicy(2, 100, 1000));
        limiter.Hit("a", Start);
        limiter.Hit("a", Start);

        var refused = limiter.Hit("a", Start.AddSeconds(59))!.Value;

        refused.Allowed.Should().BeFalse();
        refused.Window.Should().Be(new RateLimitWindow("minute", 2, 0, StartUnix + 60));
    }

    [Fact]
    public void Hit_NextMinute_AllowedAgain()
    {
        var limiter = new RateLimiter(new RateLimitPolicy(1, 100, 1000));
        limiter.Hit("a", Start);
        limiter.Hit("a", Start.AddSeconds(30))!.Value.Allowed.Should().BeFalse();

        var next = limiter.Hit("a", Start.AddSeconds(60))!.Value;

        next.Allowed.Should().BeTrue();
        next.Window.Reset.Should().Be(StartUnix + 120);
    }

    [Fact]
    public void Hit_RefusedRequests_AreNotCounted()
    {
        var limiter = new RateLimiter(new RateLimitPolicy(2, 3, 1000));
        limiter.Hit("a", Start);
        limiter.Hit("a", Start);
        for (var i = 0; i < 10; i++)
        {
            limiter.Hit("a", Start.AddSeconds(1))!.Value.Allowed.Should().BeFalse();
        }

        // The hour saw 2 allowed requests, not 12: one more fits in the next minute.
        var nextMinute = limiter.Hit("a", Start.AddMinutes(1))!.Value;

        nextMinute.Allowed.Should().BeTrue();
        nextMinute.Window.Should().Be(new RateLimitWindow("hour", 3, 0, StartUnix + 3600));
    }

    [Fact]
    public void Hit_HourExhausted_RefusedUntilTheHourResets()
    {
        var limiter = new RateLimiter(new RateLimitPolicy(10, 2, 1000));
        limiter.Hit("a", Start);
        limiter.Hit("a", Start.AddMinutes(5));

        var refused = limiter.Hit("a", Start.AddMinutes(30))!.Value;
        var afterReset = limiter.Hit("a", Start.AddHours(1))!.Value;

        refused.Allowed.Should().BeFalse();
        refused.Window.Should().Be(new RateLimitWindow("hour", 2, 0, StartUnix + 3600));
        afterReset.Allowed.Should().BeTrue();
    }

    [Fact]
    public void Hit_DayAndMinuteExhausted_ReportsTheDayWhichResetsLast()
    {
        var limiter = new RateLimiter(new RateLimitPolicy(1, 10, 1));
        limiter.Hit("a", Start);

        var refused = limiter.Hit("a", Start.AddSeconds(1))!.Value;

        refused.Allowed.Should().BeFalse();
        refused.Window.Window.Should().Be("day");
        refused.Window.Reset.Should().Be(StartUnix - (StartUnix % 86_400) + 86_400);
    }

    [Fact]
    public void Hit_AllowedRequest_ReportsTheWindowClosestToItsLimit()
    {
        var limiter = new RateLimiter(new RateLimitPolicy(60, 4, 10_000));

        var window = limiter.Hit("a", Start)!.Value.Window;

        window.Should().Be(new RateLimitWindow("hour", 4, 3, StartUnix + 3600));
    }

    [Fact]
    public void Hit_TwoKeys_NeverShareABudget()
    {
        var limiter = new RateLimiter(new RateLimitPolicy(1, 100, 1000));
        limiter.Hit("a", Start);
        limiter.Hit("a", Start)!.Value.Allowed.Should().BeFalse();

        var other = limiter.Hit("b", Start)!.Value;

        other.Allowed.Should().BeTrue();
        other.Window.Remaining.Should().Be(0);
    }

    [Fact]
    public void Peek_DoesNotCount()
    {
        var limiter = new RateLimiter(new RateLimitPolicy(2, 100, 1000));
        limiter.Hit("a", Start);

        limiter.Peek("a", Start).Should().Be(new RateLimitWindow("minute", 2, 1, StartUnix + 60));
        limiter.Peek("a", Start).Should().Be(new RateLimitWindow("minute", 2, 1, StartUnix + 60));
        limiter.Peek("never-seen", Start)!.Remaining.Should().Be(2);
        limiter.Hit("a", Start)!.Value.Allowed.Should().BeTrue();
    }

    [Fact]
    public void Replace_NewPolicy_ForgetsEveryCount()
    {
        var limiter = new RateLimiter(new RateLimitPolicy(1, 100, 1000));
        limiter.Hit("a", Start);

        limiter.Replace(new RateLimitPolicy(5, 100, 1000));

        limiter.Hit("a", Start)!.Value.Window.Remaining.Should().Be(4);
        limiter.Policy.Should().Be(new RateLimitPolicy(5, 100, 1000));
    }

    [Fact]
    public void Replace_Null_TurnsLimitingOff()
    {
        var limiter = new RateLimiter(RateLimitPolicy.Documented);

        limiter.Replace(null);

        limiter.Enabled.Should().BeFalse();
        limiter.Hit("a", Start).Should().BeNull();
    }

    [Fact]
    public async Task Hit_ConcurrentRequests_AllowExactlyTheLimit()
    {
        var limiter = new RateLimiter(new RateLimitPolicy(50, 1000, 10_000));

        var results = await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => Task.Run(() => limiter.Hit("a", Start)!.Value.Allowed)));

        results.Count(allowed => allowed).Should().Be(50);
    }
}
