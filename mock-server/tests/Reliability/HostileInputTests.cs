using System.Diagnostics;
using System.Text;
using System.Text.Json;
using BuenaMock.Errors;
using BuenaMock.Tests.Support;
using Xunit.Sdk;

namespace BuenaMock.Tests.Reliability;

/// <summary>
/// Thousands of generated hostile requests (<see cref="HostileRequests"/>) against an in-process server with no
/// faults configured: never a 5xx (unless <c>Prefer: code=500|503</c> asked for it), every error in the envelope
/// (or the documented bare 400) as <c>application/json; charset=utf-8</c>, every success JSON (or the OpenAPI
/// YAML), never exception text, never a hang, and the caps' refusals exactly where a request crosses them.
/// </summary>
public sealed class HostileInputTests
{
    public const int DefaultCount = 2_500;
    private const string AdminToken = "fuzz-admin-token-2026";
    private const string JsonContentType = "application/json; charset=utf-8";
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(10);
    private static readonly string[] Leaks = ["   at ", "Exception", "System."];

    [Fact]
    public async Task GeneratedHostileRequests_NeverServerErrorNonJsonErrorLeakOrHang()
    {
        var pcg = FuzzSeed.Read();
        var seed = pcg.ToString();
        var count = FuzzSeed.Count(DefaultCount);
        var output = TestContext.Current.TestOutputHelper!;
        output.WriteLine($"hostile input: {count} requests from seed {seed} (replay: {FuzzSeed.SeedVariable}={seed})");

        await using var mock = MockHttp.Start(configure: o => o.AdminToken = AdminToken);
        var initialFaults = mock.Faults.Current;
        var users = mock.Store.Users;
        var known = new KnownValues(
            users[0].Id,
            users[1].Id,
            mock.Store.JobsOf(users[0].Id, TestClock.Now)[0].Id,
            mock.Store.JobsOf(users[1].Id, TestClock.Now)[0].Id,
            AdminToken,
            [MockHttp.FullKey, MockHttp.LimitedKey, MockHttp.OtherKey, MockHttp.GlobalKey]);
        using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { Timeout = RequestTimeout };
        var gen = HostileRequests.Create(known);
        var statuses = new SortedDictionary<int, int>();
        var raw = 0;
        var clock = Stopwatch.StartNew();

        for (var i = 0; i < count; i++)
        {
            var caseSeed = pcg.ToString();
            var request = gen.Generate(pcg, null, out _);
            try
            {
                var (answer, wasRaw) = await SendAsync(http, mock, request);
                raw += wasRaw ? 1 : 0;
                statuses[answer.Status] = statuses.GetValueOrDefault(answer.Status) + 1;
                await CheckAsync(request, answer);
            }
#pragma warning disable CA1031 // Every failure is reported with the case and the seed that replays it.
            catch (Exception e)
#pragma warning restore CA1031
            {
                throw new XunitException(
                    $"""
                    Hostile request {i + 1} of {count} failed: {request}
                    Run seed {seed}; this case's seed {caseSeed}. Replay it first with:
                        {FuzzSeed.SeedVariable}={caseSeed} dotnet test mock-server/tests --filter "FullyQualifiedName~{nameof(HostileInputTests)}"
                    {e.Message}
                    """);
            }
            finally
            {
                // A control call may have configured faults (PUT /__buena/faults); the property is about a server without any.
                if (!ReferenceEquals(mock.Faults.Current, initialFaults))
                {
                    mock.Faults.Replace(initialFaults);
                }
            }
        }

        output.WriteLine($"{count} requests ({raw} written by hand) in {clock.Elapsed.TotalSeconds:0.0} s; statuses: {string.Join(", ", statuses.Select(s => $"{s.Key}×{s.Value}"))}");
        mock.Simulator.Reset();
        using var client = MockHttp.Client(mock);
        using var after = await client.GetAsync("users/jobs", MockHttp.FullKey);
        ((int)after.StatusCode).Should().Be(200, "the server answers normally after the hostile run");
    }

    [Theory]
    [InlineData("GET /api/v2/users/jobs/%00 HTTP/1.1\r\nHost: a\r\n\r\n")]
    [InlineData("GET /api/v2/users/jobs/\u00e9 HTTP/1.1\r\nHost: a\r\n\r\n")]
    [InlineData("GET /api/v2/users/jobs HTTP/1.1\r\n\r\n")]
    [InlineData("GET /api/v2/users/jobs HTTP/1.1\r\nHost: a\r\nx-api-key: a\u0000b\r\n\r\n")]
    [InlineData("GET /api/v2/users/jobs HTTP/1.1\r\nHost: a\r\nBad Header: x\r\n\r\n")]
    [InlineData("GET /api/v2/users/jobs HTTP/9.9\r\nHost: a\r\n\r\n")]
    public async Task NotHttp_KestrelRefusesWithAnEmpty400_AndTheServerCarriesOn(string request)
    {
        // What the guarantee does not cover: bytes that are not an HTTP/1.1 request never reach the mock's
        // pipeline; Kestrel answers an empty 400 itself and closes the connection. Nothing else is affected.
        await using var mock = MockHttp.Start();

        var answer = await RawHttp.SendAsync(mock.Port, Encoding.Latin1.GetBytes(request.Replace("\u00e9", "\u00c3\u00a9", StringComparison.Ordinal)), RequestTimeout, TestContext.Current.CancellationToken);

        answer.Status.Should().BeOneOf(400, 505);
        answer.Body.Should().BeEmpty();
        using var client = MockHttp.Client(mock);
        using var after = await client.GetAsync("users/jobs", MockHttp.FullKey);
        ((int)after.StatusCode).Should().Be(200);
    }

