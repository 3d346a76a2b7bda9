using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using BuenaMock.Auth;
using BuenaMock.Tests.Support;

namespace BuenaMock.Tests.Reliability;

/// <summary>
/// Keys never appear whole in the server's output (stdout and stderr, warnings and errors included), in the
/// request journal or in recordings: at most their first 8 characters (half of a short key), then "…".
/// </summary>
public sealed partial class SecretsTests
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Keys as clients send them: well-formed and not, known to the server or not (none of them the public development keys).</summary>
    private static readonly string[] Secrets =
    [
        "bna_" + new string('c', 64),
        "bna_" + new string('C', 64),
        "zz-secret-global-key-0123456789",
        "short1234",
        "bna_" + new string('d', 4_000),
        "padded-secret-key-abcdef",
    ];

    [Fact]
    public async Task Proxy_UpstreamDown_WarningsJournalAndOutputHoldNoWholeKey()
    {
        using var host = ServerProcess.Start("--port", "0", "--proxy", $"http://127.0.0.1:{ClosedPort()}/api/v2");
        using var http = await ClientAsync(host);

        foreach (var key in Secrets)
        {
            await SendEveryKindAsync(http, key);
        }

        var journal = await http.GetStringAsync(new Uri(http.BaseAddress!, "/__buena/requests"), TestContext.Current.CancellationToken);
        await StopAsync(host);

        var output = host.StandardOutput + host.StandardError;
        output.Should().Contain("warn:").And.Contain("Upstream 127.0.0.1").And.Contain("(key bna_cccc…)", "each failure is logged, with the key redacted");
        ShouldHoldNoWholeKey("the output", output);
        ShouldHoldNoWholeKey("the journal", journal);
        KeysIn(journal).Should().Contain(ApiKey.Redact(Secrets[0]));
    }

    [Fact]
    public async Task Record_FilesAndAFailingRecordingsErrorLogHoldNoWholeKey()
    {
        using var folder = new TempFolder();
        var record = Path.Combine(folder.Path, "recordings");
        await using var upstream = MockHttp.Start();
        using var host = ServerProcess.Start("--port", "0", "--proxy", upstream.BaseUrl, "--record", record);
        using var http = await ClientAsync(host);

        foreach (var key in Secrets.Append(MockHttp.FullKey))
        {
            await SendEveryKindAsync(http, key);
        }

        var recordings = Directory.GetFiles(record).Select(File.ReadAllText).ToList();

        // The folder replaced by a file: every recording now fails, and is logged as an error.
        Directory.Delete(record, recursive: true);
        await File.WriteAllTextAsync(record, "not a folder", TestContext.Current.CancellationToken);
        foreach (var key in Secrets)
        {
            await SendEveryKindAsync(http, key);
        }

        await StopAsync(host);

        recordings.Should().HaveCount((Secrets.Length + 1) * 3);
        ShouldHoldNoWholeKey("the recordings", string.Join("\n", recordings));
        ShouldHoldNoWholeKey("the recordings", string.Join("\n", recordings), MockHttp.FullKey);
        recordings.Select(r => (string?)JsonNode.Parse(r)!["Description"]).Should().Contain(d => d!.EndsWith("key " + ApiKey.Redact(Secrets[0]), StringComparison.Ordinal));
        var output = host.StandardOutput + host.StandardError;
        output.Should().Contain("fail:").And.Contain("Recording GET /api/v2/users/jobs into", "the failed recordings are logged as errors");
        ShouldHoldNoWholeKey("the output", output);
    }

    [Fact]
    public async Task Journal_EveryKindOfKeyAndAnswer_KeysRedacted()
    {
        await using var mock = MockHttp.Start();
        using var client = MockHttp.Client(mock);
        string[] keys = [.. Secrets, MockHttp.FullKey, MockHttp.LimitedKey, MockHttp.GlobalKey];
        foreach (var key in keys)
        {
            (await client.GetAsync("users/jobs", key)).Dispose();
            (await client.GetAsync("users/jobs?status=" + new string('x', 9_000), key)).Dispose();
        }

        using var root = ControlHttp.RootClient(mock);
        var journal = await root.GetStringAsync("__buena/requests", TestContext.Current.CancellationToken);

        KeysIn(journal).Should().HaveCount(keys.Length * 2).And.OnlyContain(k => k.EndsWith('…'));
        foreach (var key in keys)
        {
            ShouldHoldNoWholeKey("the journal", journal, key);
            KeysIn(journal).Should().Contain(ApiKey.Redact(key));
        }
    }

    private static async Task SendEveryKindAsync(HttpClient http, string key)
    {
        (await http.GetAsync("users/jobs?status=failed", key)).Dispose();
        (await http.SendAsync(HttpMethod.Put, "users/jobs/editJobMessage/job_0000000000", key, """{"message": "x"}""")).Dispose();
        (await http.GetAsync("health", "  " + key + "  ")).Dispose();
    }

    private static void ShouldHoldNoWholeKey(string where, string text)
    {
        foreach (var key in Secrets)
        {
            ShouldHoldNoWholeKey(where, text, key);
        }
    }

    private static void ShouldHoldNoWholeKey(string where, string text, string key)
    {
        // No more of a key than its redaction shows: its first 8 characters, or half of a short key.
        var shown = ApiKey.Redact(key).TrimEnd('…').Length;
        text.Should().NotContain(key[..(shown + 1)], "{0} may show only the first {1} characters of a key", where, shown);
    }

    private static List<string?> KeysIn(string journal) =>
        [.. JsonNode.Parse(journal)!["requests"]!.AsArray().Select(e => (string?)e!["key"])];

    private static async Task<HttpClient> ClientAsync(ServerProcess host)
    {
        var banner = await host.WaitForOutputAsync(o => o.Contains("Press Ctrl+C to stop.", StringComparison.Ordinal), StartTimeout);
        return new HttpClient { BaseAddress = new Uri(BaseUrl().Match(banner).Groups["url"].Value + "/"), Timeout = TimeSpan.FromSeconds(45) };
    }

    private static async Task StopAsync(ServerProcess host)
    {
        await host.TerminateAsync();
        (await host.WaitForExitAsync(TimeSpan.FromSeconds(10))).Should().BeTrue();
    }

    private static int ClosedPort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    [GeneratedRegex(@"Base URL\s+(?<url>http://\S+/api/v2)")]
    private static partial Regex BaseUrl();
}
