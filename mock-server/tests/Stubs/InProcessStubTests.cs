using BuenaMock.Tests.Support;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace BuenaMock.Tests.Stubs;

/// <summary>In-process stubs with WireMock.Net's own builders, and what stubbed answers skip.</summary>
public sealed class InProcessStubTests
{
    [Fact]
    public async Task Given_BuilderStub_WinsOverTheGeneratedApi_RemovedItAnswersAgain()
    {
        await using var mock = MockHttp.Start();
        using var client = MockHttp.Client(mock);
        var job = mock.Store.Users[0].Id;

        mock.Given(Request.Create().WithPath($"/api/v2/users/jobs/userJobStatus/{job}").UsingGet())
            .WithGuid(Guid.Parse("00000000-0000-4000-8000-00000000000a"))
            .RespondWith(Response.Create().WithStatusCode(200).WithBodyAsJson(new { success = true, data = new { status = "failed", message = "Pinned for a test" } }));

        var pinned = await client.GetJsonAsync($"users/jobs/userJobStatus/{job}", MockHttp.FullKey);
        mock.Stubs.Remove(Guid.Parse("00000000-0000-4000-8000-00000000000a")).Should().BeTrue();
        var generated = await client.GetJsonAsync($"users/jobs/userJobStatus/{job}", MockHttp.FullKey);

        ((string?)pinned["data"]!["message"]).Should().Be("Pinned for a test");
        generated.ToJsonString().Should().NotContain("Pinned for a test");
    }

    [Fact]
    public async Task Given_AfterRequestsServedWithNoStub_MatchedAtOnceAndJournaledAsStub()
    {
        await using var mock = MockHttp.Start();
        using var client = MockHttp.Client(mock);
        using var first = await client.GetAsync("users/jobs/jobCounts?status=failed&STATUS=completed", MockHttp.FullKey);

        mock.Given(Request.Create().WithPath("/api/v2/users/jobs/jobCounts").WithParam("status", "failed").UsingGet()).RespondWith(Response.Create().WithStatusCode(503));
        using var stubbed = await client.GetAsync("users/jobs/jobCounts?status=failed&STATUS=completed", MockHttp.FullKey);
        using var generated = await client.GetAsync("users/jobs/jobCounts", MockHttp.FullKey);

        ((int)first.StatusCode).Should().NotBe(503).And.NotBe(500);
        ((int)stubbed.StatusCode).Should().Be(503, "a stub added while the server runs is matched, on a query WireMock could not parse as sent too");
        ((int)generated.StatusCode).Should().Be(200);
        var routes = (await ControlHttp.JournalAsync(mock))["requests"]!.AsArray().Select(r => (string?)r!["route"]).ToList();
        routes.Should().Equal("jobCounts", "stub", "jobCounts");
    }

    [Fact]
    public async Task Given_LowestPossiblePriority_StillWinsOverTheGeneratedApi()
    {
        await using var mock = MockHttp.Start();
        using var client = MockHttp.Client(mock);

        mock.Given(Request.Create().WithPath("/api/v2/health").UsingGet()).AtPriority(int.MaxValue).RespondWith(Response.Create().WithStatusCode(418));
        using var response = await client.GetAsync("health", null);
        mock.Stubs.RemoveAll().Should().Be(1);
        using var after = await client.GetAsync("health", null);

        ((int)response.StatusCode).Should().Be(418, "the generated API's mapping was made first, so it loses even a tie");
        ((int)after.StatusCode).Should().Be(200);
    }

    [Fact]
    public async Task StubbedAnswer_NoFaultsPreferOrKeyCheck_AnsweredExactlyAsWritten()
    {
        await using var mock = MockHttp.Start(configure: o => o.ErrorRate = 1);
        using var client = MockHttp.Client(mock);
        mock.Given(Request.Create().WithPath("/api/v2/users/jobs").UsingGet()).RespondWith(Response.Create().WithStatusCode(200).WithBody("stub"));

        using var stubbed = await client.PreferAsync("users/jobs", key: null, prefer: "code=500");
        using var generated = await client.GetAsync("users/jobs/jobCounts", MockHttp.FullKey);

        ((int)stubbed.StatusCode).Should().Be(200, "no key, error rate 1 and Prefer: code=500 change nothing on a stubbed answer");
        (await stubbed.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Should().Be("stub");
        ((int)generated.StatusCode).Should().BeOneOf([500, 503], "the generated API still gets the error rate");
    }

    [Fact]
    public async Task StubbedAnswer_NotCountedAgainstTheKeysRateLimit()
    {
        await using var mock = MockHttp.Start(configure: o => o.RateLimits = new(1, 1000, 10000));
        using var client = MockHttp.Client(mock);
        mock.Given(Request.Create().WithPath("/api/v2/users/jobs/jobCounts").UsingGet()).RespondWith(Response.Create().WithStatusCode(200).WithBody("stub"));

        for (var i = 0; i < 3; i++)
        {
            using var stubbed = await client.GetAsync("users/jobs/jobCounts", MockHttp.FullKey);
            ((int)stubbed.StatusCode).Should().Be(200);
            stubbed.Headers.Contains("X-RateLimit-Limit").Should().BeFalse("a stubbed answer has only the headers its stub writes");
        }

        using var generated = await client.GetAsync("users/jobs", MockHttp.FullKey);
        ((int)generated.StatusCode).Should().Be(200, "the three stubbed answers did not use the key's one request a minute");
        generated.Header("X-RateLimit-Remaining").Should().Be("0");
    }

    [Fact]
    public async Task Journal_StubbedAndGeneratedAnswers_KeepHeadersRedactedAndBodyCut()
    {
        await using var mock = MockHttp.Start();
        using var client = MockHttp.Client(mock);
        mock.Given(Request.Create().WithPath("/api/v2/users/jobs/editJobMessage/j1").UsingPut()).RespondWith(Response.Create().WithStatusCode(202));

        var longMessage = new string('m', 5_000);
        (await client.SendAsync(HttpMethod.Put, "users/jobs/editJobMessage/j1", MockHttp.FullKey, $$"""{"message":"{{longMessage}}"}""")).Dispose();
        (await client.SendAsync(HttpMethod.Put, "users/jobs/editJobMessage/j2", MockHttp.FullKey, """{"message":"short"}""")).Dispose();

        var requests = (await ControlHttp.JournalAsync(mock))["requests"]!.AsArray();
        var stubbed = requests[^2]!;
        var generated = requests[^1]!;
        ((string?)stubbed["route"]).Should().Be("stub");
        ((int?)stubbed["status"]).Should().Be(202);
        ((string?)stubbed["body"])!.Length.Should().Be(4096);
        ((bool?)stubbed["bodyTruncated"]).Should().BeTrue();
        ((string?)generated["route"]).Should().Be("editJobMessage");
        ((string?)generated["body"]).Should().Be("""{"message":"short"}""");
        ((bool?)generated["bodyTruncated"]).Should().BeFalse();
        foreach (var entry in new[] { stubbed, generated })
        {
            var headers = entry["headers"]!.AsArray().Select(h => ((string?)h![0], (string?)h[1])).ToList();
            headers.Should().Contain(("x-api-key", "bna_1111…")).And.Contain(h => h.Item1 == "content-type");
            entry.ToJsonString().Should().NotContain(MockHttp.FullKey);
        }

        await SchemaAssert.ValidAsync((await ControlHttp.JournalAsync(mock)).ToJsonString(), "request-journal.schema.json");
    }
}
