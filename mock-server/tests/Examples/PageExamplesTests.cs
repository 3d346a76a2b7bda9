using System.Diagnostics;
using System.Text;
using BuenaMock.Jobs;
using BuenaMock.Options;
using BuenaMock.Tests.Support;
using FluentAssertions;

namespace BuenaMock.Tests.Examples;

/// <summary>
/// The three client examples of the Get User Jobs page (in <c>examples/</c>, unchanged but for the base
/// URL) run against the mock and print what its data says. Skipped where node or python3 is missing.
/// </summary>
public sealed class PageExamplesTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Dashboard_AgainstMock_PrintsStatisticsAndFiveRecentJobs()
    {
        await using var mock = BuenaMockServer.Start(FrozenAtRealNow());
        var output = await RunUntil("node", "dashboard.js", mock, text => CountLines(text, " - ") >= 5);

        output.Should().Contain("Total: 60").And.Contain("📈 Success Rate:").And.Contain("🕐 Recent Jobs:");
        CountLines(output, " - ").Should().Be(5, "the dashboard lists the five newest jobs:\n" + output);
        output.Should().NotContain("Failed to fetch job data");
    }

    [Fact]
    public async Task Cleanup_AgainstMock_GroupsFailuresAndFindsRetryableOnes()
    {
        await using var mock = BuenaMockServer.Start(FrozenAtRealNow());
        var output = await RunUntil("node", "cleanup.js", mock, _ => false);

        output.Should().Contain("Failed Jobs Analysis:").And.Contain(" failures");
        output.Should().Contain("jobs might be retryable", "the mock's failures include rate-limit, timeout and network ones:\n" + output);
    }

    [Fact]
    public async Task Tracker_AgainstMock_CountsRunningJobsAndSummarisesToday()
    {
        await using var mock = BuenaMockServer.Start(FrozenAtRealNow());
        var output = await RunUntil("python3", "tracker.py", mock, _ => false);

        var running = mock.Store.JobsOf(mock.Store.Users[0].Id, mock.Clock.GetUtcNow()).Count(j => j.Status == "running");
        running.Should().BePositive();
        output.Should().Contain($"Currently running {running} jobs");
        output.Should().Contain("Today's summary: {'total': ");
    }

    // The examples compute "today" from the real clock, so the mock's data is generated around the
    // real now; frozen there, so the jobs the test counts are the jobs the script sees.
    private static BuenaMockOptions FrozenAtRealNow() => new() { Port = 0, Clock = TimeProvider.System.GetUtcNow() };

    private static int CountLines(string text, string marker) =>
        text.Split('\n').Count(l => l.Contains(marker, StringComparison.Ordinal) && (l.Contains("linkedin_action", StringComparison.Ordinal) || l.Contains("data_enrichment", StringComparison.Ordinal)));

    /// <summary>Runs an example until it exits or <paramref name="done"/> says its output is enough; returns stdout.</summary>
    private static async Task<string> RunUntil(string interpreter, string script, BuenaMockServer mock, Func<string, bool> done)
    {
        var examples = RepositoryPaths.Of("examples");
        var start = new ProcessStartInfo(interpreter, Path.Combine(examples, script))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.Environment["BUENA_BASE_URL"] = mock.BaseUrl;
        start.Environment["BUENA_USER_API_KEY"] = DefaultKeys.Full;

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Skip($"{interpreter} is not installed here");
            throw;
        }

        using (process)
        {
            var stdout = new StringBuilder();
            var stderr = new StringBuilder();
            process.OutputDataReceived += (_, e) => { lock (stdout) { stdout.AppendLine(e.Data); } };
            process.ErrorDataReceived += (_, e) => { lock (stderr) { stderr.AppendLine(e.Data); } };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();

            var deadline = DateTime.UtcNow + Timeout;
            while (!process.HasExited && DateTime.UtcNow < deadline)
            {
                string soFar;
                lock (stdout) { soFar = stdout.ToString(); }
                if (done(soFar))
                {
                    break;
                }

                await Task.Delay(100, TestContext.Current.CancellationToken);
            }

            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            await process.WaitForExitAsync(TestContext.Current.CancellationToken);
            string text, errors;
            lock (stdout) { text = stdout.ToString(); }
            lock (stderr) { errors = stderr.ToString(); }
            if (interpreter == "python3" && errors.Contains("No module named 'requests'", StringComparison.Ordinal))
            {
                Assert.Skip("the tracker example needs the Python package requests");
            }

            errors.Should().NotContain("Error", $"{script} must run cleanly against the mock; stdout:\n{text}");
            return text;
        }
    }
}
