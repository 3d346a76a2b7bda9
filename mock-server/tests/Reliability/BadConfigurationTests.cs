using BuenaMock.Tests.Support;

namespace BuenaMock.Tests.Reliability;

/// <summary>
/// The built host given wrong options or config values: exit code 2, one message naming every problem, no stack
/// trace, nothing written. (A port that is not a number and a port in use are in Host/HostProcessTests.)
/// </summary>
public sealed class BadConfigurationTests
{
    private static readonly TimeSpan ExitTimeout = TimeSpan.FromSeconds(30);

    public static TheoryData<string> Cases => [.. Case.Keys];

    private static readonly Dictionary<string, Func<TempFolder, (string[] Args, string Problem)>> Case = new(StringComparer.Ordinal)
    {
        ["port over 65535"] = _ => (["--port", "70000"], "--port 70000: not a port number (0 to 65535)"),
        ["negative port"] = _ => (["--port", "-1"], "--port -1: not a port number (0 to 65535)"),
        ["impossible clock"] = _ => (["--clock", "2026-13-45T00:00:00Z"], "--clock 2026-13-45T00:00:00Z: not an ISO-8601 instant (e.g. 2026-01-15T12:00:00Z)"),
        ["clock past the last instant"] = _ => (["--clock", "9999-12-31T23:59:59Z"], "--clock 9999-12-31T23:59:59Z: must be between 2000-01-01T00:00:00Z and 9000-01-01T00:00:00Z"),
        ["negative time scale"] = _ => (["--time-scale", "-1"], "--time-scale -1: must be between 0 (frozen) and 1000000"),
        ["two rate limits"] = _ => (["--rate-limits", "1,2"], "--rate-limits 1,2: must be off, documented, or three positive whole numbers per-minute,per-hour,per-day"),
        ["unknown option"] = _ => (["--colour", "red"], "Unrecognized command or argument '--colour'."),
        ["malformed config JSON"] = folder => Config(folder, """{"port": 5080,""", "cannot be read (Could not parse the JSON file.)"),
        ["unknown config field"] = folder => Config(folder, """{"colour": "red"}""", "unknown field \"colour\""),
        ["config value not a number"] = folder => Config(folder, """{"timeScale": "fast"}""", null, "config timeScale \"fast\": not a number"),
        ["state file is a folder"] = folder => StateAt(Directory.CreateDirectory(Path.Combine(folder.Path, "state.json")).FullName, "is a folder, not a state file"),
        ["state file is corrupt"] = folder => StateAt(Write(folder, "state.json", "{\"format\": 1, \"jobs\": [tru"), "not a readable state file ("),
        ["state file of another format"] = folder => StateAt(Write(folder, "state.json", "{\"format\": 99, \"users\": []}"), "format 99 is not 1"),
        ["state file with fields left out"] = folder => StateAt(Write(folder, "state.json", "{\"users\": [{\"id\": \"65e0a32640a597f6a7f897ea\"}], \"jobs\": [{}]}"), "every user needs an id and a name"),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Main_OneWrongValue_ExitCode2OneMessageNamingItAndNothingWritten(string name)
    {
        using var folder = new TempFolder();
        var (args, problem) = Case[name](folder);
        var before = Snapshot(folder);
        string[] all = [.. args, .. args.Contains("--port") ? [] : new[] { "--port", "0" }, .. args.Contains("--state") ? [] : new[] { "--state", Path.Combine(folder.Path, "absent-state.json") }];

        using var host = ServerProcess.Start(all);

        (await host.WaitForExitAsync(ExitTimeout)).Should().BeTrue("a wrong value stops the program before it listens ({0})", name);
        host.ExitCode.Should().Be(2);
        var stderr = host.StandardError;
        stderr.Should().Contain(problem);
        stderr.Split("BuenaMock options are invalid:").Should().HaveCount(2, "one message: {0}", stderr);
        stderr.Should().NotContainAny("   at ", "Exception", "System.");
        host.StandardOutput.Should().NotContain("listening");
        Snapshot(folder).Should().Equal(before, "nothing is written: no state file, no temporary file, nothing changed");
    }

    [Fact]
    public async Task Main_ManyWrongValues_OneMessageNamingEachOnceAndNothingWritten()
    {
        using var folder = new TempFolder();
        var config = Write(folder, "config.json", """{"colour": "red", "users": 0, "errorRate": 2}""");
        var state = Directory.CreateDirectory(Path.Combine(folder.Path, "state-folder")).FullName;
        var record = Path.Combine(folder.Path, "recordings");
        var before = Snapshot(folder);

        using var host = ServerProcess.Start(
            "--port", "70000", "--clock", "yesterday", "--time-scale", "-1", "--rate-limits", "fast", "--nope",
            "--config", config, "--state", state, "--proxy", "http://127.0.0.1:9/api/v2", "--record", record);

        (await host.WaitForExitAsync(ExitTimeout)).Should().BeTrue();
        host.ExitCode.Should().Be(2);
        var problems = host.StandardError.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        problems.Should().StartWith("BuenaMock options are invalid:").And.EndWith("Run with --help to see every option.");
        problems[1..^1].Should().BeEquivalentTo(
            "Unrecognized command or argument '--nope'.",
            $"--config {config}: unknown field \"colour\"",
            "--clock yesterday: not an ISO-8601 instant (e.g. 2026-01-15T12:00:00Z)",
            "--rate-limits fast: must be off, documented, or three positive whole numbers per-minute,per-hour,per-day",
            "--port 70000: not a port number (0 to 65535)",
            "config users \"0\": must be between 1 and 1000",
            "--time-scale -1: must be between 0 (frozen) and 1000000",
            "config errorRate \"2\": must be a number from 0 to 1",
            $"--state {state}: is a folder, not a state file");
        host.StandardError.Should().NotContainAny("   at ", "Exception", "System.");
        Directory.Exists(record).Should().BeFalse("the record folder is created only by a start that succeeds");
        Snapshot(folder).Should().Equal(before);
    }

    private static (string[] Args, string Problem) Config(TempFolder folder, string json, string? problem, string? whole = null)
    {
        var path = Write(folder, "config.json", json);
        return (["--config", path], whole ?? $"--config {path}: {problem}");
    }

    private static (string[] Args, string Problem) StateAt(string path, string problem) => (["--state", path], $"--state {path}: {problem}");

    private static string Write(TempFolder folder, string name, string content)
    {
        var path = Path.Combine(folder.Path, name);
        File.WriteAllText(path, content);
        return path;
    }

    /// <summary>Every file and folder under the temp folder, with each file's size and last write time.</summary>
    private static List<string> Snapshot(TempFolder folder) =>
        [.. Directory.EnumerateFileSystemEntries(folder.Path, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(p => File.Exists(p) ? $"{p} {new FileInfo(p).Length} {File.GetLastWriteTimeUtc(p):O}" : p + "/")];
}
