using BuenaMock.Jobs;
using BuenaMock.Tests.Support;

namespace BuenaMock.Tests.Jobs;

public sealed class ResponseCacheTests
{
    [Fact]
    public void GetOrAdd_SameKey_BuildsOnce()
    {
        var cache = new ResponseCache();
        var builds = 0;

        var first = cache.GetOrAdd("jobs", TestJobs.UserA, new JobQuery(Status: "failed"), 1, TestClock.Now, () => [(byte)++builds]);
        var second = cache.GetOrAdd("jobs", TestJobs.UserA, new JobQuery(Status: "failed"), 1, TestClock.Now.AddMilliseconds(500), () => [(byte)++builds]);

        builds.Should().Be(1);
        second.Should().BeSameAs(first);
    }

    [Theory]
    [InlineData(2, 0, null)]
    [InlineData(1, 1, null)]
    [InlineData(1, 0, "running")]
    public void GetOrAdd_NewVersionSecondOrFilter_BuildsAgain(long version, int seconds, string? status)
    {
        var cache = new ResponseCache();
        cache.GetOrAdd("jobs", TestJobs.UserA, new JobQuery(Status: "failed"), 1, TestClock.Now, () => [1]);

        var body = cache.GetOrAdd("jobs", TestJobs.UserA, new JobQuery(Status: status ?? "failed"), version, TestClock.Now.AddSeconds(seconds), () => [2]);

        body.Should().Equal(2);
    }

    [Fact]
    public void GetOrAdd_ManyDistinctQueries_StaysWithinCapacity()
    {
        var cache = new ResponseCache();

        for (var i = 0; i < ResponseCache.Capacity * 3; i++)
        {
            cache.GetOrAdd("jobs", TestJobs.UserA, new JobQuery(StartDate: i), 1, TestClock.Now, () => [0]);
        }

        cache.Count.Should().BeLessThanOrEqualTo(ResponseCache.Capacity);
    }

    [Fact]
    public void GetOrAdd_NewerSecond_DropsEveryOlderEntry()
    {
        var cache = new ResponseCache();
        cache.GetOrAdd("jobs", TestJobs.UserA, JobQuery.All, 1, TestClock.Now, () => [1]);
        cache.GetOrAdd("jobs", TestJobs.UserB, JobQuery.All, 1, TestClock.Now, () => [1]);

        cache.GetOrAdd("jobs", TestJobs.UserA, JobQuery.All, 1, TestClock.Now.AddSeconds(1), () => [2]);

        cache.Count.Should().Be(1, "entries of an earlier second can never be asked for again");
    }
}
