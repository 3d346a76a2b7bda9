using BuenaMock.Jobs;
using BuenaMock.Options;
using BuenaMock.Tests.Support;
using Microsoft.Extensions.Logging;

namespace BuenaMock.Tests.Http;

public class InternalErrorTests
{
    [Fact]
    public async Task Get_HandlerThrows_500EnvelopeWithRequestIdAndNoExceptionText()
    {
        using var logs = new CapturingLoggerProvider();
        using var loggerFactory = LoggerFactory.Create(b => b.AddProvider(logs));
        await using var mock = BuenaMockServer.Start(new BuenaMockOptions { Port = 0, Clock = TestClock.Now }, loggerFactory: loggerFactory);
        BreakOneJobOf(mock, mock.Store.Users[0].Id);
        using var client = MockHttp.Client(mock);

        using var response = await client.GetAsync("users/jobs", MockHttp.FullKey);

        ((int)response.StatusCode).Should().Be(500);
        response.Content.Headers.ContentType!.ToString().Should().Be("application/json; charset=utf-8");
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var body = await response.ReadJsonAsync();
        var requestId = response.Headers.GetValues("X-Request-Id").Single();
        ((bool?)body["error"]).Should().BeTrue();
        ((string?)body["code"]).Should().Be("INTERNAL_ERROR");
        ((string?)body["message"]).Should().Be("An unexpected error occurred");
        ((string?)body["version"]).Should().Be("2.0");
        ((string?)body["timestamp"]).Should().Be(TestClock.NowText);
        ((string?)body["details"]!["requestId"]).Should().Be(requestId).And.NotBeNullOrEmpty();
        text.Should().NotContainAny("Exception", "   at ", "Object reference", "BuenaMock.", "JobJson");

        var logged = logs.Entries.Where(e => e.Level == LogLevel.Error).Should().ContainSingle().Subject;
        logged.Exception.Should().BeOfType<NullReferenceException>();
        logged.Message.Should().Contain(requestId).And.Contain("/api/v2/users/jobs");
    }

    [Fact]
    public async Task Get_AfterAHandlerThrew_ServerStillAnswers()
    {
        await using var mock = MockHttp.Start();
        BreakOneJobOf(mock, mock.Store.Users[0].Id);
        using var client = MockHttp.Client(mock);

        using var failed = await client.GetAsync("users/jobs", MockHttp.FullKey);
        using var other = await client.GetAsync($"users/jobs/userJobStatus/{mock.Store.Users[1].Id}", MockHttp.GlobalKey);

        ((int)failed.StatusCode).Should().Be(500);
        ((int)other.StatusCode).Should().Be(200);
    }

    // A job that cannot be built (no metadata): the handler throws where it reads the store.
    private static void BreakOneJobOf(BuenaMockServer mock, string userId)
    {
        var records = mock.Store.Records.ToList();
        var index = records.FindIndex(r => r.UserId == userId);
        var t = records[index].Timeline;
        records[index] = new JobRecord(new JobTimeline
        {
            Id = t.Id, UserId = t.UserId, Type = t.Type, CreatedAt = t.CreatedAt, StartAt = t.StartAt, EndAt = t.EndAt,
            Outcome = t.Outcome, FailurePoint = t.FailurePoint, FailureMessage = t.FailureMessage, Metadata = null!,
        });
        mock.Store.Load(mock.Store.Users, records);
    }
}
