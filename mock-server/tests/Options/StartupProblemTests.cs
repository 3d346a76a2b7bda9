using System.Net;
using System.Net.Sockets;
using BuenaMock.Options;
using BuenaMock.Tests.Support;

namespace BuenaMock.Tests.Options;

/// <summary>
/// Problems found only when the server starts (a corrupt state file, a port in use, an unreadable
/// certificate) name the option as the user gave it, like the problems found while reading the options.
/// </summary>
public sealed class StartupProblemTests
{
    [Theory]
    [InlineData("CommandLine", "--state {0}: not a readable state file")]
    [InlineData("Environment", "BUENAMOCK_STATE={0}: not a readable state file")]
    [InlineData("ConfigFile", "config state \"{0}\": not a readable state file")]
    public void Start_CorruptStateFile_NamedAsGiven(string source, string expected)
    {
        using var folder = new TempFolder();
        var state = Path.Combine(folder.Path, "state.json");
        File.WriteAllText(state, "{ not json");
        var options = Load(source, "state", state, folder);

        var start = () => BuenaMockServer.Start(options);

        start.Should().Throw<OptionsException>().Which.Problems.Should().ContainSingle()
            .Which.Should().StartWith(string.Format(System.Globalization.CultureInfo.InvariantCulture, expected, state));
        File.ReadAllText(state).Should().Be("{ not json", "a state file that cannot be read is left as it is");
    }

    [Theory]
    [InlineData("CommandLine", "--port {0}: already in use")]
    [InlineData("Environment", "BUENAMOCK_PORT={0}: already in use")]
    public void Start_PortInUse_NamedAsGiven(string source, string expected)
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var folder = new TempFolder();
        var options = Load(source, "port", port, folder);

        var start = () => BuenaMockServer.Start(options);

        start.Should().Throw<OptionsException>().Which.Problems.Should().ContainSingle()
            .Which.Should().StartWith(string.Format(System.Globalization.CultureInfo.InvariantCulture, expected, port));
    }

    [Fact]
    public void Start_CertificateFileMissingFromTheEnvironment_NamesTheVariable()
    {
        using var folder = new TempFolder();
        var missing = Path.Combine(folder.Path, "missing.pfx");
        var options = Load("Environment", "https-cert", missing, folder);

        var start = () => BuenaMockServer.Start(options);

        start.Should().Throw<OptionsException>().Which.Problems.Should().Equal($"BUENAMOCK_HTTPS_CERT={missing}: file not found");
    }

    [Fact]
    public void Start_ConfigKeyForAUserNotGenerated_NamedAsAConfigEntry()
    {
        using var folder = new TempFolder();
        var config = Path.Combine(folder.Path, "config.json");
        var key = "bna_" + new string('a', 64);
        File.WriteAllText(config, $$"""{ "port": 0, "keys": [{ "key": "{{key}}", "user": "dddddddddddddddddddddddd" }] }""");
        var loaded = OptionsLoader.Load(["--config", config], new Dictionary<string, string?>());
        loaded.Problems.Should().BeEmpty();

        var start = () => BuenaMockServer.Start(loaded.Options!);

        start.Should().Throw<OptionsException>().Which.Problems.Should().Equal(
            "config keys[0].user \"dddddddddddddddddddddddd\": no such user (set userIds, or use userIndex)");
    }

    [Fact]
    public void Start_OptionsSetInCode_NamedAsTheCommandLineOption()
    {
        using var folder = new TempFolder();
        var state = Path.Combine(folder.Path, "state.json");
        File.WriteAllText(state, "[]");

        var start = () => BuenaMockServer.Start(new BuenaMockOptions { Port = 0, StatePath = state });

        start.Should().Throw<OptionsException>().Which.Problems.Should().OnlyContain(p => p.StartsWith($"--state {state}: ", StringComparison.Ordinal));
    }

    /// <summary>Options read by the loader with <paramref name="option"/> given on the command line, in the environment or in a config file.</summary>
    private static BuenaMockOptions Load(string source, string option, string value, TempFolder folder)
    {
        var field = string.Concat(option.Split('-').Select((part, i) => i == 0 ? part : char.ToUpperInvariant(part[0]) + part[1..]));
        var variable = "BUENAMOCK_" + option.Replace('-', '_').ToUpperInvariant();
        var port = option == "port" ? [] : new[] { "--port", "0" };
        var result = source switch
        {
            "CommandLine" => OptionsLoader.Load([.. port, "--" + option, value], new Dictionary<string, string?>()),
            "Environment" => OptionsLoader.Load(port, new Dictionary<string, string?> { [variable] = value }),
            _ => OptionsLoader.Load([.. port, "--config", WriteConfig(folder, field, value)], new Dictionary<string, string?>()),
        };
        result.Problems.Should().BeEmpty();
        return result.Options!;
    }

    private static string WriteConfig(TempFolder folder, string field, string value)
    {
        var path = Path.Combine(folder.Path, "config.json");
        File.WriteAllText(path, System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string> { [field] = value }));
        return path;
    }
}
