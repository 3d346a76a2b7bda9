using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using BuenaMock.Tests.Support;

namespace BuenaMock.Tests.Reliability;

/// <summary>
/// <c>PUT editJobMessage</c> over HTTP from 32 writers on 32 jobs and 64 writers on one job, all at once, while
/// readers read: every acknowledged edit is visible afterwards, the contended job ends on exactly one of the values
/// written to it, and every read sees whole jobs (schema-valid, every message one that was really there) with
/// statistics that describe exactly the jobs of the same body.
/// </summary>
public sealed class ConcurrencyTests
{
    private const int SpreadWriters = 32;
    private const int EditsPerSpreadWriter = 8;
    private const int ContendedWriters = 64;
    private const int Readers = 6;

    [Fact]
    public async Task EditJobMessage_ManyWritersAtOnce_EveryAcknowledgedEditVisibleAndReadsWhole()
    {
        await using var mock = MockHttp.Start();
        var jobs = mock.Store.JobsOf(mock.Store.Users[0].Id, TestClock.Now);
        jobs.Count.Should().BeGreaterThan(SpreadWriters, "each spread writer needs its own job, and one more is contended");
        var spread = jobs.Take(SpreadWriters).Select(j => j.Id).ToArray();
        var contended = jobs[SpreadWriters].Id;

        // Every value a read may legitimately see for each job: its first message, or one written to it.
        var allowed = jobs.ToDictionary(j => j.Id, j => new ConcurrentDictionary<string, bool>(StringComparer.Ordinal) { [j.Message] = true }, StringComparer.Ordinal);
        for (var w = 0; w < SpreadWriters; w++)
        {
            for (var e = 0; e < EditsPerSpreadWriter; e++)
            {
                allowed[spread[w]][SpreadMessage(w, e)] = true;
            }
        }

        for (var w = 0; w < ContendedWriters; w++)
        {
            allowed[contended][ContendedMessage(w)] = true;
        }

        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256 }) { BaseAddress = new Uri(mock.BaseUrl + "/"), Timeout = TimeSpan.FromSeconds(20) };
        using var start = new SemaphoreSlim(0);
        var lastAcknowledged = new string?[SpreadWriters];
        var contendedAcknowledged = new ConcurrentBag<string>();
        var failures = new ConcurrentQueue<string>();
        var writing = 0;
        var reads = 0;

        var spreadWriters = Enumerable.Range(0, SpreadWriters).Select(w => Task.Run(async () =>
        {
            await start.WaitAsync(TestContext.Current.CancellationToken);
            for (var e = 0; e < EditsPerSpreadWriter; e++)
            {
                if (await EditAsync(http, spread[w], SpreadMessage(w, e), failures))
                {
                    lastAcknowledged[w] = SpreadMessage(w, e);
                }
            }
        })).ToArray();
        var contendedWriters = Enumerable.Range(0, ContendedWriters).Select(w => Task.Run(async () =>
        {
            await start.WaitAsync(TestContext.Current.CancellationToken);
            if (await EditAsync(http, contended, ContendedMessage(w), failures))
            {
                contendedAcknowledged.Add(ContendedMessage(w));
            }
        })).ToArray();
        var writers = spreadWriters.Concat(contendedWriters).ToArray();
        Interlocked.Exchange(ref writing, 1);
        var readers = Enumerable.Range(0, Readers).Select(r => Task.Run(async () =>
        {
            // Each reader reads at least twice, and on until every writer is done.
            for (var n = 0; n < 2 || Volatile.Read(ref writing) == 1; n++)
            {
                var route = r % 2 == 0 ? "users/jobs" : "users/jobs/jobStatus";
                await CheckReadAsync(http, route, allowed, failures);
                Interlocked.Increment(ref reads);
            }
        })).ToArray();

        start.Release(SpreadWriters + ContendedWriters);
        await Task.WhenAll(writers).WaitAsync(TimeSpan.FromSeconds(20), TestContext.Current.CancellationToken);
        Interlocked.Exchange(ref writing, 0);
        await Task.WhenAll(readers).WaitAsync(TimeSpan.FromSeconds(20), TestContext.Current.CancellationToken);

        failures.Should().BeEmpty();
        TestContext.Current.TestOutputHelper?.WriteLine($"{SpreadWriters * EditsPerSpreadWriter + ContendedWriters} edits, {reads} reads during them");
        var after = await http.GetJsonAsync("users/jobs", MockHttp.FullKey);
        for (var w = 0; w < SpreadWriters; w++)
        {
            lastAcknowledged[w].Should().Be(SpreadMessage(w, EditsPerSpreadWriter - 1), "every edit of writer {0} was acknowledged", w);
            MockHttp.MessageOf(after, spread[w]).Should().Be(lastAcknowledged[w], "the last acknowledged edit of job {0} is the one visible", spread[w]);
        }

        contendedAcknowledged.Should().HaveCount(ContendedWriters, "every contended edit was acknowledged");
        var final = MockHttp.MessageOf(after, contended);
        contendedAcknowledged.Should().Contain(final, "the contended job ends on exactly one of the values written to it");
        mock.Store.Find(contended, TestClock.Now)!.Message.Should().Be(final);
    }

    private static string SpreadMessage(int writer, int edit) => string.Create(CultureInfo.InvariantCulture, $"writer {writer:D2} edit {edit} {new string((char)('a' + (writer % 26)), 200)}");

    private static string ContendedMessage(int writer) => string.Create(CultureInfo.InvariantCulture, $"contended by writer {writer:D2} {new string((char)('A' + (writer % 26)), 500)}");

    private static async Task<bool> EditAsync(HttpClient http, string jobId, string message, ConcurrentQueue<string> failures)
    {
        using var response = await http.SendAsync(HttpMethod.Put, $"users/jobs/editJobMessage/{jobId}", MockHttp.FullKey, JsonSerializer.Serialize(new { message }));
        if ((int)response.StatusCode != 200)
        {
            failures.Enqueue($"PUT {jobId} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            return false;
        }

        var job = (await response.ReadJsonAsync())["data"]!["job"]!;
        if ((string?)job["message"] != message)
        {
            failures.Enqueue($"PUT {jobId} acknowledged another message: {job["message"]}");
        }

        return true;
    }

    private static async Task CheckReadAsync(HttpClient http, string route, Dictionary<string, ConcurrentDictionary<string, bool>> allowed, ConcurrentQueue<string> failures)
    {
        using var response = await http.GetAsync(route, MockHttp.FullKey);
        var text = await response.Content.ReadAsStringAsync();
        if ((int)response.StatusCode != 200)
        {
            failures.Enqueue($"GET {route} answered {(int)response.StatusCode}: {text}");
            return;
        }

        try
        {
            await SchemaAssert.ValidAsync(text, route == "users/jobs" ? "jobs-response.schema.json" : "job-status-response.schema.json");
        }
#pragma warning disable CA1031 // Collected and reported with the others.
        catch (Exception e)
#pragma warning restore CA1031
        {
            failures.Enqueue($"GET {route}: {e.Message}");
            return;
        }

        var data = JsonNode.Parse(text)!["data"]!;
        var jobs = data["jobs"]!.AsArray();
        foreach (var job in jobs)
        {
            var id = (string)job!["id"]!;
            var message = (string)job["message"]!;
            if (allowed.TryGetValue(id, out var values) && !values.ContainsKey(message))
            {
                failures.Enqueue($"GET {route}: job {id} has a message nobody wrote: {message}");
            }
        }

        var statistics = data["statistics"]!;
        int Count(string status) => jobs.Count(j => (string?)j!["status"] == status);
        var (completed, failed) = (Count("completed"), Count("failed"));
        var expected = new
        {
            total = jobs.Count,
            pending = Count("pending"),
            running = Count("running"),
            completed,
            failed,
            successRate = completed + failed == 0 ? 0 : Math.Round(completed * 100.0 / (completed + failed), 1, MidpointRounding.AwayFromZero),
        };
        var actual = new
        {
            total = (int)statistics["total"]!,
            pending = (int)statistics["pending"]!,
            running = (int)statistics["running"]!,
            completed = (int)statistics["completed"]!,
            failed = (int)statistics["failed"]!,
            successRate = (double)statistics["successRate"]!,
        };
        if (!actual.Equals(expected))
        {
            failures.Enqueue($"GET {route}: statistics {actual} do not describe the {jobs.Count} jobs of the same body ({expected})");
        }
    }
}
