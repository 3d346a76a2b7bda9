using System.Text;
using BuenaMock.Options;
using BuenaMock.Tests.Support;
using FluentAssertions;

namespace BuenaMock.Tests.Golden;

/// <summary>
/// The mock's answers for seed 42 and a pinned clock, compared byte for byte with
/// <c>fixtures/golden/</c>, so an accidental change to generated data fails here. After an intended
/// change, regenerate with <c>BUENAMOCK_UPDATE_GOLDEN=1 dotnet test mock-server/tests --filter Golden</c>
/// and review the diff.
/// </summary>
public sealed class GoldenDataHttpTests
{
    /// <summary>File name, key, path and query: a handful of reads that cover every body shape.</summary>
    public static TheoryData<string, string, string> Cases => new()
    {
        { "users-jobs.json", DefaultKeys.Full, "users/jobs" },
        { "users-jobs-failed.json", DefaultKeys.Full, "users/jobs?status=failed" },
        { "users-jobs-enrichment-last-day.json", DefaultKeys.Full, "users/jobs?type=data_enrichment&startDate=1768392000" },
        { "user-job-status-third-user.json", DefaultKeys.Global, "users/jobs/userJobStatus/{user2}" },
        { "job-status-all-users-running.json", DefaultKeys.Global, "users/jobs/jobStatus?status=running" },
        { "job-counts.json", DefaultKeys.Full, "users/jobs/jobCounts" },
        { "health.json", DefaultKeys.Full, "health" },
        { "validation-error.json", DefaultKeys.Full, "users/jobs?startDate=2&endDate=1" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Response_Seed42PinnedClock_MatchesGoldenFile(string file, string key, string pathAndQuery)
    {
        await using var mock = BuenaMockServer.Start(new BuenaMockOptions { Port = 0, Seed = 42, Clock = TestClock.Now });
        using var client = new HttpClient();
        var url = mock.BaseUrl + "/" + pathAndQuery.Replace("{user2}", mock.Store.Users[2].Id, StringComparison.Ordinal);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("x-api-key", key);
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        var actual = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);

        var path = RepositoryPaths.Of("fixtures", "golden", file);
        if (Environment.GetEnvironmentVariable("BUENAMOCK_UPDATE_GOLDEN") == "1")
        {
            await File.WriteAllBytesAsync(path, actual, TestContext.Current.CancellationToken);
            return;
        }

        File.Exists(path).Should().BeTrue($"{path} holds the expected answer; create it with BUENAMOCK_UPDATE_GOLDEN=1");
        var expected = await File.ReadAllBytesAsync(path, TestContext.Current.CancellationToken);
        Encoding.UTF8.GetString(actual).Should().Be(
            Encoding.UTF8.GetString(expected),
            $"GET {pathAndQuery} with seed 42 at {TestClock.NowText} must answer what {file} holds; if the change is intended, regenerate with BUENAMOCK_UPDATE_GOLDEN=1");
        actual.Should().Equal(expected);
    }
}
