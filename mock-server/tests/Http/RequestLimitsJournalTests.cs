using BuenaMock.Auth;
using BuenaMock.Faults;
using BuenaMock.Http;
using BuenaMock.Jobs;
using BuenaMock.Journal;
using BuenaMock.Options;
using BuenaMock.RateLimiting;
using BuenaMock.Simulation;
using BuenaMock.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace BuenaMock.Tests.Http;

/// <summary>
/// A request the request limits refuse is listed in the journal before its answer is written, as every
/// answer is: a client holding its 400 finds the entry when it reads <c>/__buena/requests</c> next.
/// </summary>
public sealed class RequestLimitsJournalTests
{
    [Fact]
    public async Task Refusal_QueryTooLong_ListedBeforeTheAnswerIsWritten()
    {
        var journal = new RequestJournal();
        var keys = new KeyRing([]);
        var simulator = new Simulator(new BuenaMockOptions { Clock = TestClock.Now }, new VirtualClock(new FakeTimeProvider(TestClock.Now), TestClock.Now, 0), new JobStore(TestJobs.Data()), keys);
        var pipeline = new RequestPipeline(keys, new RateLimiter(null), new FaultSettings(FaultConfiguration.None, seed: 0), journal, simulator, adminToken: null, NullLogger.Instance, TimeProvider.System);
        var app = new ApplicationBuilder(new ServiceCollection().BuildServiceProvider());
        RequestLimits.Register(app, pipeline);
        var run = app.Build();
        var body = new WatchedStream(() => journal.Recent().Count);
        var http = new DefaultHttpContext();
        http.Request.Method = "GET";
        http.Request.Path = "/api/v2/users/jobs";
        http.Request.QueryString = new QueryString("?status=" + new string('x', RequestLimits.MaxQueryBytes));
        http.Response.Body = body;

        await run(http);

        http.Response.StatusCode.Should().Be(400);
        body.Written.Should().BeTrue();
        body.EntriesWhenWritten.Should().Be(1, "the refusal is in the journal by the time its answer is written");
        journal.Recent().Should().ContainSingle().Which.Status.Should().Be(400);
    }

    /// <summary>A response body that notes how many journal entries there were when the answer was first written to it.</summary>
    private sealed class WatchedStream(Func<int> entries) : MemoryStream
    {
        public bool Written { get; private set; }

        public int EntriesWhenWritten { get; private set; } = -1;

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Note();
            return base.WriteAsync(buffer, cancellationToken);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            Note();
            return base.WriteAsync(buffer, offset, count, cancellationToken);
        }

        private void Note()
        {
            if (!Written)
            {
                Written = true;
                EntriesWhenWritten = entries();
            }
        }
    }
}
