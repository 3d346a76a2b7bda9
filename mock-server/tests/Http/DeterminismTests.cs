using BuenaMock.Tests.Support;

namespace BuenaMock.Tests.Http;

public class DeterminismTests
{
    [Fact]
    public async Task Restart_SameSeedAndClock_ByteIdenticalBodies()
    {
        var first = await CaptureAsync(seed: 42);
        var second = await CaptureAsync(seed: 42);

        first["GET users/jobs (full)"].Length.Should().BeGreaterThan(10_000, "the bodies compared hold the generated jobs");
        second.Keys.Should().Equal(first.Keys);
        foreach (var (route, body) in first)
        {
            second[route].Should().Equal(body, "{0} must answer the same bytes after a restart", route);
        }
    }

    [Fact]
    public async Task Restart_DifferentSeed_DifferentBodies()
    {
        var seed42 = await CaptureAsync(seed: 42);
        var seed43 = await CaptureAsync(seed: 43);

        seed43["GET users/jobs (full)"].Should().NotEqual(seed42["GET users/jobs (full)"]);
        seed43["GET users/jobs/jobStatus (global)"].Should().NotEqual(seed42["GET users/jobs/jobStatus (global)"]);
    }

    private static async Task<Dictionary<string, byte[]>> CaptureAsync(int seed)
    {
        await using var mock = MockHttp.Start(seed);
        using var client = MockHttp.Client(mock);
        var thirdUser = mock.Store.Users[2].Id;
        (string Path, string Name, string? Key)[] routes =
        [
            ("users/jobs", "full", MockHttp.FullKey),
            ("users/jobs?status=completed&type=linkedin_action", "full", MockHttp.FullKey),
            ("users/jobs?startDate=1768392000&endDate=1768478400", "full", MockHttp.FullKey),
            ("users/jobs/jobStatus", "global", MockHttp.GlobalKey),
            ("users/jobs/jobStatus", "full", MockHttp.FullKey),
            ("users/jobs/jobCounts", "global", MockHttp.GlobalKey),
            ($"users/jobs/userJobStatus/{thirdUser}", "global", MockHttp.GlobalKey),
            ("health", "full", MockHttp.FullKey),
            ("users/jobs", "no key", null),
            ("no/such/route", "no key", null),
        ];

        var bodies = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (path, name, key) in routes)
        {
            bodies[$"GET {path.Replace(thirdUser, "{third user}", StringComparison.Ordinal)} ({name})"] = await client.GetBytesAsync(path, key);
        }

        return bodies;
    }
}
