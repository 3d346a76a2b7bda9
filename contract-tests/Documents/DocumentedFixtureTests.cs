using BuenaMock.ContractTests.Infrastructure;
using BuenaMock.ContractTests.Rules;
using FluentAssertions;

namespace BuenaMock.ContractTests.Documents;

/// <summary>
/// The page's own examples (fixtures/documented/, copied verbatim) validate against the schemas — offline, no
/// target. If one fails, the schema contradicts the documentation.
/// </summary>
public sealed class DocumentedFixtureTests
{
    private static readonly Lazy<Task<SchemaCatalog>> _schemas = new(() =>
        SchemaCatalog.LoadAsync(SchemaCatalog.DefaultDirectory, TargetConfiguration.FromEnvironment().Strict));

    public static TheoryData<string, string> Fixtures => new()
    {
        { "get-user-jobs.200.json", SchemaNames.JobsResponse },
        { "global-key.400.json", SchemaNames.Error400GlobalKey },
        { "permission-denied.403.json", SchemaNames.Error403 },
    };

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task DocumentedFixture_ValidatedAgainstItsSchema_IsValid(string fixture, string schema)
    {
        var example = Load(fixture, 200);

        example.ShouldMatchSchema(await _schemas.Value, schema);
    }

    [Fact]
    public void DocumentedJobsFixture_CheckedByJobRules_KeepsTheInvariants()
    {
        var example = Load("get-user-jobs.200.json", 200);

        JobsPayload.From(example).ShouldKeepJobInvariants().ShouldHaveUniqueIds();
    }

    [Fact]
    public void DocumentedGlobalKeyFixture_ComparedWithSuite_HasTheSameText()
    {
        var example = Load("global-key.400.json", 400);

        JsonRead.Text(example.Json?["error"]).Should().Be(ErrorAssertions.GlobalKeyError, "the suite checks targets against the page's text{0}", example.Describe());
        JsonRead.Text(example.Json?["availableRoute"]).Should().Be(ErrorAssertions.GlobalKeyAvailableRoute, "the suite checks targets against the page's text{0}", example.Describe());
    }

    [Fact]
    public void DocumentedPermissionFixture_Read_NamesUsersRead()
    {
        var example = Load("permission-denied.403.json", 403);

        JsonRead.Text(example.Json?["permissionHelp"]?["required"]).Should().Be("users:read", "the page's 403 is for users:read{0}", example.Describe());
    }

    /// <summary>A fixture file as if it were a response, so the same assertions and messages apply.</summary>
    private static ContractResponse Load(string fixture, int status)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "fixtures", "documented", fixture);
        File.Exists(path).Should().BeTrue("the documented fixture {0} is copied from ../fixtures/documented/ into the test output", fixture);
        return new ContractResponse("FILE", $"fixtures/documented/{fixture}", apiKey: null, status, "application/json; charset=utf-8", File.ReadAllText(path));
    }
}
