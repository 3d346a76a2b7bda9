using BuenaMock.Faults;
using BuenaMock.Options;
using BuenaMock.RateLimiting;
using BuenaMock.Simulation;
using BuenaMock.Tests.Support;

namespace BuenaMock.Tests.Host;

/// <summary>The banner says what is in force: clock, limits, faults, state, CORS and the extra endpoints.</summary>
public class BannerInForceTests
{
    [Fact]
    public async Task Write_ClockGivenAndATimeScale_RunningNotPinned()
    {
        // Regression: with --clock X --time-scale 120 the banner said "Clock pinned at …".
        await using var mock = MockHttp.Start(configure: o => o.TimeScale = 120);

        var text = Banner(mock);

        text.Should().Contain($"  Clock     running 120x from {TestClock.NowText} (now ");
        text.Should().NotContain("pinned");
    }

    [Fact]
    public async Task Write_Defaults_EverythingOffSaidSo()
    {
        await using var mock = MockHttp.Start();

        var text = Banner(mock);

        text.Should().Contain("  Limits    off");
        text.Should().Contain("  Faults    none");
        text.Should().Contain("  CORS      any origin");
        text.Should().Contain($"  Control   {mock.Url}/__buena{Environment.NewLine}");
        text.Should().Contain($"  Docs      {mock.Url}/__buena/docs");
        text.Should().NotContain("State").And.NotContain("HTTPS").And.NotContain("/__admin");
    }

    [Fact]
    public async Task Write_EverythingOn_EachSettingNamed()
    {
        using var folder = new TempFolder();
        var state = Path.Combine(folder.Path, "state.json");
        await using var mock = MockHttp.Start(configure: o =>
        {
            o.RateLimits = RateLimitPolicy.Documented;
            o.Latency = LatencyRange.TryParse("50-300ms", out var range) ? range : null;
            o.ErrorRate = 0.1;
            o.ErrorKinds = ["500", "reset"];
            o.StatePath = state;
            o.CorsOrigins = ["http://localhost:3000"];
            o.AdminToken = "admin-token-1";
            o.WireMockAdmin = true;
        });

        var text = Banner(mock);

        text.Should().Contain("  Limits    60/minute, 1,000/hour, 10,000/day per key");
        text.Should().Contain("  Faults    latency 50-300ms; errors on 10% of API requests (500, reset)");
        text.Should().Contain($"  State     {state} (new; saved on shutdown)");
        text.Should().Contain("  CORS      http://localhost:3000");
        text.Should().Contain($"  Control   {mock.Url}/__buena (needs the admin token)");
        text.Should().Contain($"  WireMock  {mock.Url}/__admin");
    }

    [Fact]
    public async Task Write_ControlAndCorsOff_SaidSo()
    {
        await using var mock = MockHttp.Start(configure: o =>
        {
            o.ControlEnabled = false;
            o.Cors = false;
        });

        var text = Banner(mock);

        text.Should().Contain("  Control   off (--no-control)");
        text.Should().Contain("  CORS      off");
    }

    private static string Banner(BuenaMockServer mock)
    {
        using var output = new StringWriter();
        BuenaMock.Banner.Write(output, mock);
        return output.ToString();
    }
}