    [Theory]
    [InlineData(70_000, 0, 414)]
    [InlineData(0, 70_000, 431)]
    public async Task BeyondKestrelLimits_KestrelAnswersAnEmptyStatus_AndTheServerCarriesOn(int targetLength, int headerLength, int status)
    {
        // Past Kestrel's own limits (raised above the mock's: a 64 KB request line, 64 KB of headers) Kestrel
        // answers alone, before the mock's envelope can; below them the mock's caps answer (RequestLimitTests).
        await using var mock = MockHttp.Start();
        var request = $"GET /api/v2/users/jobs?status={new string('x', targetLength)} HTTP/1.1\r\nHost: a\r\nX-Filler: {new string('f', headerLength)}\r\n\r\n";

        var answer = await RawHttp.SendAsync(mock.Port, Encoding.ASCII.GetBytes(request), RequestTimeout, TestContext.Current.CancellationToken);

        answer.Status.Should().Be(status);
        answer.Body.Should().BeEmpty();
        using var client = MockHttp.Client(mock);
        using var after = await client.GetAsync("users/jobs", MockHttp.FullKey);
        ((int)after.StatusCode).Should().Be(200);
    }

    private static async Task<(RawResponse Answer, bool Raw)> SendAsync(HttpClient http, BuenaMockServer mock, HostileRequest request)
    {
        using var message = request.ToHttpRequest(mock.Url);
        if (message is null)
        {
            return (await RawHttp.SendAsync(mock.Port, request.ToBytes(), RequestTimeout, TestContext.Current.CancellationToken), true);
        }

        using var response = await http.SendAsync(message, TestContext.Current.CancellationToken);
        var headers = response.Headers.Concat(response.Content.Headers)
            .ToDictionary(h => h.Key.ToLowerInvariant(), h => string.Join(", ", h.Value), StringComparer.Ordinal);
        var body = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        return (new RawResponse((int)response.StatusCode, headers, body), false);
    }

    private static async Task CheckAsync(HostileRequest request, RawResponse answer)
    {
        var isHead = request.Method.Equals("HEAD", StringComparison.OrdinalIgnoreCase);
        var text = answer.BodyText;
        var described = $"answered {answer.Status} {answer.Header("content-type")}: {(text.Length > 300 ? text[..300] + "…" : text)}";
        foreach (var leak in Leaks)
        {
            text.Should().NotContain(leak, "no exception text in a body ({0})", described);
            string.Join("\n", answer.Headers.Values).Should().NotContain(leak, "no exception text in a header");
        }

        if (answer.Status >= 500)
        {
            AllowedServerError(request, answer.Status).Should().BeTrue("a 5xx only when Prefer asked for it ({0})", described);
        }
        else
        {
            answer.Status.Should().BeInRange(200, 499, "no 1xx or 3xx ({0})", described);
        }

        if (request.ExpectedRefusal(out _) is { } refusal)
        {
            answer.Status.Should().Be(refusal, "the request crosses a cap ({0})", described);
        }

        if (answer.Status >= 400)
        {
            answer.Header("content-type").Should().Be(JsonContentType, "every error is JSON ({0})", described);
            if (!isHead)
            {
                await CheckErrorBodyAsync(request, answer, text, described);
            }
        }
        else if (!isHead)
        {
            var contentType = answer.Header("content-type") ?? "";
            if (contentType.StartsWith("application/json", StringComparison.Ordinal))
            {
                var parse = () => JsonDocument.Parse(answer.Body).Dispose();
                parse.Should().NotThrow("a success is JSON ({0})", described);
            }
            else
            {
                contentType.Should().StartWith("application/yaml", "only the OpenAPI document is not JSON ({0})", described);
                Uri.UnescapeDataString(request.Path).Should().ContainEquivalentOf("openapi.yaml", "only the OpenAPI document is not JSON ({0})", described);
            }
        }
    }

    private static async Task CheckErrorBodyAsync(HostileRequest request, RawResponse answer, string text, string described)
    {
        using var document = ParseJson(answer.Body, described);
        var root = document.RootElement;
        if (root.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.String)
        {
            answer.Status.Should().Be(400, "only the documented global-key 400 is not the envelope ({0})", described);
            await SchemaAssert.ValidAsync(text, "error-400-global-key.schema.json");
            return;
        }

        await SchemaAssert.ValidAsync(text, "error-envelope.schema.json");
        var code = root.GetProperty("code").GetString();
        switch (request.ExpectedRefusal(out _))
        {
            case 431:
                code.Should().Be(ErrorCodes.RequestHeadersTooLarge, described);
                break;
            case 413:
                code.Should().Be(ErrorCodes.PayloadTooLarge, described);
                break;
            case 400:
                code.Should().Be(ErrorCodes.ValidationError, described);
                root.GetProperty("details").GetProperty("fields")[0].GetProperty("field").GetString().Should().Be("query", described);
                break;
        }

        if (answer.Status >= 500)
        {
            code.Should().Be(answer.Status == 500 ? ErrorCodes.InternalError : ErrorCodes.ServiceUnavailable, described);
        }
    }

    private static JsonDocument ParseJson(byte[] body, string described)
    {
        try
        {
            return JsonDocument.Parse(body);
        }
        catch (JsonException e)
        {
            throw new XunitException($"The body is not JSON ({e.Message}); {described}");
        }
    }

    /// <summary>A 500 or 503 that <c>Prefer: code=500|503</c> asked for.</summary>
    private static bool AllowedServerError(HostileRequest request, int status) =>
        status is 500 or 503 && (request.Prefer ?? "").Contains($"code={status}", StringComparison.Ordinal);
}
