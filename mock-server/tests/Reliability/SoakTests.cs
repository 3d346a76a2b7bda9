using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using BuenaMock.Tests.Support;

namespace BuenaMock.Tests.Reliability;

/// <summary>
/// The built host as a separate process, under 64 concurrent connections on <c>GET /api/v2/users/jobs</c> for
/// <c>BUENAMOCK_SOAK_SECONDS</c> (default 20): zero errors, RSS under 300 MB and flat, normal answers afterwards.
/// </summary>
[Collection(nameof(RunsAlone))]
public sealed partial class SoakTests
{
    public const string SecondsVariable = "BUENAMOCK_SOAK_SECONDS";
    private const int Connections = 64;
    private const long MaxRssKb = 300 * 1024;
    private const long MaxGrowthKb = 50 * 1024;

    [Fact]
    public async Task JobsRoute_64ConnectionsForTheSoakDuration_NoErrorsAndFlatMemory()
    {
        var seconds = int.TryParse(Environment.GetEnvironmentVariable(SecondsVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var s) && s > 0 ? s : 20;
        var output = TestContext.Current.TestOutputHelper!;
        using var host = ServerProcess.Start("--port", "0");
        var banner = await host.WaitForOutputAsync(o => o.Contains("Press Ctrl+C to stop.", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        var baseUrl = BaseUrl().Match(banner).Groups["url"].Value;
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Connections, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
        {
            BaseAddress = new Uri(baseUrl + "/"),
            Timeout = TimeSpan.FromSeconds(10),
        };

        var samples = new List<(double At, long RssKb)>();
        long requests = 0, errors = 0;
        string? firstError = null;
        var clock = Stopwatch.StartNew();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        var load = Enumerable.Range(0, Connections).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    using var response = await http.GetAsync("users/jobs", MockHttp.FullKey);
                    var body = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
                    if ((int)response.StatusCode != 200 || body.Length == 0 || body[0] != '{')
                    {
                        Interlocked.CompareExchange(ref firstError, $"{(int)response.StatusCode}: {System.Text.Encoding.UTF8.GetString(body.AsSpan(0, Math.Min(body.Length, 200)))}", null);
                        Interlocked.Increment(ref errors);
                    }
                }
#pragma warning disable CA1031 // Every failed request counts as an error; the first is reported.
                catch (Exception e)
#pragma warning restore CA1031
                {
                    Interlocked.CompareExchange(ref firstError, e.Message, null);
                    Interlocked.Increment(ref errors);
                }

                Interlocked.Increment(ref requests);
            }
        })).ToArray();

        while (!stop.IsCancellationRequested)
        {
            samples.Add((clock.Elapsed.TotalSeconds, RssKb(host.Id)));
            await Task.Delay(500, CancellationToken.None);
        }

        await Task.WhenAll(load).WaitAsync(TimeSpan.FromSeconds(15), TestContext.Current.CancellationToken);
        var elapsed = clock.Elapsed.TotalSeconds;
        samples.Add((elapsed, RssKb(host.Id)));

        var third = samples.Count / 3;
        var firstThirdMax = samples.Take(third).Max(x => x.RssKb);
        var lastThirdMax = samples.Skip(samples.Count - third).Max(x => x.RssKb);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"soak: {seconds} s, {Connections} connections, {requests} requests ({requests / elapsed:0} req/s), {errors} errors"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"RSS: max {samples.Max(x => x.RssKb) / 1024.0:0.0} MB; first third max {firstThirdMax / 1024.0:0.0} MB, last third max {lastThirdMax / 1024.0:0.0} MB"));
        output.WriteLine("RSS samples (s: MB): " + string.Join(", ", samples.Select(x => string.Create(CultureInfo.InvariantCulture, $"{x.At:0.0}: {x.RssKb / 1024.0:0.0}"))));

        errors.Should().Be(0, "no request fails under load (first: {0})", firstError);
        requests.Should().BePositive();
        samples.Max(x => x.RssKb).Should().BeLessThan(MaxRssKb, "the server stays under 300 MB");
        lastThirdMax.Should().BeLessThanOrEqualTo(firstThirdMax + MaxGrowthKb, "memory is flat: every journal and cache is bounded");

        using var health = await http.GetAsync("health", key: null);
        ((int)health.StatusCode).Should().Be(200, "the server answers normally afterwards");
        using var jobs = await http.GetAsync("users/jobs?status=failed", MockHttp.FullKey);
        ((int)jobs.StatusCode).Should().Be(200);
        host.HasExited.Should().BeFalse();
        (host.StandardOutput + host.StandardError).Should().NotContainAny(["warn:", "fail:", "crit:"], "nothing was logged as a warning or an error");
    }

    /// <summary>VmRSS of the process, in kB, from /proc.</summary>
    private static long RssKb(int pid)
    {
        var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"Base URL\s+(?<url>http://\S+/api/v2)")]
    private static partial Regex BaseUrl();
}
