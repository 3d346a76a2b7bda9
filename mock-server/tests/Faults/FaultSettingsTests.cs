using BuenaMock.Faults;
using BuenaMock.Http;
using BuenaMock.Options;

namespace BuenaMock.Tests.Faults;

public class FaultSettingsTests
{
    [Fact]
    public void Decide_NoFaultsConfigured_NoDelayNoFault()
    {
        var settings = new FaultSettings(FaultConfiguration.None, seed: 42);

        Enumerable.Range(0, 100).Select(_ => settings.Decide(RouteNames.Jobs)).Should().AllBeEquivalentTo(FaultDecision.None);
    }

    [Fact]
    public void Decide_ErrorRateOne_AlwaysAFaultFromTheKinds()
    {
        var settings = new FaultSettings(new FaultConfiguration { ErrorRate = 1, ErrorKinds = [FaultKind.Unavailable, FaultKind.Reset] }, seed: 42);

        var faults = Enumerable.Range(0, 200).Select(_ => settings.Decide(RouteNames.Jobs).Fault).ToList();

        faults.Should().OnlyContain(f => f == FaultKind.Unavailable || f == FaultKind.Reset);
        faults.Distinct().Should().HaveCount(2, "both kinds are chosen");
    }

    [Fact]
    public void Decide_ErrorRateZero_NeverAFault()
    {
        var settings = new FaultSettings(new FaultConfiguration { ErrorRate = 0, Latency = new LatencyRange(1, 5) }, seed: 42);

        Enumerable.Range(0, 200).Select(_ => settings.Decide(RouteNames.Jobs).Fault).Should().OnlyContain(f => f == null);
    }

    [Fact]
    public void Decide_ErrorRateAFraction_RoughlyThatFraction()
    {
        var settings = new FaultSettings(new FaultConfiguration { ErrorRate = 0.3 }, seed: 42);

        var faults = Enumerable.Range(0, 10_000).Count(_ => settings.Decide(RouteNames.Jobs).Fault is not null);

        faults.Should().BeInRange(2_700, 3_300);
    }

    [Fact]
    public void Decide_SameSeed_SameSequence()
    {
        var config = new FaultConfiguration { ErrorRate = 0.5, ErrorKinds = Enum.GetValues<FaultKind>(), Latency = new LatencyRange(0, 1000) };
        var a = new FaultSettings(config, seed: 7);
        var b = new FaultSettings(config, seed: 7);
        var c = new FaultSettings(config, seed: 8);

        var first = Enumerable.Range(0, 100).Select(_ => a.Decide(RouteNames.Jobs)).ToList();

        Enumerable.Range(0, 100).Select(_ => b.Decide(RouteNames.Jobs)).Should().Equal(first);
        Enumerable.Range(0, 100).Select(_ => c.Decide(RouteNames.Jobs)).Should().NotEqual(first);
    }

    [Fact]
    public void Replace_RestartsTheSeededSequence()
    {
        var config = new FaultConfiguration { ErrorRate = 0.5, ErrorKinds = Enum.GetValues<FaultKind>() };
        var settings = new FaultSettings(config, seed: 7);
        var first = Enumerable.Range(0, 50).Select(_ => settings.Decide(RouteNames.Jobs)).ToList();

        settings.Replace(config);

        Enumerable.Range(0, 50).Select(_ => settings.Decide(RouteNames.Jobs)).Should().Equal(first);
        settings.Current.Should().BeSameAs(config);
    }

    [Fact]
    public void Decide_RouteLatency_ReplacesTheGlobalOne()
    {
        var settings = new FaultSettings(
            new FaultConfiguration
            {
                Latency = new LatencyRange(100, 100),
                RouteLatency = new Dictionary<string, LatencyRange> { [RouteNames.Jobs] = new(2000, 2000) },
            },
            seed: 42);

        settings.Decide(RouteNames.Jobs).DelayMs.Should().Be(2000);
        settings.Decide(RouteNames.Health).DelayMs.Should().Be(100);
    }

    [Fact]
    public void Decide_OnlyRouteLatency_OtherRoutesUndelayed()
    {
        var settings = new FaultSettings(
            new FaultConfiguration { RouteLatency = new Dictionary<string, LatencyRange> { [RouteNames.JobCounts] = new(30, 30) } },
            seed: 42);

        settings.Decide(RouteNames.JobCounts).DelayMs.Should().Be(30);
        settings.Decide(RouteNames.Jobs).DelayMs.Should().Be(0);
    }

    [Fact]
    public void From_Options_CopiesEveryFaultSetting()
    {
        var options = new BuenaMockOptions
        {
            Latency = new LatencyRange(50, 300),
            RouteLatency = new Dictionary<string, LatencyRange> { [RouteNames.Jobs] = new(2000, 2000) },
            ErrorRate = 0.25,
            ErrorKinds = ["reset"],
        };

        var config = FaultConfiguration.From(options);

        config.Latency.Should().Be(new LatencyRange(50, 300));
        config.RouteLatency.Should().Equal(new Dictionary<string, LatencyRange> { [RouteNames.Jobs] = new(2000, 2000) });
        config.ErrorRate.Should().Be(0.25);
        config.ErrorKinds.Should().Equal(FaultKind.Reset);
    }

    [Fact]
    public void FaultKinds_EveryKindHasOneNameThatParsesBack()
    {
        foreach (var kind in Enum.GetValues<FaultKind>())
        {
            FaultKinds.TryParse(kind.Name(), out var parsed).Should().BeTrue();
            parsed.Should().Be(kind);
        }

        FaultKinds.List.Should().Be("500, 503, empty, malformed, reset");
        FaultKinds.TryParse("EMPTY", out _).Should().BeFalse("names are matched exactly");
    }
}
