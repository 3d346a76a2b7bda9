using System.Text.Json.Nodes;
using BuenaMock.ContractTests.Infrastructure;
using BuenaMock.ContractTests.Rules;
using FluentAssertions;

namespace BuenaMock.ContractTests.SelfTests;

/// <summary>Offline self-tests of the suite's own rules: filters, configuration, redaction, JSON paths.</summary>
public sealed class RuleSelfTests
{
    [Theory]
    [InlineData(null, null, true)]
    [InlineData("0", "0", true)]
    [InlineData("100", "100", true)]
    [InlineData("abc", null, false)]
    [InlineData("-1", null, false)]
    [InlineData(null, "1.5", false)]
    [InlineData("101", "100", false)]
    public void JobFilter_Dates_ValidExactlyForOrderedNonNegativeIntegers(string? start, string? end, bool valid)
    {
        new JobFilter(StartDate: start, EndDate: end).IsValid.Should().Be(valid);
    }

    [Fact]
    public void JobFilter_OwnCreatedAtAsBothBounds_MatchesTheJob()
    {
        var job = JobRecord.From(JsonNode.Parse("""{"id": "a", "status": "completed", "type": "t", "createdAt": "2024-01-20T10:00:00Z"}"""));
        var second = JobFilter.Seconds(job.CreatedAtSeconds!.Value);

        new JobFilter(StartDate: second, EndDate: second).Matches(job).Should().BeTrue();
        new JobFilter(StartDate: JobFilter.Seconds(job.CreatedAtSeconds.Value + 1)).Matches(job).Should().BeFalse();
        new JobFilter(Status: "Completed").Matches(job).Should().BeFalse("status is an exact match");
    }

    [Fact]
    public void Redaction_Key_ShowsFirstEightCharactersOnly()
    {
        Redaction.Key("bna_" + new string('a', 64)).Should().Be("bna_aaaa…");
        Redaction.Key(null).Should().Be("(none)");
    }

    [Fact]
    public void TargetConfiguration_NoBaseUrl_InProcessWithDefaultKeysAndWrites()
    {
        var configuration = TargetConfiguration.FromVariables(_ => null);

        configuration.IsInProcess.Should().BeTrue();
        configuration.AllowWrites.Should().BeTrue();
        configuration.KeyOf(KeyRole.Global).Should().Be("abc12345-xyz789def456ghi123jkl");
    }

    [Fact]
    public void TargetConfiguration_BaseUrl_OnlyGivenKeysAndNoWrites()
    {
        var variables = new Dictionary<string, string> { ["BUENA_BASE_URL"] = "https://staging.example/api/v2/", ["BUENA_API_KEY"] = "bna_x" };

        var configuration = TargetConfiguration.FromVariables(variables.GetValueOrDefault);

        configuration.IsInProcess.Should().BeFalse();
        configuration.ExternalBaseUrl!.ToString().Should().Be("https://staging.example/api/v2");
        configuration.AllowWrites.Should().BeFalse();
        configuration.KeyOf(KeyRole.Main).Should().Be("bna_x");
        configuration.KeyOf(KeyRole.Limited).Should().BeNull();
    }

    [Fact]
    public void SchemaViolations_Follow_ReadsNJsonSchemaPaths()
    {
        var document = JsonNode.Parse("""{"data": {"jobs": [{"id": "a"}, {"id": "b", "metadata": {"delay": 5}}]}}""");

        SchemaViolations.Follow(document, "#/data.jobs[1].metadata.delay").Node!.ToJsonString().Should().Be("5");
        SchemaViolations.Follow(document, "#/data.jobs[0].status").Found.Should().BeFalse();
        SchemaViolations.Follow(document, "#/").Node.Should().BeSameAs(document);
    }
}
