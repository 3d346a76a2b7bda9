using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using BuenaMock.Tests.Support;

namespace BuenaMock.Tests.Reliability;

/// <summary>
/// SIGTERM (a service manager, <c>docker stop</c>) and SIGINT (Ctrl+C) stop the built host gracefully: a request in
/// flight still gets its whole answer, the <c>--state</c> file is saved, and the process exits 0 within 5 seconds.
/// </summary>
[Collection(nameof(RunsAlone))]
public sealed partial class StoppingTests
{
    [Theory]
    [InlineData("TERM")]
    [InlineData("INT")]
    public async Task Signal_RequestInFlight_AnsweredStateSavedExit0Within5Seconds(string signal)
    {
        using var folder = new TempFolder();
        var state = Path.Combine(folder.Path, "state.json");
        using var host = ServerProcess.Start("--port", "0", "--clock", TestClock.NowText, "--state", state);
        var banner = await host.WaitForOutputAsync(o => o.Contains("Press Ctrl+C to stop.", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        using var http = new HttpClient { BaseAddress = new Uri(BaseUrl().Match(banner).Groups["url"].Value + "/"), Timeout = TimeSpan.FromSeconds(15) };
        var jobs = await http.GetJsonAsync("users/jobs", MockHttp.FullKey);
        var jobId = (string)jobs["data"]!["jobs"]![0]!["id"]!;
        var edited = "edited before " + signal;
        using (var edit = await http.SendAsync(HttpMethod.Put, $"users/jobs/editJobMessage/{jobId}", MockHttp.FullKey, JsonSerializer.Serialize(new { message = edited })))
        {
            ((int)edit.StatusCode).Should().Be(200);
        }

        // A request the server holds 2.5 s. It is in flight once the server has read it, which a loaded machine
        // may take seconds to do; a request not yet read when the server stops is refused, so the signal waits
        // until the server has given the held request its id (see ServerHasReadAsync).
        var lastId = await RequestNumberAsync(http);
        var inFlight = http.PreferAsync("users/jobs", MockHttp.FullKey, "delay=2500");
        await ServerHasReadAsync(http, lastId);
        inFlight.IsCompleted.Should().BeFalse("the request is still in flight when the signal is sent");
        var watch = Stopwatch.StartNew();
        await SendSignalAsync(host, signal);

        using var answer = await inFlight;
        ((int)answer.StatusCode).Should().Be(200, "the request in flight gets its answer");
        var body = JsonNode.Parse(await answer.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        MockHttp.MessageOf(body, jobId).Should().Be(edited, "the answer is whole");
        (await host.WaitForExitAsync(TimeSpan.FromSeconds(5))).Should().BeTrue("SIG{0} stops the server within 5 s", signal);
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5));
        host.ExitCode.Should().Be(0);
        host.StandardOutput.Should().Contain("BuenaMock is stopping.");
        host.StandardError.Should().BeEmpty();

        File.Exists(state).Should().BeTrue("the state is saved on the way out");
        File.Exists(state + ".tmp").Should().BeFalse("the save completed");
        File.ReadAllText(state).Should().Contain(edited);
        TestContext.Current.TestOutputHelper?.WriteLine(string.Create(CultureInfo.InvariantCulture, $"SIG{signal}: exited {watch.Elapsed.TotalSeconds:0.00} s after the signal"));
    }

    /// <summary>
    /// Waits until the server has read one more request than the probes sent after <paramref name="lastId"/>:
    /// request ids are handed out one by one as requests are read, so a probe whose id skips a number shows
    /// the held request has been read.
    /// </summary>
    private static async Task ServerHasReadAsync(HttpClient http, long lastId)
    {
        var deadline = Stopwatch.StartNew();
        for (var probes = 1; deadline.Elapsed < TimeSpan.FromSeconds(20); probes++)
        {
            if (await RequestNumberAsync(http) > lastId + probes)
            {
                return;
            }

            await Task.Delay(20, TestContext.Current.CancellationToken);
        }

        throw new TimeoutException("the server did not read the held request within 20 s");
    }

    /// <summary>The number in the <c>X-Request-Id</c> (<c>req_000042</c>) of a <c>GET /health</c> answer.</summary>
    private static async Task<long> RequestNumberAsync(HttpClient http)
    {
        using var health = await http.GetAsync("health", TestContext.Current.CancellationToken);
        var id = health.Headers.GetValues("X-Request-Id").Single();
        return long.Parse(id["req_".Length..], CultureInfo.InvariantCulture);
    }

    private static async Task SendSignalAsync(ServerProcess host, string signal)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", ["-" + signal, host.Id.ToString(CultureInfo.InvariantCulture)]) { UseShellExecute = false })!;
        await kill.WaitForExitAsync(TestContext.Current.CancellationToken);
        kill.ExitCode.Should().Be(0, "kill -{0} should reach the server", signal);
    }

    [GeneratedRegex(@"Base URL\s+(?<url>http://\S+/api/v2)")]
    private static partial Regex BaseUrl();
}
