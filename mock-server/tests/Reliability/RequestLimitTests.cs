using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using BuenaMock.Http;
using BuenaMock.Tests.Support;

namespace BuenaMock.Tests.Reliability;

/// <summary>
/// The caps of <see cref="RequestLimits"/>: a body over 64 KB → 413 without reading the rest, a query over 8 KB →
/// 400 naming it, headers over 16 KB or more than 100 → 431; each in the envelope, each exactly at its cap.
/// </summary>
public sealed class RequestLimitTests : IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private BuenaMockServer _mock = null!;
    private string _jobId = null!;

    public ValueTask InitializeAsync()
    {
        _mock = MockHttp.Start();
        _jobId = _mock.Store.JobsOf(_mock.Store.Users[0].Id, TestClock.Now)[0].Id;
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await _mock.DisposeAsync();

    [Fact]
    public async Task Put_ContentLengthOf10MB_413BeforeTheBodyIsSentAndTheConnectionClosed()
    {
        using var client = new TcpClient { NoDelay = true };
        await client.ConnectAsync(System.Net.IPAddress.Loopback, _mock.Port, TestContext.Current.CancellationToken);
        var stream = client.GetStream();
        var head = $"PUT /api/v2/users/jobs/editJobMessage/{_jobId} HTTP/1.1\r\nHost: a\r\nx-api-key: {MockHttp.FullKey}\r\nContent-Type: application/json\r\nContent-Length: 10000000\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head + "{\"message\": \"" + new string('m', 1_000)), TestContext.Current.CancellationToken);
        var watch = Stopwatch.StartNew();

        // Only 1 KB of the announced 10 MB is sent: the answer, and the end of the connection, come anyway.
        var answer = await ReadToEndAsync(stream);

        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5), "the server answers from the Content-Length and closes, without waiting for the body");
        answer.Should().StartWith("HTTP/1.1 413 ");
        answer.Should().Contain("Connection: close").And.Contain("Content-Type: application/json; charset=utf-8");
        var body = answer[(answer.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..];
        await SchemaAssert.ValidAsync(body, "error-413.schema.json");
        body.Should().Contain("\"message\":\"Request body is larger than 65536 bytes\"");
        MessageOfJob().Should().NotStartWith("mmmm", "nothing was changed");
    }

    [Fact]
    public async Task Put_ChunkedBodyOver64KB_413InTheEnvelope()
    {
        var json = "{\"message\": \"" + new string('m', 100_000) + "\"}";
        var request = Encoding.ASCII.GetBytes(
            $"PUT /api/v2/users/jobs/editJobMessage/{_jobId} HTTP/1.1\r\nHost: a\r\nx-api-key: {MockHttp.FullKey}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
            + string.Concat(json.Chunk(4_096).Select(c => $"{c.Length:x}\r\n{new string(c)}\r\n")) + "0\r\n\r\n");

        var answer = await RawHttp.SendAsync(_mock.Port, request, Timeout, TestContext.Current.CancellationToken);

        answer.Status.Should().Be(413);
        answer.Header("content-type").Should().Be("application/json; charset=utf-8");
        await SchemaAssert.ValidAsync(answer.BodyText, "error-413.schema.json");
        MessageOfJob().Should().NotStartWith("mmmm");
    }

    [Theory]
    [InlineData(RequestLimits.MaxBodyBytes, 400)]
    [InlineData(RequestLimits.MaxBodyBytes + 1, 413)]
    public async Task Put_BodyAtAndOverTheCap_OnlyOverIsRefused(int size, int status)
    {
        // A valid JSON body of exactly `size` bytes; its message is too long for the route (a 400), never a 413 at the cap.
        var body = "{\"message\":\"" + new string('m', size - 14) + "\"}";
        Encoding.UTF8.GetByteCount(body).Should().Be(size);
        using var client = MockHttp.Client(_mock);

        using var response = await client.SendAsync(HttpMethod.Put, $"users/jobs/editJobMessage/{_jobId}", MockHttp.FullKey, body);

        ((int)response.StatusCode).Should().Be(status);
    }

    [Fact]
    public async Task Get_QueryAtTheCap_Answered()
    {
        var query = "status=" + new string('x', RequestLimits.MaxQueryBytes - 7);
        using var client = MockHttp.Client(_mock);

        using var response = await client.GetAsync("users/jobs?" + query, MockHttp.FullKey);

        ((int)response.StatusCode).Should().Be(200, "an unknown status selects nothing");
    }

    [Fact]
    public async Task Get_QueryOverTheCap_400NamingTheQuery()
    {
        var query = "status=" + new string('x', RequestLimits.MaxQueryBytes - 6);
        using var client = MockHttp.Client(_mock);

        using var response = await client.GetAsync("users/jobs?" + query, MockHttp.FullKey);

        ((int)response.StatusCode).Should().Be(400);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        await SchemaAssert.ValidAsync(text, "error-400-validation.schema.json");
        var body = JsonNode.Parse(text)!;
        ((string?)body["message"]).Should().Be("Invalid request: query is longer than 8192 bytes");
        ((string?)body["details"]!["fields"]![0]!["field"]).Should().Be("query");
    }

    [Theory]
    [InlineData(1, RequestLimits.MaxHeaderBytes + 100, 431)]
    [InlineData(RequestLimits.MaxHeaderCount + 1, 10, 431)]
    [InlineData(1, RequestLimits.MaxHeaderBytes - 1_000, 200)]
    [InlineData(RequestLimits.MaxHeaderCount - 10, 10, 200)]
    public async Task Get_HeadersOverAndUnderTheCaps_431OnlyOver(int count, int eachLength, int status)
    {
        using var client = MockHttp.Client(_mock);
        using var request = new HttpRequestMessage(HttpMethod.Get, "users/jobs");
        request.Headers.Add("x-api-key", MockHttp.FullKey);
        for (var i = 0; i < count; i++)
        {
            request.Headers.Add(string.Create(CultureInfo.InvariantCulture, $"X-Filler-{i}"), new string('f', eachLength));
        }

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        ((int)response.StatusCode).Should().Be(status);
        if (status == 431)
        {
            response.Content.Headers.ContentType!.ToString().Should().Be("application/json; charset=utf-8");
            var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            await SchemaAssert.ValidAsync(text, "error-431.schema.json");
            text.Should().Contain("\"message\":\"Request headers are larger than 16384 bytes in total or more than 100\"");
        }
    }

    [Fact]
    public async Task Refusal_ListedInTheJournalWithTheKeyRedacted()
    {
        using var client = MockHttp.Client(_mock);
        using var refused = await client.GetAsync("users/jobs?status=" + new string('x', RequestLimits.MaxQueryBytes), MockHttp.FullKey);

        var journal = await ControlHttp.JournalAsync(_mock);

        var entry = journal["requests"]!.AsArray().Should().ContainSingle().Subject!;
        ((int?)entry["status"]).Should().Be(400);
        ((string?)entry["path"]).Should().Be("/api/v2/users/jobs");
        ((string?)entry["key"]).Should().Be("bna_1111…");
        ((string?)entry["id"]).Should().Be(refused.Headers.GetValues("X-Request-Id").Single());
    }

    private string MessageOfJob() => _mock.Store.Find(_jobId, TestClock.Now)!.Message;

    private static async Task<string> ReadToEndAsync(NetworkStream stream)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        cts.CancelAfter(Timeout);
        using var received = new MemoryStream();
        var buffer = new byte[8_192];
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer, cts.Token)) > 0)
            {
                received.Write(buffer, 0, read);
            }
        }
        catch (IOException)
        {
            // A reset after the answer: what was received is what counts.
        }

        return Encoding.UTF8.GetString(received.ToArray());
    }
}
