using System.Text.Json.Nodes;
using BuenaMock.Faults;
using BuenaMock.Options;
using BuenaMock.Tests.Support;

namespace BuenaMock.Tests.Faults;

/// <summary>
/// One check of the fault settings: the same bad setting gets the same message on the command line,
/// in the environment, in a config file, in code and in <c>PUT /__buena/faults</c>; only the way the
/// setting is named differs.
/// </summary>
public sealed class FaultValidationTests
{
    private static readonly Dictionary<string, string?> NoEnvironment = [];

    public static TheoryData<string[], string, string, string> SameSettingEverywhere => new()
    {
        { ["--error-rate", "2"], """{"errorRate": 2}""", "--error-rate 2", "errorRate" },
        { ["--error-kinds", "teapot"], """{"errorKinds": ["teapot"]}""", "--error-kinds teapot", "errorKinds[0]" },
        { ["--latency", "soon"], """{"latency": "soon"}""", "--latency soon", "latency" },
        { ["--latency", "61s"], """{"latency": "61s"}""", "--latency 61s", "latency" },
    };

    [Theory]
    [MemberData(nameof(SameSettingEverywhere))]
    public async Task BadSetting_CommandLineAndPutFaults_TheSameMessage(string[] args, string body, string option, string field)
    {
        var fromCommandLine = OptionsLoader.Load(args, NoEnvironment).Problems.Should().ContainSingle().Subject;
        await using var mock = MockHttp.Start();
        using var root = ControlHttp.RootClient(mock);

        using var put = await root.SendAsync(HttpMethod.Put, "__buena/faults", body: body);

        ((int)put.StatusCode).Should().Be(400);
        var named = (await put.ReadJsonAsync())["details"]!["fields"]!.AsArray().Should().ContainSingle().Subject!;
        ((string?)named["field"]).Should().Be(field);
        fromCommandLine.Should().Be($"{option}: {(string?)named["message"]}");
    }

    [Fact]
    public async Task UnknownRoute_CommandLineAndPutFaults_TheSameMessage()
    {
        var fromCommandLine = OptionsLoader.Load(["--latency-route", "jobz=1s"], NoEnvironment).Problems.Should().ContainSingle().Subject;
        await using var mock = MockHttp.Start();
        using var root = ControlHttp.RootClient(mock);

        using var put = await root.SendAsync(HttpMethod.Put, "__buena/faults", body: """{"routeLatency": {"jobz": "1s"}}""");

        var named = (await put.ReadJsonAsync())["details"]!["fields"]![0]!;
        ((string?)named["field"]).Should().Be("routeLatency.jobz");
        fromCommandLine.Should().Be($"--latency-route jobz=1s: {(string?)named["message"]}");
    }

    [Fact]
    public void BadErrorRate_EachSource_NamedAsTheUserWroteIt()
    {
        using var config = new TempConfigFile("""{ "errorRate": 3 }""");

        OptionsLoader.Load([], new Dictionary<string, string?> { ["BUENAMOCK_ERROR_RATE"] = "2" }).Problems
            .Should().Equal("BUENAMOCK_ERROR_RATE=2: must be a number from 0 to 1");
        OptionsLoader.Load(["--config", config.Path], NoEnvironment).Problems
            .Should().Equal("config errorRate \"3\": must be a number from 0 to 1");
        OptionsLoader.Load(["--config", config.Path, "--error-rate", "1.5"], NoEnvironment).Problems
            .Should().Equal("--error-rate 1.5: must be a number from 0 to 1");
    }

    [Fact]
    public void Start_BadFaultsInCode_RefusedWithTheSameMessages()
    {
        // A LatencyRange built in code skips the text parser; the one check still sees it.
        var start = () => MockHttp.Start(configure: o =>
        {
            o.Latency = new LatencyRange(300, 50);
            o.RouteLatency = new Dictionary<string, LatencyRange> { ["jobz"] = new(1, 1) };
            o.ErrorKinds = [];
        });

        start.Should().Throw<OptionsException>().Which.Problems.Should().Equal(
            "--latency 300-50ms: must be a latency such as 200ms, 2s or 50-300ms (at most 60000 ms)",
            "--latency-route jobz=1ms: must be a route among jobs, userJobStatus, jobStatus, jobCounts, editJobMessage, health",
            "--error-kinds: must name at least one of 500, 503, empty, malformed, reset");
    }

    [Fact]
    public async Task PutFaults_WrongKindAndUnknownField_400NamingItAndNothingChanges()
    {
        await using var mock = MockHttp.Start(configure: o => o.ErrorRate = 0.5);
        using var root = ControlHttp.RootClient(mock);
        var before = (await root.GetJsonAsync("__buena/faults", key: null)).ToJsonString();

        using var wrongKind = await root.SendAsync(HttpMethod.Put, "__buena/faults", body: """{"errorRate": "all"}""");
        using var unknown = await root.SendAsync(HttpMethod.Put, "__buena/faults", body: """{"errorRate": 1, "errorKind": ["500"]}""");

        await AssertNamesAsync(wrongKind, "errorRate", "must be a number from 0 to 1");
        await AssertNamesAsync(unknown, "errorKind", "is not a fault setting (latency, routeLatency, errorRate, errorKinds)");
        (await root.GetJsonAsync("__buena/faults", key: null)).ToJsonString().Should().Be(before);
    }

    [Fact]
    public async Task PutFaults_FieldNamedWithALoneSurrogate_400NotACrash()
    {
        await using var mock = MockHttp.Start();
        using var root = ControlHttp.RootClient(mock);

        using var put = await root.SendAsync(HttpMethod.Put, "__buena/faults", body: """{"\ud800": 1}""");

        ((int)put.StatusCode).Should().Be(400);
        await SchemaAssert.ValidAsync(await put.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), "error-400-validation.schema.json");
    }

    private static async Task AssertNamesAsync(HttpResponseMessage response, string field, string message)
    {
        ((int)response.StatusCode).Should().Be(400);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        await SchemaAssert.ValidAsync(text, "error-400-validation.schema.json");
        var fields = JsonNode.Parse(text)!["details"]!["fields"]!.AsArray();
        fields.Select(f => ((string?)f!["field"], (string?)f["message"])).Should().Equal((field, message));
    }
}
