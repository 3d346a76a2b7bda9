using System.Globalization;
using BuenaMock.Documents;
using BuenaMock.Jobs;
using BuenaMock.Journal;
using BuenaMock.Tests.Support;

namespace BuenaMock.Tests.Reliability;

/// <summary>
/// What a long run keeps is bounded whatever clients send: the response cache in bytes as well as in entries, the
/// journal in entries and text, the documents' cache to the files carried. Measured as live managed memory after a
/// full collection (alone, so no other test's objects count), which unlike RSS does not depend on when the GC runs.
/// </summary>
[Collection(nameof(RunsAlone))]
public sealed class BoundedMemoryTests
{
    private const long MaxGrowthBytes = 64L * 1024 * 1024;

    [Fact]
    public async Task DistinctQueriesLongPathsAndMadeUpDocuments_LiveMemoryGrowsByLessThan64MB()
    {
        await using var mock = MockHttp.Start();
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 16 }) { BaseAddress = new Uri(mock.Url + "/"), Timeout = TimeSpan.FromSeconds(10) };
        (await http.GetAsync("api/v2/users/jobs", MockHttp.FullKey)).Dispose();
        var before = LiveBytes();
        long next = 0, errors = 0;

        // Every answer a new cache key (the clock is frozen, so nothing expires by time); most are every user's jobs (about 60 KB).
        var load = Enumerable.Range(0, 16).Select(c => Task.Run(async () =>
        {
            for (var n = Interlocked.Increment(ref next); n <= 8_000; n = Interlocked.Increment(ref next))
            {
                var (path, key) = (n % 8) switch
                {
                    0 => (string.Create(CultureInfo.InvariantCulture, $"__buena/made-up-{n}-{new string('x', 2_000)}.schema.json"), null),
                    1 => (string.Create(CultureInfo.InvariantCulture, $"api/v2/no-such-route/{n}/{new string('p', 4_000)}?q={new string('q', 4_000)}"), MockHttp.FullKey),
                    2 => (string.Create(CultureInfo.InvariantCulture, $"api/v2/users/jobs?startDate={n}"), MockHttp.FullKey),
                    _ => (string.Create(CultureInfo.InvariantCulture, $"api/v2/users/jobs/jobStatus?startDate={n}"), MockHttp.GlobalKey),
                };
                using var response = await http.GetAsync(path, key);
                await response.Content.ReadAsByteArrayAsync(CancellationToken.None);
                if ((int)response.StatusCode >= 500)
                {
                    Interlocked.Increment(ref errors);
                }
            }
        })).ToArray();
        await Task.WhenAll(load).WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);

        var after = LiveBytes();
        TestContext.Current.TestOutputHelper?.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"8,000 distinct requests: live memory {before / 1048576.0:0.0} MB before, {after / 1048576.0:0.0} MB after"));
        errors.Should().Be(0);
        (after - before).Should().BeLessThan(MaxGrowthBytes, "the response cache keeps at most {0} bytes, the journal 1,000 cut entries, the documents' cache only real files", ResponseCache.MaxBytes);
        DocumentRoutes.CachedCount.Should().BeLessThanOrEqualTo(DocumentRoutes.SchemaNames().Count + 3);
    }

    [Fact]
    public void ResponseCache_ManyDistinctLargeBodies_StaysWithinMaxBytes()
    {
        var cache = new ResponseCache();
        var body = new byte[60 * 1024];

        for (var i = 0; i < 2_000; i++)
        {
            cache.GetOrAdd("jobStatus", userId: null, new JobQuery(StartDate: i), 1, TestClock.Now, () => body);
            cache.Bytes.Should().BeLessThanOrEqualTo(ResponseCache.MaxBytes);
        }

        cache.Count.Should().BePositive("it still caches");
    }

    [Fact]
    public void Journal_HugePathsAndQueries_EntriesAndTextCut()
    {
        var journal = new RequestJournal();

        for (var i = 0; i < RequestJournal.DefaultCapacity * 2; i++)
        {
            journal.Add(new JournalEntry($"req_{i}", TestClock.Now, "GET", "/" + new string('p', 40_000), new string('q', 8_000), 404, null, null, 0, null));
        }

        var kept = journal.Recent(RequestJournal.DefaultCapacity * 2);
        kept.Should().HaveCount(RequestJournal.DefaultCapacity);
        kept.Should().OnlyContain(e => e.Path.Length <= RequestJournal.MaxTextLength + 1 && e.Query.Length <= RequestJournal.MaxTextLength + 1);
    }

    private static long LiveBytes()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
