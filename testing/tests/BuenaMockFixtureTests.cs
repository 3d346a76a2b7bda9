using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using BuenaMock.Options;

namespace BuenaMock.Testing.Tests;

public sealed class BuenaMockFixtureTests(BuenaMockFixture mock) : IClassFixture<BuenaMockFixture>
{
    private const string DocumentedUser = "65e0a32640a597f6a7f897ea";

    [Fact]
    public async Task CreateClient_DefaultKey_ReadsTheDocumentedUsersJobs()
    {
        using var client = mock.CreateClient();

        var body = await client.GetFromJsonAsync<JsonObject>("users/jobs", TestContext.Current.CancellationToken);

        body!["userId"]!.GetValue<string>().Should().Be(DocumentedUser);
        body["data"]!["jobs"]!.AsArray().Should().HaveCount(60);
        mock.BaseUrl.Should().MatchRegex(@"^http://127\.0\.0\.1:\d+/api/v2$");
        mock.Server.Port.Should().NotBe(0, "port 0 asks for any free port, and the fixture reports the one it got");
    }

    [Fact]
    public async Task CreateClient_Keys_AnswerAsTheirPermissionsSay()
    {
        using var limited = mock.CreateClient(mock.LimitedApiKey);
        using var global = mock.CreateClient(mock.GlobalApiKey);
        using var none = mock.CreateClient(null);
        var ct = TestContext.Current.CancellationToken;

        (await limited.GetAsync("users/jobs", ct)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await global.GetAsync("users/jobs", ct)).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await none.GetAsync("users/jobs", ct)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        mock.ApiKey.Should().Be(DefaultKeys.Full);
        mock.OtherApiKey.Should().Be(DefaultKeys.Other);
    }

    [Fact]
    public void Clock_Default_PinnedAtTheDefaultInstantAndFrozen()
    {
        mock.Reset();

        mock.Clock.GetUtcNow().Should().Be(BuenaMockFixture.DefaultClock);
        mock.Clock.Scale.Should().Be(0);
    }

    [Fact]
    public async Task Reset_AfterAnEditAndAClockMove_AnswersAsAFreshStart()
    {
        using var client = mock.CreateClient();
        var ct = TestContext.Current.CancellationToken;
        mock.Reset();
        var fresh = await client.GetStringAsync("users/jobs", ct);
        var jobId = JsonNode.Parse(fresh)!["data"]!["jobs"]![0]!["id"]!.GetValue<string>();

        using var edit = await client.PutAsJsonAsync($"users/jobs/editJobMessage/{jobId}", new { message = "edited by a test" }, ct);
        edit.StatusCode.Should().Be(HttpStatusCode.OK);
        mock.Clock.Advance(TimeSpan.FromHours(3));
        (await client.GetStringAsync("users/jobs", ct)).Should().NotBe(fresh);

        mock.Reset();

        (await client.GetStringAsync("users/jobs", ct)).Should().Be(fresh);
        mock.Clock.GetUtcNow().Should().Be(BuenaMockFixture.DefaultClock);
    }
}

/// <summary>A fixture with its own options: another seed, fewer jobs.</summary>
public sealed class SmallMockFixture : BuenaMockFixture
{
    protected override BuenaMockOptions CreateOptions()
    {
        var options = base.CreateOptions();
        options.Seed = 7;
        options.JobsPerUser = 5;
        return options;
    }
}

public sealed class SubclassedFixtureTests(SmallMockFixture mock) : IClassFixture<SmallMockFixture>
{
    [Fact]
    public async Task CreateOptions_Overridden_StartsTheMockWithThoseOptions()
    {
        using var client = mock.CreateClient();

        var body = await client.GetFromJsonAsync<JsonObject>("users/jobs", TestContext.Current.CancellationToken);

        body!["data"]!["jobs"]!.AsArray().Should().HaveCount(5);
        mock.Server.Options.Seed.Should().Be(7);
        mock.Clock.GetUtcNow().Should().Be(BuenaMockFixture.DefaultClock);
    }
}

public sealed class FixtureLifetimeTests
{
    [Fact]
    public async Task DisposeAsync_Started_StopsListening()
    {
        var fixture = new BuenaMockFixture();
        await fixture.InitializeAsync();
        var port = fixture.Server.Port;
        using (var client = fixture.CreateClient())
        {
            (await client.GetAsync("health", TestContext.Current.CancellationToken)).StatusCode.Should().Be(HttpStatusCode.OK);
        }

        await fixture.DisposeAsync();

        (await RefusesConnectionsWithinAsync(port, TimeSpan.FromSeconds(10))).Should().BeTrue("nothing listens on the port once the fixture is disposed");
        fixture.Invoking(f => f.Server).Should().Throw<InvalidOperationException>().WithMessage("*not started*");
    }

    [Fact]
    public async Task InitializeAsync_BadOptions_ThrowsOptionsExceptionNamingTheProblem()
    {
        var fixture = new NoUsersFixture();

        var start = () => fixture.InitializeAsync().AsTask();

        (await start.Should().ThrowAsync<OptionsException>()).Which.Message.Should().Contain("users");
        await fixture.DisposeAsync();
    }

    private static async Task<bool> RefusesConnectionsWithinAsync(int port, TimeSpan limit)
    {
        // Bounded: the listener closes as the server stops, but on a busy machine the socket may take a moment.
        var watch = System.Diagnostics.Stopwatch.StartNew();
        do
        {
            using var socket = new TcpClient();
            try
            {
                await socket.ConnectAsync(IPAddress.Loopback, port, TestContext.Current.CancellationToken);
            }
            catch (SocketException)
            {
                return true;
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
        while (watch.Elapsed < limit);

        return false;
    }

    private sealed class NoUsersFixture : BuenaMockFixture
    {
        protected override BuenaMockOptions CreateOptions() => new() { Port = 0, Users = 0 };
    }
}
