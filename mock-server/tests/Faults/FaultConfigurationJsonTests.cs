using System.Text;
using BuenaMock.Faults;

namespace BuenaMock.Tests.Faults;

public class FaultConfigurationJsonTests
{
    [Fact]
    public void Read_WholeConfiguration_EveryField()
    {
        var (config, errors) = Read("""{"latency": "50-300ms", "routeLatency": {"jobs": "2s"}, "errorRate": 0.1, "errorKinds": ["500", "503", "reset"]}""");

        errors.Should().BeEmpty();
        config!.Latency.Should().Be(new LatencyRange(50, 300));
        config.RouteLatency.Should().Equal(new Dictionary<string, LatencyRange> { ["jobs"] = new(2000, 2000) });
        config.ErrorRate.Should().Be(0.1);
        config.ErrorKinds.Should().Equal(FaultKind.Internal, FaultKind.Unavailable, FaultKind.Reset);
    }

    [Fact]
    public void Read_EmptyObject_TheDefaults()
    {
        var (config, errors) = Read("{}");

        errors.Should().BeEmpty();
        config.Should().BeEquivalentTo(FaultConfiguration.None);
    }

    [Fact]
    public void Read_NullLatencyAndRouteLatency_None()
    {
        var (config, _) = Read("""{"latency": null, "routeLatency": null}""");

        config!.Latency.Should().BeNull();
        config.RouteLatency.Should().BeEmpty();
    }

    [Fact]
    public void Read_EveryFieldBad_EachNamed()
    {
        var (config, errors) = Read("""{"latency": "soon", "routeLatency": {"nope": "1s", "jobs": "5x"}, "errorRate": 1.5, "errorKinds": ["500", "teapot"], "colour": "red"}""");

        config.Should().BeNull();
        errors.Select(e => e.Field).Should().BeEquivalentTo("latency", "routeLatency.nope", "routeLatency.jobs", "errorRate", "errorKinds[1]", "colour");
    }

    [Theory]
    [InlineData("""{"errorKinds": []}""", "errorKinds")]
    [InlineData("""{"errorKinds": "500"}""", "errorKinds")]
    [InlineData("""{"errorRate": "0.5"}""", "errorRate")]
    [InlineData("""{"errorRate": -0.1}""", "errorRate")]
    [InlineData("""{"routeLatency": ["jobs"]}""", "routeLatency")]
    [InlineData("""{"latency": "61s"}""", "latency")]
    [InlineData("""{"routeLatency": {"jobs": 5}}""", "routeLatency.jobs")]
    [InlineData("""{"errorKinds": ["500", 503]}""", "errorKinds[1]")]
    [InlineData("""{"errorRate": 0.5, "ErrorRate": 0.5}""", "ErrorRate")]
    [InlineData("""{"latency": {"min": 5}}""", "latency")]
    [InlineData("[]", "body")]
    [InlineData("null", "body")]
    [InlineData("""{"latency": "\ud800"}""", "latency")]
    [InlineData("not json", "body")]
    [InlineData("", "body")]
    public void Read_Bad_NamesTheField(string body, string field)
    {
        var (config, errors) = Read(body);

        config.Should().BeNull();
        errors.Should().ContainSingle().Which.Field.Should().Be(field);
    }

    [Theory]
    [InlineData("""{"errorKinds": "500"}""", "must be an array naming at least one of 500, 503, empty, malformed, reset")]
    [InlineData("""{"errorKinds": []}""", "must name at least one of 500, 503, empty, malformed, reset")]
    public void Read_ErrorKindsNotAListOrEmpty_SaysWhichItIs(string body, string message)
    {
        var (_, errors) = Read(body);

        errors.Should().ContainSingle().Which.Message.Should().Be(message);
    }

    [Fact]
    public void Write_ThenRead_TheSameConfiguration()
    {
        var original = new FaultConfiguration
        {
            Latency = new LatencyRange(5, 10),
            RouteLatency = new Dictionary<string, LatencyRange> { ["health"] = new(1, 1), ["jobs"] = new(20, 40) },
            ErrorRate = 0.25,
            ErrorKinds = [FaultKind.Empty, FaultKind.Malformed],
        };

        var (config, errors) = FaultConfigurationJson.Read(FaultConfigurationJson.Write(original));

        errors.Should().BeEmpty();
        config.Should().BeEquivalentTo(original);
    }

    [Fact]
    public void Write_None_NullLatencyAndDefaults()
    {
        Encoding.UTF8.GetString(FaultConfigurationJson.Write(FaultConfiguration.None))
            .Should().Be("""{"latency":null,"routeLatency":{},"errorRate":0,"errorKinds":["500","503"]}""");
    }

    private static (FaultConfiguration? Config, IReadOnlyList<BuenaMock.Errors.FieldError> Errors) Read(string json) =>
        FaultConfigurationJson.Read(Encoding.UTF8.GetBytes(json));
}
