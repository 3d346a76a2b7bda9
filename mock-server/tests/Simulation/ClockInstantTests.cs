using System.Text.Json.Nodes;
using BuenaMock.Options;
using BuenaMock.Tests.Support;

namespace BuenaMock.Tests.Simulation;

/// <summary>One reading of a clock instant: <c>--clock</c> and <c>POST /__buena/clock/set?at=</c> accept and refuse the same text, with the same message.</summary>
public sealed class ClockInstantTests
{
    [Theory]
    [InlineData("Jan 15 2027")]
    [InlineData("2027/01/15")]
    [InlineData("9999-12-31T23:59:59Z")]
    public async Task SetAndOption_SameBadInstant_SameMessageAndTheClockStays(string at)
    {
        var fromCommandLine = OptionsLoader.Load(["--clock", at], new Dictionary<string, string?>()).Problems.Should().ContainSingle().Subject;
        await using var mock = MockHttp.Start();
        using var root = ControlHttp.RootClient(mock);

        using var response = await root.SendAsync(HttpMethod.Post, "__buena/clock/set?at=" + Uri.EscapeDataString(at));

        ((int)response.StatusCode).Should().Be(400);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        await SchemaAssert.ValidAsync(text, "error-400-validation.schema.json");
        var field = JsonNode.Parse(text)!["details"]!["fields"]![0]!;
        ((string?)field["field"]).Should().Be("at");
        fromCommandLine.Should().Be($"--clock {at}: {(string?)field["message"]}");
        mock.Clock.GetUtcNow().Should().Be(TestClock.Now);
    }

    [Fact]
    public async Task Set_IsoInstantWithAnOffset_AcceptedAsOnTheCommandLine()
    {
        await using var mock = MockHttp.Start();
        using var root = ControlHttp.RootClient(mock);

        using var response = await root.SendAsync(HttpMethod.Post, "__buena/clock/set?at=" + Uri.EscapeDataString("2026-01-15T14:00:00+01:00"));

        ((int)response.StatusCode).Should().Be(200);
        mock.Clock.GetUtcNow().Should().Be(TestClock.Now.AddHours(1));
    }
}
