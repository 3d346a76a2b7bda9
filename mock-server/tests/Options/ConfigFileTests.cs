using BuenaMock.Auth;
using BuenaMock.Jobs;
using BuenaMock.Options;
using BuenaMock.Tests.Support;

namespace BuenaMock.Tests.Options;

public class ConfigFileTests
{
    private static readonly Dictionary<string, string?> NoEnvironment = [];

    [Fact]
    public void Load_KeysAndUserIds_ReplaceTheDefaults()
    {
        using var config = new TempConfigFile("""
            {
              "userIds": ["aaaaaaaaaaaaaaaaaaaaaaaa"],
              "keys": [
                { "key": "bna_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "user": "aaaaaaaaaaaaaaaaaaaaaaaa",
                  "name": "CI key", "permissions": ["users:read", "jobs:read"], "active": false, "expiresAt": "2026-02-01T00:00:00Z" },
                { "key": "bna_bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", "userIndex": 1 },
                { "key": "ops12345-abcdefghijklmnopqrstu", "kind": "global" }
              ]
            }
            """);

        var result = OptionsLoader.Load(["--config", config.Path], NoEnvironment);

        result.Problems.Should().BeEmpty();
        var options = result.Options!;
        options.UserIds.Should().Equal("aaaaaaaaaaaaaaaaaaaaaaaa");
        options.Keys.Should().HaveCount(3);
        options.Keys[0].Should().BeEquivalentTo(new ApiKeyOptions
        {
            Key = "bna_" + new string('a', 64), Kind = "user", User = "aaaaaaaaaaaaaaaaaaaaaaaa", Name = "CI key",
            Permissions = ["users:read", "jobs:read"], Active = false, ExpiresAt = new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero),
        });
        options.Keys[1].UserIndex.Should().Be(1);
        options.Keys[1].Permissions.Should().BeEmpty();
        options.Keys[2].Kind.Should().Be("global");
    }

    [Fact]
    public void Load_FieldNamesInAnyCase_Accepted()
    {
        using var config = new TempConfigFile("""{ "Port": 4000, "JOBSPERUSER": 7 }""");

        var options = OptionsLoader.Load(["--config", config.Path], NoEnvironment).Options!;

        options.Port.Should().Be(4000);
        options.JobsPerUser.Should().Be(7);
    }

    [Fact]
    public void Load_UnknownField_Problem()
    {
        using var config = new TempConfigFile("""{ "prot": 5081, "seed": 1 }""");

        var result = OptionsLoader.Load(["--config", config.Path], NoEnvironment);

        result.Options.Should().BeNull();
        result.Problems.Should().Equal($"--config {config.Path}: unknown field \"prot\"");
    }

    [Fact]
    public void Load_MalformedJson_ProblemNamesTheFile()
    {
        using var config = new TempConfigFile("""{ "port": 5081, """);

        var result = OptionsLoader.Load(["--config", config.Path], NoEnvironment);

        result.Options.Should().BeNull();
        result.Problems.Should().ContainSingle().Which.Should().StartWith($"--config {config.Path}: cannot be read (");
    }

    [Fact]
    public void Load_MissingFile_Problem()
    {
        var path = Path.Combine(Path.GetTempPath(), $"buenamock-missing-{Guid.NewGuid():N}.json");

        var result = OptionsLoader.Load(["--config", path], NoEnvironment);

        result.Options.Should().BeNull();
        result.Problems.Should().Equal($"--config {path}: file not found");
    }

    [Fact]
    public void Load_BadScalarValues_ProblemsNameTheField()
    {
        using var config = new TempConfigFile("""{ "port": "http", "clock": "yesterday" }""");

        var result = OptionsLoader.Load(["--config", config.Path], NoEnvironment);

        result.Problems.Should().Equal(
            "config port \"http\": not a port number",
            "config clock \"yesterday\": not an ISO-8601 instant (e.g. 2026-01-15T12:00:00Z)");
    }

    [Fact]
    public void Load_BadKeyEntryValues_OneProblemEach()
    {
        using var config = new TempConfigFile("""
            { "keys": [
                { "key": "bna_1111111111111111111111111111111111111111111111111111111111111111", "userIndex": "first" },
                { "key": "bna_2222222222222222222222222222222222222222222222222222222222222222", "userIndex": 0, "active": "maybe", "expiresAt": "Jan 15 2027" }
            ] }
            """);

        var result = OptionsLoader.Load(["--config", config.Path], NoEnvironment);

        result.Options.Should().BeNull();
        result.Problems.Should().Equal(
            "config keys[0].userIndex \"first\": not a whole number",
            "config keys[1].active \"maybe\": not true or false",
            "config keys[1].expiresAt \"Jan 15 2027\": not an ISO-8601 instant (e.g. 2026-01-15T12:00:00Z)");
    }

    [Fact]
    public void Load_KeyEntryBooleans_ReadAsEveryOtherBoolean()
    {
        using var config = new TempConfigFile("""
            { "keys": [
                { "key": "bna_1111111111111111111111111111111111111111111111111111111111111111", "userIndex": 0, "active": "no" },
                { "key": "bna_2222222222222222222222222222222222222222222222222222222222222222", "userIndex": 0, "active": "on" }
            ] }
            """);

        var result = OptionsLoader.Load(["--config", config.Path], NoEnvironment);

        result.Problems.Should().BeEmpty();
        result.Options!.Keys.Select(k => k.Active).Should().Equal(false, true);
    }

    [Fact]
    public void Load_InvalidKeyEntries_ValidatorNamesEachEntry()
    {
        using var config = new TempConfigFile("""
            { "keys": [
                { "key": "not-a-user-key-at-all", "userIndex": 0 },
                { "key": "bna_1111111111111111111111111111111111111111111111111111111111111111", "permissions": ["jobs:delete"] },
                { "key": "bna_1111111111111111111111111111111111111111111111111111111111111111", "userIndex": 0, "kind": "admin" }
            ] }
            """);

        var result = OptionsLoader.Load(["--config", config.Path], NoEnvironment);

        result.Problems.Should().Equal(
            "config keys[0].key \"not-a-us…\": a user key is \"bna_\" and 64 lowercase hex characters",
            "config keys[1]: a user key needs \"user\" or \"userIndex\"",
            "config keys[1].permissions \"jobs:delete\": not a documented permission",
            "config keys[2].key \"bna_1111…\": listed twice",
            "config keys[2].kind \"admin\": must be \"user\" or \"global\"");
    }

    [Fact]
    public void Load_EmptyKeysList_ReplacesTheDefaults()
    {
        // "keys: … replaces the defaults when given" — an empty list must not bring the public dev keys back.
        using var config = new TempConfigFile("""{ "keys": [] }""");

        var options = OptionsLoader.Load(["--config", config.Path], NoEnvironment).Options!;

        options.Keys.Should().BeEmpty();
    }
    [Theory]
    [InlineData("""{ "seed": [1, 2] }""", "seed")]
    [InlineData("""{ "port": { "value": 0 } }""", "port")]
    public void Load_ScalarFieldGivenAnArrayOrObject_ProblemNamingTheField(string json, string field)
    {
        // Regression: such a value was silently ignored and the default used (the server started on seed 42 / port 5080).
        using var config = new TempConfigFile(json);

        var result = OptionsLoader.Load(["--config", config.Path], NoEnvironment);

        result.Options.Should().BeNull("a value of the wrong shape is a mistake to report, not to ignore");
        result.Problems.Should().ContainSingle().Which.Should().Contain(field);
    }
}
