using System.Text;
using System.Text.Json.Nodes;
using BuenaMock.Recording;

namespace BuenaMock.Tests.Recording;

public class RecordingFileTests
{
    private static readonly DateTimeOffset At = new(2026, 1, 15, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Write_ThenRead_SameRequestAndResponse()
    {
        var request = new RecordedRequest("put", "/api/v2/users/jobs/editJobMessage/j1", [new("b", "2"), new("a", "1"), new("a", "0")], hasKey: true, JsonNode.Parse("""{"message":"é ' <>"}"""));
        var response = new RecordedResponse(200, [new("content-type", "application/json"), new("x-ratelimit-remaining", "59")], JsonNode.Parse("""{"ok":true}"""));

        var bytes = RecordingFile.Write(request, [new("x-api-key", "bna_" + new string('1', 64)), new("Accept", "application/json")], response, At);
        var (readRequest, readResponse) = RecordingFile.Read(bytes);

        readRequest.Matches(request).Should().BeTrue();
        readRequest.Method.Should().Be("PUT");
        readRequest.Query.Select(p => $"{p.Key}={p.Value}").Should().Equal("a=0", "a=1", "b=2");
        readResponse.Status.Should().Be(200);
        readResponse.Headers.Should().BeEquivalentTo(response.Headers, o => o.WithStrictOrdering());
        JsonNode.DeepEquals(readResponse.Body, response.Body).Should().BeTrue();
        var text = Encoding.UTF8.GetString(bytes);
        text.Should().Contain("\"x-api-key\": \"bna_1111…\"").And.Contain("\"accept\": \"application/json\"").And.Contain("é ' <>");
        text.Should().Contain("\"a\": [").And.Contain("\"b\": \"2\"").And.Contain("\"recordedAt\": \"2026-01-15T12:00:00Z\"");
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("ab")]
    [InlineData("0123456789")]
    public void Write_ShortKey_NeverWhole(string key)
    {
        var request = new RecordedRequest("GET", "/api/v2/health", [], hasKey: true, null);

        var text = Encoding.UTF8.GetString(RecordingFile.Write(request, [new("X-Api-Key", key)], new RecordedResponse(200, [], null), At));

        text.Should().NotContain($"\"{key}");
        text.Should().Contain("\"x-api-key\": \"");
    }

    [Theory]
    [InlineData("", "not valid JSON")]
    [InlineData("[]", "not a recording")]
    [InlineData("""{"request": {}, "response": {"status": 200}}""", "request.method is missing or not a string")]
    [InlineData("""{"request": {"method": "GET", "path": "health"}, "response": {"status": 200}}""", "request.path is missing or does not start with /")]
    [InlineData("""{"request": {"method": "GET", "path": "/h"}, "response": {"status": 99}}""", "response.status is missing or not an HTTP status (100-599)")]
    [InlineData("""{"request": {"method": "GET", "path": "/h", "query": {"a": 1}}, "response": {"status": 200}}""", "request.query.a is not a string")]
    [InlineData("""{"request": {"method": "GET", "path": "/h", "query": []}, "response": {"status": 200}}""", "request.query is not an object")]
    [InlineData("""{"request": {"method": "GET", "path": "/h"}, "response": {"status": 200, "headers": {"content-type": 5}}}""", "response.headers.content-type is not a string")]
    [InlineData("""{"request": {"method": "GET", "method": "PUT", "path": "/h"}, "response": {"status": 200}}""", "not valid JSON")]
    public void Read_NotARecording_FormatExceptionSayingWhat(string content, string reason)
    {
        var read = () => RecordingFile.Read(Encoding.UTF8.GetBytes(content));

        read.Should().Throw<FormatException>().WithMessage(reason + "*");
    }

    [Fact]
    public void Read_WithByteOrderMark_Accepted()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("""{"request": {"method": "GET", "path": "/h"}, "response": {"status": 204}}""")).ToArray();

        RecordingFile.Read(bytes).Response.Status.Should().Be(204);
    }

    [Theory]
    [InlineData("{\"a\": [1, 2.50, true, null]}", true, "{\"a\":[1,2.50,true,null]}")]
    [InlineData("\"a JSON string\"", false, "\"a JSON string\"")]
    [InlineData("null", false, "null")]
    [InlineData("<html>", false, "<html>")]
    [InlineData("{\"a\":1,\"a\":2}", false, "{\"a\":1,\"a\":2}")]
    [InlineData("", false, "")]
    public void RecordedBody_AnyBody_ServedBackAsJsonOrTheSameText(string body, bool asJson, string served)
    {
        var node = RecordedBody.FromBytes(Encoding.UTF8.GetBytes(body));

        RecordedBody.IsJson(node).Should().Be(asJson);
        Encoding.UTF8.GetString(RecordedBody.ToBytes(node)).Should().Be(served);
    }
}
