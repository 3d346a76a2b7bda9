using BuenaMock.ContractTests.Infrastructure;
using FluentAssertions;

namespace BuenaMock.ContractTests.SelfTests;

/// <summary>
/// Offline: a documented rule looks only at the documented parts of a schema. A body that breaks only an
/// x-inferred part passes the documented view and fails the full one; a documented break fails both.
/// </summary>
public sealed class InferredSchemaPartSelfTests
{
    private static readonly Lazy<Task<SchemaCatalog>> _schemas = new(() => SchemaCatalog.LoadAsync(SchemaCatalog.DefaultDirectory, strict: false));

    [Fact]
    public async Task CompletedJobAtProgress99_BreaksOnlyAnInferredPart()
    {
        var schema = (await _schemas.Value).Get(SchemaNames.JobsResponse);
        var body = SampleBodies.JobsWith(n => n["data"]!["jobs"]![3]!["progress"] = 99);

        SchemaViolations.Of(schema, body, documentedOnly: true).Should().BeEmpty("progress 100 when completed is this project's decision");
        SchemaViolations.Of(schema, body, documentedOnly: false).Should().NotBeEmpty("the full schema holds the inferred invariant");
    }

    [Fact]
    public async Task ProgressAsString_BreaksADocumentedPart()
    {
        var schema = (await _schemas.Value).Get(SchemaNames.JobsResponse);
        var body = SampleBodies.JobsWith(n => n["data"]!["jobs"]![3]!["progress"] = "100");

        SchemaViolations.Of(schema, body, documentedOnly: true).Should().Contain(line => line.Contains("progress", StringComparison.Ordinal),
            "progress is documented as a completion percentage (0-100), a number");
    }
}
